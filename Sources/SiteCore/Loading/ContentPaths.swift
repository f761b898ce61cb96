/// Paths of content files as messages show them: the content folder as the
/// user wrote it, then the file's relative path (`content/02-local.md`).
enum ContentPaths {
    static func display(_ relative: String, in folder: String) -> String {
        if folder.isEmpty || folder == "." { return relative }
        return folder.hasSuffix("/") ? folder + relative : folder + "/" + relative
    }
}
