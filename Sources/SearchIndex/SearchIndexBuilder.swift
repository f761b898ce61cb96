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

    // MARK: - Posting lists

    /// Site-wide posting lists, in site order: runs of consecutive pages are
    /// tokenized on all cores, each into its own `TokenPostings`, which are
    /// then joined in page order, so every list comes out sorted.
    private func postings(_ documents: [SearchDocument], sectionStarts: [Int32]) -> TokenPostings {
        // Several runs per core, so a core that finishes early takes another.
        let runs = max(1, min(documents.count, ProcessInfo.processInfo.activeProcessorCount * 4))
        let results = UnsafeResultArray<TokenPostings>(count: runs)
        DispatchQueue.concurrentPerform(iterations: runs) { run in
            var postings = TokenPostings()
            for index in (documents.count * run / runs)..<(documents.count * (run + 1) / runs) {
                postings.add(documents[index], firstSection: sectionStarts[index])
            }
            results.set(run, postings)
        }
        var merged = results.take(0)
        for run in 1..<runs { merged.append(results.take(run)) }
        return merged
    }

    // MARK: - Shards

    private func shardFiles(_ postings: TokenPostings) -> [(path: String, contents: String)] {
        let count = postings.keys.count
        let encoded = UnsafeResultArray<(token: String, json: String)>(count: count)
        let chunks = max(1, min(count, 16))
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            var number = chunk
            while number < count {
                let token = postings.token(number)
                let all = postings.all[number].encoded()
                let heading = postings.heading[number].encoded()
                let title = postings.title[number].encoded()
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

