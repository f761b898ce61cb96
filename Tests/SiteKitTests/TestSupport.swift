import Foundation
@testable import SiteKit

/// Fixture sites under Tests/Fixtures, and temporary folders for builds.
enum TestSupport {
    static let fixtures = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    /// A fresh temporary folder, removed by the caller with `cleanUp`.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-test-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Copies a fixture site (content/ and templates/) into a fresh temporary folder.
    static func copyFixture(_ name: String) throws -> URL {
        let folder = try temporaryFolder()
        for part in ["content", "templates"] {
            try FileManager.default.copyItem(at: fixtures.appendingPathComponent(name).appendingPathComponent(part), to: folder.appendingPathComponent(part))
        }
        return folder
    }

    static func options(_ site: URL, output: String = "public", drafts: Bool = false) -> BuildOptions {
        BuildOptions(
            content: site.appendingPathComponent("content").path,
            templates: site.appendingPathComponent("templates").path,
            output: site.appendingPathComponent(output).path,
            includeDrafts: drafts
        )
    }

    /// Every file under `folder` with its bytes, by relative path.
    static func snapshot(_ folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let base = folder.standardizedFileURL.resolvingSymlinksInPath().path + "/"
        guard let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey]) else { return files }
        for case let url as URL in enumerator where (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
            let path = url.standardizedFileURL.resolvingSymlinksInPath().path
            files[String(path.dropFirst(base.count))] = try Data(contentsOf: url)
        }
        return files
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
