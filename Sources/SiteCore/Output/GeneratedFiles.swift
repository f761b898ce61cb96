/// What sitegen writes into the output folder besides chapter pages and
/// content files: one list for the writer, the link checker and the content
/// checks, so they cannot disagree.
enum GeneratedFiles {
    static let home = HomePage.url
    static let notFound = "404.html"
    static let chapterScript = "chapters.js"
    static let sitemap = "sitemap.xml"
    static let assetsFolder = "assets"
    static let diagramsFolder = "diagrams"
    /// The search index (SearchIndexLayout.folder).
    static let searchFolder = "search"

    /// Files at the top of the output folder (the sitemap only with a base URL).
    static let files: Set<String> = [home, notFound, chapterScript, sitemap]
    static let folders: Set<String> = [assetsFolder, diagramsFolder, searchFolder]

    /// `diagrams/`, the start of every figure file's path.
    static let diagramsPrefix = diagramsFolder + "/"
    /// `search/`, the start of every search index file's path.
    static let searchPrefix = searchFolder + "/"
}
