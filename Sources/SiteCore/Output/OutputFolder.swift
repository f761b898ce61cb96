import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The output folder, written safely: the build goes to a staging folder
/// beside it, and only a build that succeeded replaces it (one exchange).
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
    /// The staging folder's path with a trailing slash, for fast path building.
    let stagingPath: String
    /// Whether the staging folder is the previous build (else it started empty,
    /// and holds nothing stale).
    let isReused: Bool

    /// Checks that `target` may be (re)written, and creates (or reuses) the staging folder.
    /// `sources` (content, templates) must be neither the output, nor inside it,
    /// nor hold it; `protected` (the project root, the working folder) must be
    /// neither the output nor inside it.
    public static func prepare(_ target: URL, displayName: String, sources: [URL], protected: [URL]) throws(BuildFailure) -> OutputFolder {
        let resolved = resolve(target)
        func refuse(_ why: String) -> BuildFailure {
            BuildFailure([Diagnostic(path: displayName, message: "refusing to use this output folder: \(why)")])
        }
        if resolved.path == "/" { throw refuse("it is the file system root") }
        if let home = ProcessInfo.processInfo.environment["HOME"], !home.isEmpty, resolve(URL(fileURLWithPath: home)).path == resolved.path {
            throw refuse("it is the home folder")
        }
        let outputPrefix = resolved.path.hasSuffix("/") ? resolved.path : resolved.path + "/"
        for folder in sources + protected {
            let protectedPath = resolve(folder).path
            if protectedPath == resolved.path {
                throw refuse("it is \(folder.lastPathComponent == "" ? folder.path : "the \(folder.lastPathComponent) folder")")
            }
            if protectedPath.hasPrefix(outputPrefix) {
                throw refuse("it contains \(folder.path), which the build reads")
            }
        }
        for folder in sources where resolved.path.hasPrefix(resolve(folder).path + "/") {
            // The output would be read back as content (or templates) by the next build.
            throw refuse("it is inside \(folder.path), which the build reads")
        }
        let fileManager = FileManager.default
        var isDirectory: ObjCBool = false
        if fileManager.fileExists(atPath: resolved.path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else { throw refuse("it is a file, not a folder") }
            let entries: [String]
            do {
                entries = try fileManager.contentsOfDirectory(atPath: resolved.path)
            } catch {
                throw refuse("cannot list it: \(error.localizedDescription)")
            }
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
        removeAbandonedStaging(of: resolved)
        let staging = parent.appendingPathComponent(".\(resolved.lastPathComponent).sitegen-\(getpid())", isDirectory: true)
        let previous = previousFolder(of: resolved)
        try? fileManager.removeItem(at: staging)
        var reused = false
        do {
            if isSitegenFolder(previous), (try? fileManager.moveItem(at: previous, to: staging)) != nil {
                // Reused: its files are overwritten, and the stale ones removed before the swap.
                reused = true
            } else {
                try fileManager.createDirectory(at: staging, withIntermediateDirectories: false)
            }
            try FileWriter.write("", to: staging.appendingPathComponent(markerName).path)
        } catch {
            throw refuse("cannot create the staging folder \(staging.path): \(error.localizedDescription)")
        }
        return OutputFolder(target: resolved, staging: staging, stagingPath: staging.path + "/", isReused: reused)
    }

    /// Where the replaced site is kept for reuse: `.NAME.sitegen-previous` beside it.
    static func previousFolder(of target: URL) -> URL {
        target.deletingLastPathComponent().appendingPathComponent(".\(target.lastPathComponent).sitegen-previous", isDirectory: true)
    }

    /// Removes staging folders of builds that were interrupted (their process is
    /// gone), so an interrupted build leaves nothing behind for long.
    static func removeAbandonedStaging(of target: URL) {
        let parent = target.deletingLastPathComponent()
        let prefix = ".\(target.lastPathComponent).sitegen-"
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: parent.path)) ?? []
        for entry in entries where entry.hasPrefix(prefix) {
            let suffix = entry.dropFirst(prefix.count)
            guard let pid = Int32(suffix), pid != getpid(), kill(pid, 0) != 0, errno == ESRCH else { continue }
            let folder = parent.appendingPathComponent(entry)
            if isSitegenFolder(folder) { try? FileManager.default.removeItem(at: folder) }
        }
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
        try copy(source, to: relative, confinement: nil)
    }

    /// With a confinement, the file is copied only when the file opened lies
    /// inside the project (it was listed long before): else `FileReader.LinkError`.
    func copy(_ source: URL, to relative: String, confinement: FileReader.Confinement?) throws {
        let destination = staging.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: destination.deletingLastPathComponent(), withIntermediateDirectories: true)
        let bytes = try FileReader.bytes(at: source.path, confinement: confinement)
        try bytes.withUnsafeBytes { try FileWriter.write($0, to: destination.path) }
    }

    /// Deletes what a reused staging folder holds beyond `keeping` (paths
    /// relative to the folder), and the folders left empty. Entries are read
    /// with `lstat` and symbolic links are never followed: a link someone put
    /// in the output is removed as a link, and nothing outside is touched.
    /// Hidden files are stale too; only the marker stays.
    /// `keepingPrefixes` keep whole subfolders' files (before pages render,
    /// when their names are not known yet); `subfolder` (ending in `/`) limits
    /// the walk to one subfolder, the only place left to look after that.
    public func removeStale(keeping: Set<String>, keepingPrefixes: [String] = [], in subfolder: String = "") throws {
        guard isReused else { return }
        let fileManager = FileManager.default
        var folders: [String] = []
        try Self.walkWithoutFollowingLinks(stagingPath + subfolder, relative: subfolder) { relative, isFolder in
            if isFolder {
                folders.append(relative)
            } else if relative != Self.markerName, !keeping.contains(relative), !keepingPrefixes.contains(where: relative.hasPrefix) {
                try fileManager.removeItem(atPath: stagingPath + relative)
            }
        }
        // Deepest first, so a parent is empty once its children are gone.
        for folder in folders.sorted(by: { $0.utf8.count > $1.utf8.count }) {
            if (try? fileManager.contentsOfDirectory(atPath: stagingPath + folder))?.isEmpty == true {
                try fileManager.removeItem(atPath: stagingPath + folder)
            }
        }
    }

    /// Every entry under `absolute` (ending in `/`), hidden ones included;
    /// folders are reported and entered, anything else (files, links) reported as a file.
    private static func walkWithoutFollowingLinks(_ absolute: String, relative: String, _ visit: (String, Bool) throws -> Void) throws {
        guard let directory = opendir(absolute) else { return }
        defer { closedir(directory) }
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name == "." || name == ".." { continue }
            var info = stat()
            guard lstat(absolute + name, &info) == 0 else { continue }
            if (info.st_mode & S_IFMT) == S_IFDIR {
                try visit(relative + name, true)
                try walkWithoutFollowingLinks(absolute + name + "/", relative: relative + name + "/", visit)
            } else {
                try visit(relative + name, false)
            }
        }
    }

    /// Replaces the output folder with the staging folder in one step: the two
    /// folders are exchanged (`FolderExchange`), so a reader always finds a
    /// whole site at the output path, the old one or the new one. The old site
    /// is then kept as `.NAME.sitegen-previous` for the next build to reuse.
    /// Where the file system cannot exchange, two renames do it, and the
    /// output folder is missing for the instant between them.
    public func commit() throws {
        let fileManager = FileManager.default
        guard fileManager.fileExists(atPath: target.path) else {
            try fileManager.moveItem(at: staging, to: target)
            return
        }
        let previous = Self.previousFolder(of: target)
        // Another build's copy (or not sitegen's) where the previous site goes:
        // this build keeps nothing for reuse.
        let keepsPrevious = !fileManager.fileExists(atPath: previous.path)
        if try FolderExchange.exchange(staging.path, target.path) {
            // The staging path now holds the old site.
            if keepsPrevious, (try? fileManager.moveItem(at: staging, to: previous)) != nil { return }
            // Not kept: removed now, or by the next build if that fails (its process is gone then).
            try? fileManager.removeItem(at: staging)
            return
        }
        if !keepsPrevious {
            let old = target.deletingLastPathComponent().appendingPathComponent(".\(target.lastPathComponent).sitegen-old-\(getpid())")
            try fileManager.moveItem(at: target, to: old)
            try fileManager.moveItem(at: staging, to: target)
            try fileManager.removeItem(at: old)
            return
        }
        try fileManager.moveItem(at: target, to: previous)
        do {
            try fileManager.moveItem(at: staging, to: target)
        } catch {
            // Put the old site back: the output folder is never left missing for long.
            try? fileManager.moveItem(at: previous, to: target)
            throw error
        }
    }

    /// Gives up the staging folder; the output folder stays as it was.
    public func discard() {
        try? FileManager.default.removeItem(at: staging)
    }
}
