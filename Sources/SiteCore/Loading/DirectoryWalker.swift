import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Lists the regular files under a folder with `readdir`, which reports each
/// entry's type without a `stat` call per file (Foundation's enumerator asks
/// for resource values file by file). Hidden entries are skipped; symbolic
/// links are followed. Paths are relative, with `/`, and sorted.
enum DirectoryWalker {
    static func regularFiles(under root: String) -> [String] {
        var files: [String] = []
        var visited = Set<FolderIdentity>()
        walk(root.hasSuffix("/") ? root : root + "/", relative: "", into: &files, visited: &visited, depth: 0)
        return files.sorted()
    }

    /// A folder is entered once, however many links lead to it: links to `.`
    /// or to a parent would otherwise make the walk endless.
    private struct FolderIdentity: Hashable {
        var device: UInt64
        var inode: UInt64
    }

    private static func walk(_ absolute: String, relative: String, into files: inout [String], visited: inout Set<FolderIdentity>, depth: Int) {
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
            if type == Int32(DT_LNK) || type == Int32(DT_UNKNOWN) {
                var info = stat()
                guard stat(absolute + name, &info) == 0 else { continue }
                type = (info.st_mode & S_IFMT) == S_IFDIR ? Int32(DT_DIR) : (info.st_mode & S_IFMT) == S_IFREG ? Int32(DT_REG) : Int32(DT_UNKNOWN)
            }
            if type == Int32(DT_DIR) {
                walk(absolute + name + "/", relative: relative + name + "/", into: &files, visited: &visited, depth: depth + 1)
            } else if type == Int32(DT_REG) {
                files.append(relative + name)
            }
        }
    }
}
