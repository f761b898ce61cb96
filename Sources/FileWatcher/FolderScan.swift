#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What polling compares between two scans.
struct FileStamp: Equatable {
    var modified: Int64
    var nanoseconds: Int64
    var size: Int64
}

/// One walk of a watched folder with `readdir` and `stat`: its files with
/// their stamps and its folders, by path relative to it, ignored names
/// skipped. Symbolic links are followed, as the site build follows them; a
/// folder reached twice (a link to a parent) is walked once.
struct FolderScan {
    var files: [String: FileStamp] = [:]
    /// Every folder below the root (not the root itself).
    var folders: [String] = []

    /// Walks `root` (an absolute or relative path, no trailing slash needed);
    /// `prefix` is prepended to every relative path (the folder's own path
    /// when scanning a subfolder of a watched root).
    init(root: String, prefix: String = "") {
        var visited = Set<FolderIdentity>()
        walk(root.hasSuffix("/") ? root : root + "/", relative: prefix.isEmpty ? "" : prefix + "/", visited: &visited, depth: 0)
    }

    private struct FolderIdentity: Hashable {
        var device: UInt64
        var inode: UInt64
    }

    private mutating func walk(_ absolute: String, relative: String, visited: inout Set<FolderIdentity>, depth: Int) {
        var folderInfo = stat()
        guard depth < 64, stat(absolute, &folderInfo) == 0,
              visited.insert(FolderIdentity(device: UInt64(folderInfo.st_dev), inode: UInt64(folderInfo.st_ino))).inserted,
              let directory = opendir(absolute) else { return }
        defer { closedir(directory) }
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name == "." || name == ".." || EditorFiles.isIgnored(name) { continue }
            var info = stat()
            guard stat(absolute + name, &info) == 0 else { continue }
            switch info.st_mode & S_IFMT {
            case S_IFDIR:
                folders.append(relative + name)
                walk(absolute + name + "/", relative: relative + name + "/", visited: &visited, depth: depth + 1)
            case S_IFREG:
                files[relative + name] = FileStamp(info)
            default:
                continue
            }
        }
    }
}

extension FileStamp {
    init(_ info: stat) {
        #if canImport(Darwin)
        self.init(modified: Int64(info.st_mtimespec.tv_sec), nanoseconds: Int64(info.st_mtimespec.tv_nsec), size: Int64(info.st_size))
        #else
        self.init(modified: Int64(info.st_mtim.tv_sec), nanoseconds: Int64(info.st_mtim.tv_nsec), size: Int64(info.st_size))
        #endif
    }
}
