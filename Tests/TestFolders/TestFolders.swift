import Foundation

/// The fixture sites under Tests/Fixtures, temporary folders to build them in,
/// and snapshots of what a build left: shared by the SiteCore tests, which call
/// the library, and the sitegen tests, which run the binary.
public enum TestFolders {
    /// The checkout's root folder.
    public static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    public static let fixtures = repositoryRoot.appendingPathComponent("Tests/Fixtures")

    /// A fresh, empty temporary folder; the caller removes it.
    public static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-test-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Copies a fixture site (content/ and templates/) into a fresh temporary folder.
    public static func copyFixture(_ name: String) throws -> URL {
        let folder = try temporaryFolder()
        for part in ["content", "templates"] {
            try FileManager.default.copyItem(at: fixtures.appendingPathComponent(name).appendingPathComponent(part), to: folder.appendingPathComponent(part))
        }
        return folder
    }

    /// Every regular file under `folder` with its bytes, by path relative to it.
    public static func snapshot(_ folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let base = folder.standardizedFileURL.resolvingSymlinksInPath().path + "/"
        guard let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey]) else { return files }
        for case let url as URL in enumerator where (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
            let path = url.standardizedFileURL.resolvingSymlinksInPath().path
            files[String(path.dropFirst(base.count))] = try Data(contentsOf: url)
        }
        return files
    }
}
