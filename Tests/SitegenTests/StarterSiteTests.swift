import Foundation
import StarterSite
import TestFolders
import Testing

/// `sitegen init [DIR]`: a new site from the binary's bundled resources, which
/// builds as it stands, anywhere; a folder with anything in it is refused.
@Suite struct StarterSiteTests {
    @Test func initWritesASiteThatBuildsOutsideTheRepository() throws {
        let folder = try TestFolders.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let initialized = try SitegenProcess.run(["init", "docs"], in: folder)
        #expect(initialized.status == 0, "\(initialized.stderr)")
        #expect(initialized.stdout.contains("cd docs && sitegen"))
        let site = folder.appendingPathComponent("docs")
        let written = try TestFolders.snapshot(site)
        for path in ["content/site.yml", "content/params.yml", "content/index.md", "content/01-numbers.md", "content/02-writing.md",
                     "templates/base.mustache", "templates/chapter.mustache", "templates/home.mustache", "templates/404.mustache",
                     "templates/assets/style.css", ".gitignore"] {
            #expect(written[path] != nil, "\(path) missing")
        }

        // Built with the default folders, from inside the new site, as the message says.
        let build = try SitegenProcess.run([], in: site)
        #expect(build.status == 0, "\(build.stderr)")
        #expect(build.stderr.isEmpty)
        let output = try TestFolders.snapshot(site.appendingPathComponent("public"))
        let numbers = String(decoding: try #require(output["01-numbers.html"]), as: UTF8.self)
        // 28×28 pixels fully connected to 100 units: 78,400 weights; a 5×5 kernel: 25.
        #expect(numbers.contains("一张 28×28 的图片全连接到 100 个神经元，需要 7.84×10<sup>4</sup> 个参数，写全了是 78,400。"))
        #expect(numbers.contains("只有 25 个参数"))
        #expect(numbers.contains("<figure class=\"diagram diagram-shared\">"))
        #expect(output["diagrams/01-numbers-1-shared.svg"] != nil)
        let writing = String(decoding: try #require(output["02-writing.html"]), as: UTF8.self)
        #expect(writing.contains("href=\"01-numbers.html#%E5%9B%BE\""))  // #图, percent-encoded
        #expect(output["index.html"] != nil && output["404.html"] != nil && output["assets/style.css"] != nil)
    }

    @Test func initWithoutAFolderWritesIntoTheCurrentOneWhenItIsEmpty() throws {
        let folder = try TestFolders.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let initialized = try SitegenProcess.run(["init"], in: folder)
        #expect(initialized.status == 0, "\(initialized.stderr)")
        #expect(try SitegenProcess.run(["--quiet"], in: folder).status == 0)
    }

    @Test func initRefusesAFolderThatHoldsAnythingAndWritesNothing() throws {
        let folder = try TestFolders.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("mine\n".utf8).write(to: folder.appendingPathComponent(".notes"))
        let result = try SitegenProcess.run(["init", folder.path])
        #expect(result.status == 1)
        #expect(result.stderr == "sitegen: \(folder.path): error: the folder is not empty (.notes); init writes a new site into an empty or new folder only, so nothing was written\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == [".notes"])

        let file = folder.appendingPathComponent(".notes").path
        let onFile = try SitegenProcess.run(["init", file])
        #expect(onFile.status == 1)
        #expect(onFile.stderr.contains("\(file): error: a file is in the way"))
    }

    /// A binary copied without its resource bundle says what is missing instead of stopping.
    @Test func aBinaryWithoutItsBundleSaysWhatIsMissing() throws {
        let folder = try TestFolders.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let lonely = folder.appendingPathComponent("sitegen")
        try FileManager.default.copyItem(at: SitegenProcess.executable, to: lonely)
        let process = Process()
        process.executableURL = lonely
        process.arguments = ["init", folder.appendingPathComponent("site").path]
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = Pipe()
        try process.run()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 2)
        #expect(message.contains("sitegen: error: the starter site's files are missing: copy sitegen_StarterSite.resources"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("site").path))
    }

    /// The bundled theme is the repository's templates/, file for file and byte
    /// for byte. After editing templates/, bring the copy up to date with
    /// `SITEGEN_UPDATE_FIXTURES=1 swift test --filter StarterSiteTests`.
    @Test func theBundledThemeIsTheRepositorysTemplates() throws {
        let repository = TestFolders.repositoryRoot.appendingPathComponent("templates")
        let copy = TestFolders.repositoryRoot.appendingPathComponent("Sources/StarterSite/templates")
        if ProcessInfo.processInfo.environment["SITEGEN_UPDATE_FIXTURES"] == "1" {
            try FileManager.default.removeItem(at: copy)
            try FileManager.default.copyItem(at: repository, to: copy)
        }
        let expected = try TestFolders.snapshot(repository)
        #expect(try TestFolders.snapshot(copy) == expected, "Sources/StarterSite/templates differs from templates/; run SITEGEN_UPDATE_FIXTURES=1 swift test --filter StarterSiteTests")
        // And the bundle the binary carries is that copy (as of this build).
        #expect(try TestFolders.snapshot(StarterSite.templates) == expected)
    }
}
