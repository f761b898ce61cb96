import Foundation

/// Where a build reads and writes, as the command line gave it.
public struct BuildOptions: Sendable {
    public var content: String
    public var templates: String
    public var output: String
    public var includeDrafts: Bool

    public init(content: String = "content", templates: String = "templates", output: String = "public", includeDrafts: Bool = false) {
        self.content = content
        self.templates = templates
        self.output = output
        self.includeDrafts = includeDrafts
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
}
