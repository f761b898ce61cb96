import FileWatcher

/// Builds the site for the preview, in memory. `sitegen serve` creates one
/// in one place (`Serve.makeBuilder`); the preview needs nothing else from
/// the build.
public protocol PreviewBuilder: Sendable {
    /// Builds the site after `changes`. The first call gets no changes and
    /// builds everything; a change whose `path` is empty means its whole root.
    /// Calls never overlap.
    func build(changes: [ChangedPath]) async -> PreviewBuild
}

/// What one build gives the preview.
public struct PreviewBuild: Sendable {
    /// Every file of the new site by its path relative to the site root; nil
    /// when the build failed (then `errors` says why, and the last good
    /// files stay in service).
    public var files: [String: [UInt8]]?
    /// Site paths added, changed or removed since the last successful build.
    public var changed: [String]
    /// How many pages were rendered to get here.
    public var pagesRendered: Int
    /// The errors, in the order the terminal prints them.
    public var errors: [PreviewDiagnostic]
    /// Files of the new site made only when first requested (the search
    /// index); `changed` does not list them.
    public var onDemand: OnDemandFiles?

    public init(files: [String: [UInt8]]?, changed: [String], pagesRendered: Int, errors: [PreviewDiagnostic], onDemand: OnDemandFiles? = nil) {
        self.files = files
        self.changed = changed
        self.pagesRendered = pagesRendered
        self.errors = errors
        self.onDemand = onDemand
    }

    /// A failed build: the errors, nothing else.
    public static func failed(_ errors: [PreviewDiagnostic]) -> PreviewBuild {
        PreviewBuild(files: nil, changed: [], pagesRendered: 0, errors: errors)
    }
}
