/// The whole site as the preview serves it: built in memory, never written to disk.
public struct SiteSnapshot: Sendable {
    /// Each file's bytes by its path relative to the site root ("index.html", "assets/style.css").
    public var files: [String: [UInt8]]
    /// Counts every snapshot the server published; the reload client compares it.
    public var generation: Int
    /// The errors exactly as the terminal prints them as text, in order
    /// (each its `path:line:col: error:` line, then its source line and
    /// caret when there are; see `PreviewDiagnostic.text`); when there are
    /// any, `files` are the last good build's and every page shows them.
    public var errors: [String]
    /// Files made when first requested (the search index), beside `files`.
    public var onDemand: OnDemandFiles?

    public init(files: [String: [UInt8]], generation: Int, errors: [String] = [], onDemand: OnDemandFiles? = nil) {
        self.files = files
        self.generation = generation
        self.errors = errors
        self.onDemand = onDemand
    }

    public static let empty = SiteSnapshot(files: [:], generation: 0)
}
