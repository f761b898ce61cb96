import SearchIndex

/// The site-wide search step: once every page has rendered, builds the index
/// from the pages' section texts (home page first, then chapters in reading
/// order) and writes its files under search/.
enum SearchIndexStep {
    /// Returns the paths written, relative to the output folder.
    static func write(_ documents: [SearchDocument], to output: OutputFolder) throws -> [String] {
        let files = SearchIndexBuilder().build(documents)
        var folders = Set<String>()
        for file in files {
            let folder = file.path.split(separator: "/").dropLast().joined(separator: "/")
            if folders.insert(folder).inserted { try output.createFolder(folder) }
            try output.write(file.path, file.contents)
        }
        return files.map(\.path)
    }
}
