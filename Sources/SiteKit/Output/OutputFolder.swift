import Foundation

/// The output folder, written safely: the build goes to a staging folder
/// beside it, and only a build that succeeded replaces it (one rename swap).
/// sitegen deletes nothing outside its output folder, and refuses output
/// folders that would put the project at risk.
///
/// The replaced site is kept beside the output as `.NAME.sitegen-previous`
/// and becomes the next build's staging folder: a rebuild then overwrites
/// files in place and deletes only the stale ones, instead of creating and
/// deleting every file of the site (which, for 10,000 pages, cost more than
/// rendering them).
public struct OutputFolder: Sendable {
    /// A file sitegen leaves in every output folder: a non-empty folder without
    /// it was not written by sitegen, and is never replaced.
    public static let markerName = ".sitegen-output"

    public let target: URL
    public let staging: URL
    let displayName: String
    /// The staging folder's path with a trailing slash, for fast path building.
    let stagingPath: String

    /// Checks that `target` may be (re)written, and creates an empty staging folder.
    /// `protected` are folders that must be neither the output nor inside it
    /// (content, templates, the project root).
    public static func prepare(_ target: URL, displayName: String, protected: [URL]) throws(BuildFailure) -> OutputFolder {
        let resolved = resolve(target)
        func refuse(_ why: String) -> BuildFailure {
            BuildFailure([Diagnostic(path: displayName, message: "refusing to use this output folder: \(why)")])
        }
        if resolved.path == "/" { throw refuse("it is the file system root") }
        if let home = ProcessInfo.processInfo.environment["HOME"], !home.isEmpty, resolve(URL(fileURLWithPath: home)).path == resolved.path {
            throw refuse("it is the home folder")
        }
        for folder in protected {
            let protectedPath = resolve(folder).path
            if protectedPath == resolved.path {
                throw refuse("it is \(folder.lastPathComponent == "" ? folder.path : "the \(folder.lastPathComponent) folder")")
            }
            if protectedPath.hasPrefix(resolved.path.hasSuffix("/") ? resolved.path : resolved.path + "/") {
                throw refuse("it contains \(folder.path), which the build reads")
            }
        }
        let fileManager = FileManager.default
        var isDirectory: ObjCBool = false
        if fileManager.fileExists(atPath: resolved.path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else { throw refuse("it is a file, not a folder") }
            let entries = (try? fileManager.contentsOfDirectory(atPath: resolved.path)) ?? []
            if !entries.isEmpty && !entries.contains(markerName) {
                throw refuse("it holds files sitegen did not write (no \(markerName) marker); remove it or choose another --output")
            }
        }
        let parent = resolved.deletingLastPathComponent()
        do {
            try fileManager.createDirectory(at: parent, withIntermediateDirectories: true)
        } catch {
            throw refuse("cannot create \(parent.path): \(error.localizedDescription)")
        }
        let staging = parent.appendingPathComponent(".\(resolved.lastPathComponent).sitegen-\(getpid())", isDirectory: true)
        let previous = previousFolder(of: resolved)
        try? fileManager.removeItem(at: staging)
        do {
            if isSitegenFolder(previous), (try? fileManager.moveItem(at: previous, to: staging)) != nil {
                // Reused: its files are overwritten, and the stale ones removed before the swap.
            } else {
                try fileManager.createDirectory(at: staging, withIntermediateDirectories: false)
            }
            try FileWriter.write("", to: staging.appendingPathComponent(markerName).path)
        } catch {
            throw refuse("cannot create the staging folder \(staging.path): \(error.localizedDescription)")
        }
        return OutputFolder(target: resolved, staging: staging, displayName: displayName, stagingPath: staging.path + "/")
    }

    /// Where the replaced site is kept for reuse: `.NAME.sitegen-previous` beside it.
    static func previousFolder(of target: URL) -> URL {
        target.deletingLastPathComponent().appendingPathComponent(".\(target.lastPathComponent).sitegen-previous", isDirectory: true)
    }

    /// A folder that exists and carries sitegen's marker.
    static func isSitegenFolder(_ folder: URL) -> Bool {
        FileManager.default.fileExists(atPath: folder.appendingPathComponent(markerName).path)
    }

    /// The absolute path with symlinks resolved as far as the path exists.
    static func resolve(_ url: URL) -> URL {
        url.standardizedFileURL.resolvingSymlinksInPath()
    }

    /// Creates a folder (and its parents) in the staging folder.
    public func createFolder(_ relative: String) throws {
        try FileManager.default.createDirectory(at: staging.appendingPathComponent(relative, isDirectory: true), withIntermediateDirectories: true)
    }

    /// Writes a file into the staging folder; its folder must exist.
    public func write(_ relative: String, _ text: String) throws {
        try FileWriter.write(text, to: stagingPath + relative)
    }

    /// Copies a file into the staging folder, creating its folder, replacing
    /// what a reused staging folder may hold there.
    public func copy(_ source: URL, to relative: String) throws {
        let destination = staging.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: destination.deletingLastPathComponent(), withIntermediateDirectories: true)
        let data = try Data(contentsOf: source)
        try data.withUnsafeBytes { try FileWriter.write($0, to: destination.path) }
    }

    /// Deletes what a reused staging folder holds beyond `written` (paths
    /// relative to the folder), and folders left empty.
    public func removeStale(keeping written: Set<String>) throws {
        let fileManager = FileManager.default
        var folders = Set<String>()
        for file in DirectoryWalker.regularFiles(under: staging.path) where !written.contains(file) && file != Self.markerName {
            try fileManager.removeItem(atPath: stagingPath + file)
            var folder = (file as NSString).deletingLastPathComponent
            while !folder.isEmpty {
                folders.insert(folder)
                folder = (folder as NSString).deletingLastPathComponent
            }
        }
        // Deepest first, so a parent is empty once its children are gone.
        for folder in folders.sorted(by: { $0.count > $1.count }) {
            if (try? fileManager.contentsOfDirectory(atPath: stagingPath + folder))?.isEmpty == true {
                try fileManager.removeItem(atPath: stagingPath + folder)
            }
        }
    }

    /// Replaces the output folder with the staging folder: two renames on the
    /// same file system, so the old site is replaced in an instant, never
    /// half-written.
    public func commit() throws {
        let fileManager = FileManager.default
        guard fileManager.fileExists(atPath: target.path) else {
            try fileManager.moveItem(at: staging, to: target)
            return
        }
        let previous = Self.previousFolder(of: target)
        if fileManager.fileExists(atPath: previous.path) {
            // Another build's copy (or not sitegen's): this build keeps nothing for reuse.
            let old = target.deletingLastPathComponent().appendingPathComponent(".\(target.lastPathComponent).sitegen-old-\(getpid())")
            try fileManager.moveItem(at: target, to: old)
            try fileManager.moveItem(at: staging, to: target)
            try fileManager.removeItem(at: old)
            return
        }
        try fileManager.moveItem(at: target, to: previous)
        try fileManager.moveItem(at: staging, to: target)
    }

    /// Gives up the staging folder; the output folder stays as it was. The
    /// staging folder is kept for reuse when nothing else took that place.
    public func discard() {
        let fileManager = FileManager.default
        let previous = Self.previousFolder(of: target)
        if !fileManager.fileExists(atPath: previous.path), (try? fileManager.moveItem(at: staging, to: previous)) != nil { return }
        try? fileManager.removeItem(at: staging)
    }
}
