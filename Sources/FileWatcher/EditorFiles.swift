/// Names that editors and tools write beside the files an author edits, and
/// that never change the site: watching them would start a rebuild for a
/// save that has not happened yet (or twice for one save).
enum EditorFiles {
    /// True when a file or folder with this name is ignored, wherever it is.
    ///
    /// - hidden names (`.name.swp`, `.#name`, `.git`, `.DS_Store`): the site
    ///   skips hidden files too, so they cannot change it;
    /// - Vim: `name.swp`/`.swo`/`.swx` swap files, `name~` backups and `4913`,
    ///   the file Vim creates and deletes to test whether it may write a folder;
    /// - Emacs: `#name#` auto-save files and `name~` backups;
    /// - `name.bck` backups (Kate, several IDEs); JetBrains' `name___jb_tmp___`
    ///   and `name___jb_old___` safe-write files.
    static func isIgnored(_ name: String) -> Bool {
        if name.isEmpty || name.hasPrefix(".") || name == "4913" { return true }
        if name.hasSuffix("~") { return true }
        if name.count >= 2, name.hasPrefix("#"), name.hasSuffix("#") { return true }
        for suffix in ignoredSuffixes where name.hasSuffix(suffix) { return true }
        return false
    }

    private static let ignoredSuffixes = [".swp", ".swo", ".swx", ".bck", "___jb_tmp___", "___jb_old___"]

    /// True when any component of a relative path is ignored.
    static func isIgnored(path: String) -> Bool {
        path.split(separator: "/").contains { isIgnored(String($0)) }
    }
}
