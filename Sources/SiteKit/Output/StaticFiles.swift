import Foundation

/// Files copied as they are (theme assets).
enum StaticFiles {
    /// Every regular, non-hidden file under `directory`, relative and sorted; none if it does not exist.
    static func list(in directory: URL) -> [String] {
        DirectoryWalker.regularFiles(under: directory.path)
    }
}
