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
///
/// The pages go in one at a time, in site order (`start`, then
/// `GrowingSearchIndex.add`): a build hands each page over as soon as it and
/// those before it have rendered, so no page's text is kept until the end.
public struct SearchIndexBuilder: Sendable {
    /// A text block closes once its JSON reaches this many bytes.
    public var blockBytes = 32_768
    /// Shards are added (doubling) until none is larger than this, as long
    /// as no single token's entry is larger on its own.
    public var maxShardBytes = 65_536
    /// The average shard aimed for before that.
    public var targetShardBytes = 24_576

    public init() {}

    /// An empty index with these settings, to add pages to.
    public func start() -> GrowingSearchIndex {
        GrowingSearchIndex(settings: self)
    }

    /// The index of all `documents` at once.
    public func build(_ documents: [SearchDocument]) -> [(path: String, contents: String)] {
        var index = start()
        for document in documents { index.add(document) }
        return index.finish()
    }
}
