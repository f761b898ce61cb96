import Foundation

/// The output folder, written safely: the build goes to a staging folder
/// beside it, and only a build that succeeded replaces it (one rename swap).
/// sitegen deletes nothing outside its output folder, and refuses output
/// folders that would put the project at risk.
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
        try? fileManager.removeItem(at: staging)
        do {
            try fileManager.createDirectory(at: staging, withIntermediateDirectories: false)
            try FileWriter.write("", to: staging.appendingPathComponent(markerName).path)
        } catch {
            throw refuse("cannot create the staging folder \(staging.path): \(error.localizedDescription)")
        }
        return OutputFolder(target: resolved, staging: staging, displayName: displayName, stagingPath: staging.path + "/")
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

    /// Copies a file into the staging folder, creating its folder.
    public func copy(_ source: URL, to relative: String) throws {
        let destination = staging.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: destination.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: source, to: destination)
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
        let old = target.deletingLastPathComponent().appendingPathComponent(".\(target.lastPathComponent).sitegen-old-\(getpid())")
        try fileManager.moveItem(at: target, to: old)
        try fileManager.moveItem(at: staging, to: target)
        try fileManager.removeItem(at: old)
    }

    /// Drops the staging folder; the output folder stays as it was.
    public func discard() {
        try? FileManager.default.removeItem(at: staging)
    }
}
