import Foundation

/// Where a build reads and writes, as the command line gave it.
public struct BuildOptions: Sendable {
    public var content: String
    public var templates: String
    public var output: String
    public var includeDrafts: Bool
    /// Warnings fail the build (`--strict`; site.yml's `strict: true` too).
    public var strict: Bool

    public init(content: String = "content", templates: String = "templates", output: String = "public", includeDrafts: Bool = false, strict: Bool = false) {
        self.content = content
        self.templates = templates
        self.output = output
        self.includeDrafts = includeDrafts
        self.strict = strict
    }

    var contentURL: URL { URL(fileURLWithPath: content) }
    var templatesURL: URL { URL(fileURLWithPath: templates) }
    var outputURL: URL { URL(fileURLWithPath: output) }
}

/// What a successful build did.
public struct BuildSummary: Sendable {
    public var pages: Int
    public var files: Int
    public var output: String
    /// What the build warns about, sorted; the build succeeded regardless.
    public var warnings: [Diagnostic] = []
}
