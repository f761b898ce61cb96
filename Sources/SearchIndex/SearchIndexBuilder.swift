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
    public var blockBytes = 32_768
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
        var files = shardFiles(postings(documents, sectionStarts: sectionStarts))
        let blocks = textBlocks(documents, sectionStarts: sectionStarts)
        files += blocks.files
        let root = "sitegenSearch.root({\"version\":1,\"shards\":\(files.count - blocks.files.count),\"sections\":\(sectionCount),\"blocks\":\"\(String(decoding: PostingList.encodeGaps(blocks.starts), as: UTF8.self))\"});\n"
        return [(SearchIndexLayout.root, root)] + files
    }

    // MARK: - Tokens per page

    /// One page's tokens as keys: sorted and unique per section.
    struct PageTerms {
        /// Per section: the tokens of the page title, the heading and the text.
        var sections: [[UInt64]] = []
        /// Per section: the tokens of its heading.
        var headings: [[UInt64]] = []
        var title: [UInt64] = []
        /// The string-table tokens of the page, by their page-local key.
        var strings: [String] = []
    }

    static func terms(of document: SearchDocument, deduplicator: inout KeyDeduplicator) -> PageTerms {
        var scanner = IndexTokenScanner()
        var page = PageTerms()
        scanner.keys(of: document.title, into: &page.title)
        deduplicator.unique(&page.title)
        for section in document.sections {
            var heading: [UInt64] = []
            scanner.keys(of: section.heading, into: &heading)
            deduplicator.unique(&heading)
            var all = page.title + heading
            scanner.keys(of: section.text, into: &all)
            deduplicator.unique(&all)
            page.sections.append(all)
            page.headings.append(heading)
        }
        page.strings = scanner.strings
        return page
    }

    // MARK: - Posting lists

    struct Lists {
        var all: [Int32] = []
        var heading: [Int32] = []
        var title: [Int32] = []
    }

    /// Site-wide posting lists, in site order: pages are tokenized on all
    /// cores a batch at a time (so only one batch's tokens are held), then
    /// merged in page order, so every list comes out sorted. The merge is
    /// split by key between the cores too: each worker keeps the keys of its
    /// own hash partition.
    struct Postings {
        var table = KeyTable()
        var lists: [Lists] = []
        var keys: [UInt64] = []

        mutating func list(_ key: UInt64) -> Int {
            Int(table.number(key) {
                lists.append(Lists())
                keys.append(key)
                return Int32(lists.count - 1)
            })
        }

        /// `global` maps a page's string-table keys to the site's.
        mutating func add(_ page: PageTerms, firstSection: Int32, global: [UInt64], partition: Int, of partitions: Int) {
            func mine(_ key: UInt64) -> UInt64? {
                let key = TokenKey.isString(key) ? global[Int(key)] : key
                return partitions == 1 || (KeyTable.hash(key) >> 8) % partitions == partition ? key : nil
            }
            for (offset, keys) in page.sections.enumerated() {
                let section = firstSection + Int32(offset)
                for key in keys { if let key = mine(key) { lists[list(key)].all.append(section) } }
                for key in page.headings[offset] { if let key = mine(key) { lists[list(key)].heading.append(section) } }
            }
            let sections = firstSection..<(firstSection + Int32(page.sections.count))
            for key in page.title {
                if let key = mine(key) { lists[list(key)].title.append(contentsOf: sections) }
            }
        }
    }

    /// The merged index: every token's lists, and its text.
    struct MergedPostings {
        var lists: [Lists] = []
        var keys: [UInt64] = []
        var strings: [String] = []

        func token(_ number: Int) -> String {
            let key = keys[number]
            return TokenKey.isString(key) ? strings[Int(key)] : TokenKey.token(key)
        }
    }

    private func postings(_ documents: [SearchDocument], sectionStarts: [Int32]) -> MergedPostings {
        let partitions = 2
        var parts = [Postings](repeating: Postings(), count: partitions)
        var strings: [String] = []
        var stringKeys: [String: UInt64] = [:]
        let batchSize = 512
        let workers = 16
        var deduplicators = [KeyDeduplicator](repeating: KeyDeduplicator(), count: workers)
        var batchStart = 0
        while batchStart < documents.count {
            let batch = batchStart..<min(batchStart + batchSize, documents.count)
            let results = UnsafeResultArray<PageTerms>(count: batch.count)
            let chunks = min(batch.count, workers)
            let shared = UnsafeResultArray<KeyDeduplicator>(count: chunks)
            for chunk in 0..<chunks { shared.set(chunk, deduplicators[chunk]) }
            DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                var deduplicator = shared.take(chunk)
                var index = batch.lowerBound + chunk
                while index < batch.upperBound {
                    results.set(index - batch.lowerBound, Self.terms(of: documents[index], deduplicator: &deduplicator))
                    index += chunks
                }
                shared.set(chunk, deduplicator)
            }
            for chunk in 0..<chunks { deduplicators[chunk] = shared.take(chunk) }
            let pages = results.values
            // String-table tokens get their site-wide numbers here, in page order.
            let globals: [[UInt64]] = pages.map { page in
                page.strings.map { string in
                    if let key = stringKeys[string] { return key }
                    let key = UInt64(strings.count)
                    strings.append(string)
                    stringKeys[string] = key
                    return key
                }
            }
            let merging = UnsafeResultArray<Postings>(count: partitions)
            for partition in 0..<partitions { merging.set(partition, parts[partition]) }
            parts = []
            DispatchQueue.concurrentPerform(iterations: partitions) { partition in
                var postings = merging.take(partition)
                for (offset, page) in pages.enumerated() {
                    postings.add(page, firstSection: sectionStarts[batch.lowerBound + offset], global: globals[offset], partition: partition, of: partitions)
                }
                merging.set(partition, postings)
            }
            parts = (0..<partitions).map { merging.take($0) }
            batchStart = batch.upperBound
        }
        var merged = MergedPostings(strings: strings)
        for part in parts {
            merged.lists += part.lists
            merged.keys += part.keys
        }
        return merged
    }

    // MARK: - Shards

    private func shardFiles(_ postings: MergedPostings) -> [(path: String, contents: String)] {
        let count = postings.lists.count
        let encoded = UnsafeResultArray<(token: String, json: String)>(count: count)
        let chunks = max(1, min(count, 16))
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            var number = chunk
            while number < count {
                let lists = postings.lists[number]
                let token = postings.token(number)
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
                encoded.set(number, (token, JSONText.literal(token) + ":" + value))
                number += chunks
            }
        }
        var entries = encoded.values
        entries.sort { $0.token.unicodeScalars.lexicographicallyPrecedes($1.token.unicodeScalars) }

        let total = entries.reduce(0) { $0 + $1.json.utf8.count + 1 }
        let largestEntry = entries.map { $0.json.utf8.count }.max() ?? 0
        var shardCount = 1
        while shardCount * targetShardBytes < total { shardCount *= 2 }
        var shards: [[Int]] = []
        while true {
            shards = Array(repeating: [], count: shardCount)
            var sizes = Array(repeating: 0, count: shardCount)
            for (index, entry) in entries.enumerated() {
                let shard = ShardKey.shard(entry.token, count: shardCount)
                shards[shard].append(index)
                sizes[shard] += entry.json.utf8.count + 1
            }
            guard let largest = sizes.max(), largest > maxShardBytes, largest > largestEntry, shardCount < 65_536 else { break }
            shardCount *= 2
        }
        return shards.enumerated().map { number, members in
            let body = members.map { entries[$0].json }.joined(separator: ",\n")
            return (SearchIndexLayout.shard(number), "sitegenSearch.shard(\(number),{\n\(body)});\n")
        }
    }

    // MARK: - Text blocks

    private func textBlocks(_ documents: [SearchDocument], sectionStarts: [Int32]) -> (files: [(path: String, contents: String)], starts: [Int32]) {
        // Blocks by the size of their text (JSON adds little), decided before any JSON is written.
        var ranges: [Range<Int>] = []
        var size = 0
        var first = 0
        for (index, document) in documents.enumerated() {
            size += document.url.utf8.count + document.title.utf8.count + 8
            for section in document.sections { size += section.id.utf8.count + section.heading.utf8.count + section.text.utf8.count + 12 }
            if size >= blockBytes || index == documents.count - 1 {
                ranges.append(first..<(index + 1))
                size = 0
                first = index + 1
            }
        }
        let blockRanges = ranges
        let contents = UnsafeResultArray<String>(count: blockRanges.count)
        DispatchQueue.concurrentPerform(iterations: blockRanges.count) { number in
            var json: [UInt8] = [UInt8(ascii: "[")]
            for (offset, document) in documents[blockRanges[number]].enumerated() {
                if offset > 0 { json.append(UInt8(ascii: ",")) }
                json.append(UInt8(ascii: "["))
                JSONText.append(document.url, to: &json)
                json.append(UInt8(ascii: ","))
                JSONText.append(document.title, to: &json)
                json.append(contentsOf: Array(",[".utf8))
                for (index, section) in document.sections.enumerated() {
                    json.append(contentsOf: Array((index > 0 ? ",[" : "[").utf8))
                    JSONText.append(section.id, to: &json)
                    json.append(UInt8(ascii: ","))
                    JSONText.append(section.heading, to: &json)
                    json.append(UInt8(ascii: ","))
                    JSONText.append(section.text, to: &json)
                    json.append(UInt8(ascii: "]"))
                }
                json.append(contentsOf: Array("]]".utf8))
            }
            json.append(UInt8(ascii: "]"))
            let encoded = Data(Deflate.compress(json)).base64EncodedString()
            contents.set(number, "sitegenSearch.block(\(number),\"\(encoded)\");\n")
        }
        let files = contents.values.enumerated().map { (SearchIndexLayout.block($0.offset), $0.element) }
        return (files, blockRanges.map { sectionStarts[$0.lowerBound] })
    }
}
