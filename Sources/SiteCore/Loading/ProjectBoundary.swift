import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The folders a build may read from. A symbolic link under content/ or
/// templates/ whose target lies outside them is an error, unless site.yml says
/// `follow_external_links: true`: a deploy preview that builds a pull request
/// would otherwise publish whatever the link names (`~/.ssh/id_rsa`), which
/// is why GitHub Pages' Jekyll refuses such links in safe mode.
///
/// Paths are compared after every link is resolved (`realpath`), never by
/// name, so `a/../..` tricks and chains of links are judged by where they end.
struct ProjectBoundary: Sendable {
    /// Real paths of the folders inside which files may lie, each ending in `/`.
    let roots: [String]
    /// site.yml's `follow_external_links`: links are followed wherever they lead.
    let followsExternalLinks: Bool

    init(folders: [String], followsExternalLinks: Bool) {
        roots = folders.compactMap { Self.realPath($0) }.map { $0.hasSuffix("/") ? $0 : $0 + "/" }
        self.followsExternalLinks = followsExternalLinks
    }

    /// The project of a build: the folder that holds content/ (the project
    /// folder), and the content and templates folders themselves, which the
    /// command line may name anywhere.
    static func project(content: URL, templates: URL? = nil, followsExternalLinks: Bool) -> ProjectBoundary {
        let content = content.standardizedFileURL
        let folders = [content.deletingLastPathComponent().path, content.path] + (templates.map { [$0.standardizedFileURL.path] } ?? [])
        return ProjectBoundary(folders: folders, followsExternalLinks: followsExternalLinks)
    }

    /// Accepts every path: for reading a file the user named on the command line.
    static let unconfined = ProjectBoundary(roots: [], followsExternalLinks: true)

    private init(roots: [String], followsExternalLinks: Bool) {
        self.roots = roots
        self.followsExternalLinks = followsExternalLinks
    }

    /// Whether a real (fully resolved) path lies inside the project.
    func contains(realPath: String) -> Bool {
        if followsExternalLinks { return true }
        let path = realPath.hasSuffix("/") ? realPath : realPath + "/"
        return roots.contains { path.hasPrefix($0) }
    }

    /// Where `path` leads once every link is resolved, when that is outside
    /// the project (nil: inside, or nothing there).
    func escape(of path: String) -> String? {
        guard !followsExternalLinks, let real = Self.realPath(path) else { return nil }
        return contains(realPath: real) ? nil : real
    }

    /// `realpath(3)`: the absolute path with every link resolved, or nil when
    /// nothing is there (a dangling link).
    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// The real path of the file an open descriptor reads, wherever the links
    /// that led to it pointed when it was opened: checking it cannot race with
    /// a link swapped in after the check. Nil when the system cannot tell.
    static func realPath(of descriptor: Int32) -> String? {
        #if os(Linux)
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let count = readlink("/proc/self/fd/\(descriptor)", &buffer, buffer.count - 1)
        guard count > 0, buffer[0] == CChar(UInt8(ascii: "/")) else { return nil }
        return String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
        #elseif os(macOS)
        var buffer = [CChar](repeating: 0, count: Int(MAXPATHLEN))
        guard fcntl(descriptor, F_GETPATH, &buffer) != -1 else { return nil }
        return String(cString: buffer)
        #else
        return nil
        #endif
    }
}
