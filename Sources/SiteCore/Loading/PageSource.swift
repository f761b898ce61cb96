import ConfigTree

/// One Markdown page as read from disk: its front matter settings and body.
public struct PageSource: Sendable {
    /// The path as shown in messages (`content/02-local.md`).
    public var path: String
    /// The file name (`02-local.md`): what chapter links name.
    public var fileName: String
    public var slug: String
    /// Where `slug:` was written; nil when the slug comes from the file name.
    public var slugLocation: SourceLocation? = nil
    public var title: String
    /// Where `title:` was written, for errors found in it later (placeholders).
    public var titleLocation: SourceLocation
    public var weight: Int
    public var description: String
    public var descriptionLocation: SourceLocation
    public var isDraft: Bool
    /// Front matter keys that plugins read (the explainer's `params:`),
    /// positions already in this file.
    public var extra: [String: ConfigNode]
    public var body: String
    /// 1-based line of the body's first line in the file: cmark's lines are shifted by it.
    public var bodyFirstLine: Int
    /// The whole file's fingerprint, for dependency tracking.
    public var fingerprint: Fingerprint
}
