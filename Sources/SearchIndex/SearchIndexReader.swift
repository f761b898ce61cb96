import Foundation

/// Answers queries from the written index files, loading only the shards and
/// text blocks a query needs, as the browser does; for tests and benchmarks.
public final class SearchIndexReader {
    public struct Hit: Sendable, Equatable {
        /// The section's number in the whole index.
        public var section: Int
        public var url: String
        public var pageTitle: String
        public var sectionID: String
        public var heading: String
        public var text: String
        public var score: Int
    }

    public struct FileError: Error, Equatable, CustomStringConvertible {
        public var path: String
        public var description: String { "search index file '\(path)' is missing or unreadable" }
    }

    private let readFile: (String) -> String?
    private let shardCount: Int
    private let blockStarts: [Int]
    private var shards: [Int: [String: [[Int]]]] = [:]
    private var blocks: [Int: [[Any]]] = [:]
    /// Bytes of every file read so far (each file is read once).
    public private(set) var loadedBytes = 0

    /// `readFile` takes a path relative to the site root.
    public init(readFile: @escaping (String) -> String?) throws(FileError) {
        self.readFile = readFile
        guard let text = readFile(SearchIndexLayout.root),
              let object = Self.json(text, from: "{", to: "}") as? [String: Any],
              let shards = object["shards"] as? Int, shards > 0,
              let starts = object["blocks"] as? String else {
            throw FileError(path: SearchIndexLayout.root)
        }
        loadedBytes = text.utf8.count
        shardCount = shards
        blockStarts = PostingList.decode(starts)
    }

    /// The ranked sections that hold every token of the query (no phrase check).
    /// Each part adds 2 to a section whose heading holds all its tokens and 1
    /// to one whose page title does; ties keep the site's order.
    public func candidates(_ query: SearchQuery) throws(FileError) -> [(section: Int, score: Int)] {
        guard !query.isEmpty else { return [] }
        var matching: [Int]? = nil
        var score: [Int: Int] = [:]
        for part in query.parts {
            var inHeading: [Int]? = nil
            var inTitle: [Int]? = nil
            for token in part.tokens {
                let lists = try lookup(token)
                matching = matching.map { Self.intersect($0, lists.all) } ?? lists.all
                inHeading = inHeading.map { Self.intersect($0, lists.heading) } ?? lists.heading
                inTitle = inTitle.map { Self.intersect($0, lists.title) } ?? lists.title
            }
            for section in inHeading ?? [] { score[section, default: 0] += 2 }
            for section in inTitle ?? [] { score[section, default: 0] += 1 }
        }
        return (matching ?? []).map { ($0, score[$0] ?? 0) }.sorted { $0.score != $1.score ? $0.score > $1.score : $0.section < $1.section }
    }

    /// The results of a query, best first: candidates whose stored text holds every part.
    public func search(_ text: String, limit: Int = .max) throws(FileError) -> [Hit] {
        let query = SearchQuery(text)
        var hits: [Hit] = []
        for candidate in try candidates(query) {
            guard hits.count < limit else { break }
            let hit = try section(candidate.section, score: candidate.score)
            let folded = SearchFolding.fold(hit.pageTitle) + "\n" + SearchFolding.fold(hit.heading) + "\n" + SearchFolding.fold(hit.text)
            if query.isContained(in: folded) { hits.append(hit) }
        }
        return hits
    }

    // MARK: - Shards

    private func lookup(_ token: String) throws(FileError) -> (all: [Int], heading: [Int], title: [Int]) {
        let shard = try loadShard(ShardKey.shard(token, count: shardCount))
        var lists: [[[Int]]] = []
        if SearchQuery.matchesByPrefix(token) {
            for (key, value) in shard where !SearchTokenizer.isCJKToken(key) && key.unicodeScalars.starts(with: token.unicodeScalars) {
                lists.append(value)
            }
        } else if let value = shard[token] {
            lists.append(value)
        }
        func union(_ field: Int) -> [Int] {
            let all = lists.flatMap { field < $0.count ? $0[field] : [] }
            return lists.count == 1 ? all : Array(Set(all)).sorted()
        }
        return (union(0), union(1), union(2))
    }

    private func loadShard(_ number: Int) throws(FileError) -> [String: [[Int]]] {
        if let shard = shards[number] { return shard }
        let path = SearchIndexLayout.shard(number)
        guard let text = readFile(path), let object = Self.json(text, from: "{", to: "}") as? [String: Any] else {
            throw FileError(path: path)
        }
        loadedBytes += text.utf8.count
        var shard: [String: [[Int]]] = [:]
        for (token, value) in object {
            if let all = value as? String {
                shard[token] = [PostingList.decode(all)]
            } else if let lists = value as? [String] {
                shard[token] = lists.map(PostingList.decode)
            } else {
                throw FileError(path: path)
            }
        }
        shards[number] = shard
        return shard
    }

    // MARK: - Text blocks

    private func section(_ number: Int, score: Int) throws(FileError) -> Hit {
        // The last block that starts at or before the section.
        var low = 0, high = blockStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if blockStarts[middle] <= number { low = middle } else { high = middle - 1 }
        }
        let pages = try loadBlock(low)
        var current = blockStarts[low]
        for page in pages {
            guard page.count == 3, let url = page[0] as? String, let title = page[1] as? String,
                  let sections = page[2] as? [[String]] else { throw FileError(path: SearchIndexLayout.block(low)) }
            if number < current + sections.count {
                let fields = sections[number - current]
                guard fields.count == 3 else { throw FileError(path: SearchIndexLayout.block(low)) }
                return Hit(section: number, url: url, pageTitle: title, sectionID: fields[0], heading: fields[1], text: fields[2], score: score)
            }
            current += sections.count
        }
        throw FileError(path: SearchIndexLayout.block(low))
    }

    private func loadBlock(_ number: Int) throws(FileError) -> [[Any]] {
        if let block = blocks[number] { return block }
        let path = SearchIndexLayout.block(number)
        guard let text = readFile(path),
              let first = text.firstIndex(of: "\""), let last = text.lastIndex(of: "\""), first < last,
              let compressed = Data(base64Encoded: String(text[text.index(after: first)..<last])),
              let json = Deflate.decompress(Array(compressed)),
              let pages = try? JSONSerialization.jsonObject(with: Data(json)) as? [[Any]] else {
            throw FileError(path: path)
        }
        loadedBytes += text.utf8.count
        blocks[number] = pages
        return pages
    }

    // MARK: - Helpers

    /// The JSON between the first `open` and the last `close` of a script.
    static func json(_ script: String, from open: Character, to close: Character) -> Any? {
        guard let first = script.firstIndex(of: open), let last = script.lastIndex(of: close), first < last else { return nil }
        return try? JSONSerialization.jsonObject(with: Data(script[first...last].utf8))
    }

    static func intersect(_ a: [Int], _ b: [Int]) -> [Int] {
        var result: [Int] = []
        var i = 0, j = 0
        while i < a.count && j < b.count {
            if a[i] == b[j] { result.append(a[i]); i += 1; j += 1 } else if a[i] < b[j] { i += 1 } else { j += 1 }
        }
        return result
    }
}
