import ConfigTree

/// Everything read from the content folder, before any Markdown is parsed.
public struct SiteSource: Sendable {
    public var config: SiteConfig
    /// The site-wide scenario (`params.yml`), positions already in that file.
    public var params: ConfigNode?
    public var paramsPath: String
    /// The home page text (`index.md`), if any.
    public var home: PageSource?
    /// Chapters in reading order: by weight, then file name.
    public var chapters: [PageSource]
    /// Model files (`models/NAME.yml`), by name.
    public var models: [ModelSource]
    /// Files copied as they are, as paths relative to the content folder.
    public var staticFiles: [String]
    /// Where the content's files may lie, and whether links may leave it.
    var boundary: ProjectBoundary = .unconfined
    /// The files reached through a symbolic link (the others are copied with `O_NOFOLLOW`).
    var linkedFiles: Set<String> = []

    /// How a content file is opened when it is copied to the output.
    func confinement(of file: String) -> FileReader.Confinement {
        FileReader.Confinement(boundary: boundary, throughLink: linkedFiles.contains(file))
    }
}

/// A network declared in `content/models/NAME.yml`.
public struct ModelSource: Sendable {
    public var name: String
    public var path: String
    public var declaration: ConfigNode
}
