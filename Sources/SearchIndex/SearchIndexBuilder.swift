import Dispatch
import Foundation

/// Builds the search index of a site from its pages' section texts: the files
/// to write, as relative path → contents.
///
/// - `search/index.js`: the shard count and where each text block starts.
/// - `search/t/N.js`: token shards. Every token's entry lists the sections
///   that hold it (in the page title, heading or text), those whose heading
///   holds it, and those whose page title holds it (the last two rank
///   results). A token's shard follows from its key (`ShardKey`), so a query
///   loads only the shards of its own tokens.
/// - `search/d/N.js`: text blocks: consecutive whole pages (URL, title, and
///   each section's id, heading and text) as JSON, raw-DEFLATE-compressed and
///   base64-encoded; a query loads the blocks of the results it shows, to
///   check the phrase and cut a snippet.
public struct SearchIndexBuilder: Sendable {
    /// A text block closes once its JSON reaches this many bytes.
    public var blockBytes = 16_384
    /// Shards are added (doubling) until none is larger than this, as long
    /// as no single token's entry is larger on its own.
    public var maxShardBytes = 65_536
    /// The average shard aimed for before that.
    public var targetShardBytes = 24_576

    public init() {}

    public func build(_ documents: [SearchDocument]) -> [(path: String, contents: String)] {
        // A page without sections is still found by its title.
        let documents = documents.map { document in
            var document = document
            if document.sections.isEmpty { document.sections = [SearchSection(id: "", heading: "", text: "")] }
            return document
        }
        var sectionStarts: [Int32] = []
        var sectionCount: Int32 = 0
        for document in documents {
            sectionStarts.append(sectionCount)
            sectionCount += Int32(document.sections.count)
        }
        let terms = tokenize(documents)
        let postings = merge(terms, sectionStarts: sectionStarts + [sectionCount])
        var files = shardFiles(postings)
        let blocks = textBlocks(documents, sectionStarts: sectionStarts)
        files += blocks.files
        let root = "sitegenSearch.root({\"version\":1,\"shards\":\(files.count - blocks.files.count),\"sections\":\(sectionCount),\"blocks\":\"\(String(decoding: PostingList.encodeGaps(blocks.starts), as: UTF8.self))\"});\n"
        return [(SearchIndexLayout.root, root)] + files
    }

    // MARK: - Tokens per page

    /// One page's tokens: for each, the page's sections that hold it, by field.
    struct PageTerms {
        var all: [String: [Int32]] = [:]
        var heading: [String: [Int32]] = [:]
        var title: Set<String> = []
    }

    private func tokenize(_ documents: [SearchDocument]) -> [PageTerms] {
        let results = UnsafeResultArray<PageTerms>(count: documents.count)
        DispatchQueue.concurrentPerform(iterations: documents.count) { index in
            results.set(index, Self.terms(of: documents[index]))
        }
        return results.values
    }

    static func terms(of document: SearchDocument) -> PageTerms {
        var page = PageTerms()
        SearchTokenizer.indexTokens(folded: SearchFolding.fold(document.title)) { page.title.insert($0) }
        for (index, section) in document.sections.enumerated() {
            let local = Int32(index)
            var seen = page.title
            var headingTokens = Set<String>()
            SearchTokenizer.indexTokens(folded: SearchFolding.fold(section.heading)) { headingTokens.insert($0) }
            seen.formUnion(headingTokens)
            SearchTokenizer.indexTokens(folded: SearchFolding.fold(section.text)) { seen.insert($0) }
            for token in seen { page.all[token, default: []].append(local) }
            for token in headingTokens { page.heading[token, default: []].append(local) }
        }
        return page
    }

    // MARK: - Posting lists

    final class Postings {
        var all: [Int32] = []
        var heading: [Int32] = []
        var title: [Int32] = []
    }

    /// Site-wide posting lists, merged on all cores: each worker takes the
    /// tokens of its own hash partition from every page, in page order, so
    /// every list comes out sorted.
    /// `sectionStarts`: each page's first section number, then the section count.
    private func merge(_ pages: [PageTerms], sectionStarts: [Int32]) -> [String: Postings] {
        let partitions = max(1, ProcessInfo.processInfo.activeProcessorCount)
        let results = UnsafeResultArray<[String: Postings]>(count: partitions)
        DispatchQueue.concurrentPerform(iterations: partitions) { partition in
            var table: [String: Postings] = [:]
            func entry(_ token: String) -> Postings? {
                guard partitions == 1 || Self.partition(of: token, count: partitions) == partition else { return nil }
                if let existing = table[token] { return existing }
                let created = Postings()
                table[token] = created
                return created
            }
            for (pageIndex, page) in pages.enumerated() {
                let start = sectionStarts[pageIndex]
                // Sections of a page are numbered in order; tokens of the page are not.
                for (token, locals) in page.all {
                    guard let postings = entry(token) else { continue }
                    postings.all += locals.map { start + $0 }
                    if page.title.contains(token) {
                        postings.title += Array(start..<sectionStarts[pageIndex + 1])
                    }
                }
                for (token, locals) in page.heading {
                    guard let postings = entry(token) else { continue }
                    postings.heading += locals.map { start + $0 }
                }
            }
            results.set(partition, table)
        }
        var merged: [String: Postings] = [:]
        for table in results.values { merged.merge(table) { first, _ in first } }
        return merged
    }

    static func partition(of token: String, count: Int) -> Int {
        var hash: UInt32 = 5381
        for byte in token.utf8 { hash = hash &* 33 &+ UInt32(byte) }
        return Int(hash % UInt32(count))
    }

    // MARK: - Shards

    private func shardFiles(_ postings: [String: Postings]) -> [(path: String, contents: String)] {
        var entries: [(token: String, json: String)] = []
        entries.reserveCapacity(postings.count)
        for (token, lists) in postings {
            let all = PostingList.encode(lists.all)
            let heading = PostingList.encode(lists.heading)
            let title = PostingList.encode(lists.title)
            let value: String
            if heading.isEmpty && title.isEmpty {
                value = "\"\(all)\""
            } else if title.isEmpty {
                value = "[\"\(all)\",\"\(heading)\"]"
            } else {
                value = "[\"\(all)\",\"\(heading)\",\"\(title)\"]"
            }
            entries.append((token, JSONText.literal(token) + ":" + value))
        }
        entries.sort { $0.token.unicodeScalars.lexicographicallyPrecedes($1.token.unicodeScalars) }

        let total = entries.reduce(0) { $0 + $1.json.utf8.count + 1 }
        var count = 1
        while count * targetShardBytes < total { count *= 2 }
        var shards: [[Int]] = []
        while true {
            shards = Array(repeating: [], count: count)
            var sizes = Array(repeating: 0, count: count)
            for (index, entry) in entries.enumerated() {
                let shard = ShardKey.shard(entry.token, count: count)
                shards[shard].append(index)
                sizes[shard] += entry.json.utf8.count + 1
            }
            let largestEntry = entries.map { $0.json.utf8.count }.max() ?? 0
            guard let largest = sizes.max(), largest > maxShardBytes, largest > largestEntry, count < 65_536 else { break }
            count *= 2
        }
        return shards.enumerated().map { number, members in
            let body = members.map { entries[$0].json }.joined(separator: ",\n")
            return (SearchIndexLayout.shard(number), "sitegenSearch.shard(\(number),{\n\(body)});\n")
        }
    }

    // MARK: - Text blocks

    private func textBlocks(_ documents: [SearchDocument], sectionStarts: [Int32]) -> (files: [(path: String, contents: String)], starts: [Int32]) {
        var ranges: [Range<Int>] = []
        var jsons: [String] = []
        var current = ""
        var first = 0
        for (index, document) in documents.enumerated() {
            let sections = document.sections.map { "[\(JSONText.literal($0.id)),\(JSONText.literal($0.heading)),\(JSONText.literal($0.text))]" }
            let page = "[\(JSONText.literal(document.url)),\(JSONText.literal(document.title)),[\(sections.joined(separator: ","))]]"
            current += current.isEmpty ? page : "," + page
            if current.utf8.count >= blockBytes || index == documents.count - 1 {
                jsons.append("[" + current + "]")
                ranges.append(first..<(index + 1))
                current = ""
                first = index + 1
            }
        }
        let blockJSONs = jsons
        let contents = UnsafeResultArray<String>(count: blockJSONs.count)
        DispatchQueue.concurrentPerform(iterations: blockJSONs.count) { number in
            let compressed = Deflate.compress(Array(blockJSONs[number].utf8))
            let encoded = Data(compressed).base64EncodedString()
            contents.set(number, "sitegenSearch.block(\(number),\"\(encoded)\");\n")
        }
        let files = contents.values.enumerated().map { (SearchIndexLayout.block($0.offset), $0.element) }
        return (files, ranges.map { sectionStarts[$0.lowerBound] })
    }
}

/// Results written by concurrent workers, each to its own index.
final class UnsafeResultArray<Element>: @unchecked Sendable {
    private var storage: [Element?]
    private let lock = NSLock()

    init(count: Int) { storage = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: Element) {
        lock.lock()
        storage[index] = value
        lock.unlock()
    }

    var values: [Element] { storage.map { $0! } }
}
