import ConfigTree

/// Everything read from the content folder, before any Markdown is parsed.
public struct SiteSource: Sendable {
    /// The content folder as the user wrote it, for messages (`content`).
    public var contentFolder: String
    public var config: SiteConfig
    /// The home page text (`index.md`), if any.
    public var home: PageSource?
    /// Chapters in reading order: by weight, then file name.
    public var chapters: [PageSource]
    /// YAML files that plugins read (`params.yml`, `models/lenet.yml`), by relative path, sorted.
    public var dataFiles: [DataFile]
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

    public init(contentFolder: String, config: SiteConfig, home: PageSource?, chapters: [PageSource], dataFiles: [DataFile], staticFiles: [String]) {
        self.contentFolder = contentFolder
        self.config = config
        self.home = home
        self.chapters = chapters
        self.dataFiles = dataFiles
        self.staticFiles = staticFiles
    }

    /// A site with nothing but its settings (`sitegen render` outside a project).
    /// A content file's path as shown in messages (`content/params.yml`).
    public func displayPath(_ relative: String) -> String {
        ContentPaths.display(relative, in: contentFolder)
    }

    public func dataFile(_ relativePath: String) -> DataFile? {
        dataFiles.first { $0.relativePath == relativePath }
    }

    public static let empty = SiteSource(contentFolder: "", config: SiteConfig(), home: nil, chapters: [], dataFiles: [], staticFiles: [])
}

/// A YAML file of the content folder that a plugin reads.
public struct DataFile: Sendable {
    /// Relative to the content folder (`models/lenet.yml`).
    public var relativePath: String
    /// As shown in messages (`content/models/lenet.yml`).
    public var path: String
    /// The parsed YAML; nil when the file is empty.
    public var node: ConfigNode?
    public var fingerprint: Fingerprint
}
