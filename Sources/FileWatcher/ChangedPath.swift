/// One file (or folder) that changed under a watched folder, named relative to it.
///
/// `path` uses `/` and never starts with one. It may name a folder that was
/// deleted or moved away: everything that was under it changed. An empty
/// `path` means the whole folder may have changed (the kernel's event queue
/// overflowed, or the watched folder itself was replaced), so a builder
/// should treat it as "rebuild everything from this root".
public struct ChangedPath: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// Which watched folder the path is relative to.
    public enum Root: String, Hashable, Sendable, Comparable, CaseIterable {
        case content
        case templates

        public static func < (lhs: Root, rhs: Root) -> Bool {
            allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
        }
    }

    public var root: Root
    public var path: String

    public init(_ root: Root, _ path: String) {
        self.root = root
        self.path = path
    }

    /// True when the whole root should be treated as changed.
    public var isWholeRoot: Bool { path.isEmpty }

    public static func < (lhs: ChangedPath, rhs: ChangedPath) -> Bool {
        (lhs.root, lhs.path) < (rhs.root, rhs.path)
    }

    public var description: String { path.isEmpty ? root.rawValue + "/" : root.rawValue + "/" + path }
}

/// A folder to watch and the root its changes are reported under.
public struct WatchedFolder: Sendable {
    public var root: ChangedPath.Root
    /// The folder on disk, as given (relative to the current folder or absolute).
    public var path: String

    public init(_ root: ChangedPath.Root, path: String) {
        self.root = root
        self.path = path
    }
}
