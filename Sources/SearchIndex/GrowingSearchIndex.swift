import Foundation

/// A search index being built a page at a time, in site order
/// (`SearchIndexBuilder` describes its files). Each page's tokens go into the
/// site's posting lists and its text into the open text block as it is
/// added; a full block is compressed at once. What it holds between pages is
/// therefore the posting lists and the compressed blocks, not the site's text.
public struct GrowingSearchIndex: Sendable {
    private let settings: SearchIndexBuilder
    private var postings = TokenPostings()
    private var sectionCount: Int32 = 0
    /// The open block's JSON (without its closing bracket), where its first
    /// section is, and the size that decides when it closes.
    private var block: [UInt8] = []
    private var blockFirstSection: Int32 = 0
    private var blockSize = 0
    /// The closed blocks' files, and where each one's sections start.
    private var blockFiles: [String] = []
    private var blockStarts: [Int32] = []

    init(settings: SearchIndexBuilder) {
        self.settings = settings
    }

    /// Adds the next page of the site.
    public mutating func add(_ document: SearchDocument) {
        var document = document
        // A page without sections is still found by its title.
        if document.sections.isEmpty { document.sections = [SearchSection(id: "", heading: "", text: "")] }
        postings.add(document, firstSection: sectionCount)
        appendToBlock(document)
        sectionCount += Int32(document.sections.count)
    }

    /// The index's files, once every page is added.
    public mutating func finish() -> [(path: String, contents: String)] {
        if !block.isEmpty { closeBlock() }
        let shards = TokenShards.files(postings, settings: settings)
        let blocks = blockFiles.enumerated().map { (SearchIndexLayout.block($0.offset), $0.element) }
        let root = "sitegenSearch.root({\"version\":1,\"shards\":\(shards.count),\"sections\":\(sectionCount),\"blocks\":\"\(String(decoding: PostingList.encodeGaps(blockStarts), as: UTF8.self))\"});\n"
        return [(SearchIndexLayout.root, root)] + shards + blocks
    }

    // MARK: - Text blocks

    /// The page as `[url,title,[[id,heading,text],…]]`. A block closes after
    /// the page that brings the size of its text (JSON adds little) to
    /// `blockBytes`.
    private mutating func appendToBlock(_ document: SearchDocument) {
        if block.isEmpty {
            block.append(UInt8(ascii: "["))
            blockFirstSection = sectionCount
        } else {
            block.append(UInt8(ascii: ","))
        }
        block.append(UInt8(ascii: "["))
        JSONText.append(document.url, to: &block)
        block.append(UInt8(ascii: ","))
        JSONText.append(document.title, to: &block)
        block.append(contentsOf: Array(",[".utf8))
        blockSize += document.url.utf8.count + document.title.utf8.count + 8
        for (index, section) in document.sections.enumerated() {
            block.append(contentsOf: Array((index > 0 ? ",[" : "[").utf8))
            JSONText.append(section.id, to: &block)
            block.append(UInt8(ascii: ","))
            JSONText.append(section.heading, to: &block)
            block.append(UInt8(ascii: ","))
            JSONText.append(section.text, to: &block)
            block.append(UInt8(ascii: "]"))
            blockSize += section.id.utf8.count + section.heading.utf8.count + section.text.utf8.count + 12
        }
        block.append(contentsOf: Array("]]".utf8))
        if blockSize >= settings.blockBytes { closeBlock() }
    }

    private mutating func closeBlock() {
        block.append(UInt8(ascii: "]"))
        let encoded = Data(Deflate.compress(block)).base64EncodedString()
        blockFiles.append("sitegenSearch.block(\(blockFiles.count),\"\(encoded)\");\n")
        blockStarts.append(blockFirstSection)
        block.removeAll(keepingCapacity: true)
        blockSize = 0
    }
}
