import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Lists the regular files under a folder with `readdir`, which reports each
/// entry's type without a `stat` call per file (Foundation's enumerator asks
/// for resource values file by file). Hidden entries are skipped; symbolic
/// links are followed while they stay inside the project (`ProjectBoundary`).
/// Paths are relative, with `/`, and sorted.
enum DirectoryWalker {
    /// What a walk found.
    struct Listing: Sendable {
        /// Every regular file, relative and sorted.
        var files: [String] = []
        /// The files reached through a symbolic link (the file itself, or a
        /// folder above it): the others are read with `O_NOFOLLOW`.
        var linked: Set<String> = []
        /// Links that lead out of the project: neither followed nor listed.
        var escapes: [Escape] = []
    }

    /// A symbolic link whose target lies outside the project.
    struct Escape: Sendable, Hashable {
        /// The link, relative to the walked folder.
        var relative: String
        /// Its target's real path.
        var target: String

        /// `path: error: symbolic link leaves the project (→ target)`.
        func diagnostic(displayPath: String) -> Diagnostic {
            Diagnostic(path: displayPath, message: "symbolic link leaves the project (→ \(target)); remove it, or set 'follow_external_links: true' in site.yml")
        }
    }

    static func regularFiles(under root: String) -> [String] {
        list(under: root, boundary: .unconfined).files
    }

    static func list(under root: String, boundary: ProjectBoundary) -> Listing {
        var listing = Listing()
        var visited = Set<FolderIdentity>()
        let rootPath = root.hasSuffix("/") ? root : root + "/"
        walk(rootPath, relative: "", throughLink: false, boundary: boundary, into: &listing, visited: &visited, depth: 0)
        listing.files.sort()
        return listing
    }

    /// A folder is entered once, however many links lead to it: links to `.`
    /// or to a parent would otherwise make the walk endless.
    private struct FolderIdentity: Hashable {
        var device: UInt64
        var inode: UInt64
    }

    private static func walk(_ absolute: String, relative: String, throughLink: Bool, boundary: ProjectBoundary, into listing: inout Listing, visited: inout Set<FolderIdentity>, depth: Int) {
        var folderInfo = stat()
        guard depth < 64, stat(absolute, &folderInfo) == 0,
              visited.insert(FolderIdentity(device: UInt64(folderInfo.st_dev), inode: UInt64(folderInfo.st_ino))).inserted,
              let directory = opendir(absolute) else { return }
        defer { closedir(directory) }
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name.hasPrefix(".") { continue }
            var type = Int32(entry.pointee.d_type)
            var isLink = type == Int32(DT_LNK)
            if type == Int32(DT_UNKNOWN) {
                var info = stat()
                guard lstat(absolute + name, &info) == 0 else { continue }
                isLink = (info.st_mode & S_IFMT) == S_IFLNK
                type = Self.type(of: info)
            }
            if isLink {
                var info = stat()
                guard stat(absolute + name, &info) == 0 else { continue }
                type = Self.type(of: info)
                // Judged by where the link really ends, after every link on the way.
                if type == Int32(DT_DIR) || type == Int32(DT_REG), let target = boundary.escape(of: absolute + name) {
                    listing.escapes.append(Escape(relative: relative + name, target: target))
                    continue
                }
            }
            if type == Int32(DT_DIR) {
                walk(absolute + name + "/", relative: relative + name + "/", throughLink: throughLink || isLink, boundary: boundary, into: &listing, visited: &visited, depth: depth + 1)
            } else if type == Int32(DT_REG) {
                listing.files.append(relative + name)
                if throughLink || isLink { listing.linked.insert(relative + name) }
            }
        }
    }

    private static func type(of info: stat) -> Int32 {
        switch info.st_mode & S_IFMT {
        case S_IFDIR: Int32(DT_DIR)
        case S_IFREG: Int32(DT_REG)
        case S_IFLNK: Int32(DT_LNK)
        default: Int32(DT_UNKNOWN)
        }
    }
}
