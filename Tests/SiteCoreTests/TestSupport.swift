import Explainer
import Foundation
@testable import SiteCore

extension SiteBuilder {
    /// The build `sitegen build` runs: the site core with the explainer.
    static func build(_ options: BuildOptions) throws(BuildFailure) -> BuildSummary {
        try build(options, plugins: [ExplainerPlugin()])
    }
}

/// Build options and small file helpers for the SiteCore tests (fixtures and
/// temporary folders are `TestFolders`').
enum TestSupport {
    static func options(_ site: URL, output: String = "public", drafts: Bool = false) -> BuildOptions {
        BuildOptions(
            content: site.appendingPathComponent("content").path,
            templates: site.appendingPathComponent("templates").path,
            output: site.appendingPathComponent(output).path,
            includeDrafts: drafts
        )
    }

    static func write(_ text: String, to url: URL) throws {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    static func read(_ url: URL) throws -> String {
        String(decoding: try Data(contentsOf: url), as: UTF8.self)
    }

    static func cleanUp(_ url: URL) {
        try? FileManager.default.removeItem(at: url)
    }
}
