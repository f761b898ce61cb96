import Foundation
import Testing
import TestFolders
@testable import SiteCore

/// Symbolic links under content/ and templates/ are followed while they end
/// inside the project, judged on real paths after every link is resolved.
@Suite struct ProjectBoundaryTests {
    /// `folder/secret.txt` (outside) beside `folder/project/content/`.
    struct Layout {
        var folder: URL
        var project: URL { folder.appendingPathComponent("project") }
        var content: URL { project.appendingPathComponent("content") }
        var secret: URL { folder.appendingPathComponent("secret.txt") }
        var boundary: ProjectBoundary { .project(content: content, followsExternalLinks: false) }

        init() throws {
            folder = try TestFolders.temporaryFolder()
            try TestSupport.write("secret\n", to: secret)
            try TestSupport.write("page\n", to: content.appendingPathComponent("page.md"))
        }

        func link(_ relative: String, to target: String) throws {
            try FileManager.default.createSymbolicLink(atPath: content.appendingPathComponent(relative).path, withDestinationPath: target)
        }
    }

    @Test func aFileLinkOutOfTheProjectIsAnEscapeAndNotListed() throws {
        let layout = try Layout()
        defer { TestSupport.cleanUp(layout.folder) }
        try layout.link("leak.txt", to: "../../secret.txt")
        let listing = DirectoryWalker.list(under: layout.content.path, boundary: layout.boundary)
        #expect(listing.files == ["page.md"])
        #expect(listing.escapes.map(\.relative) == ["leak.txt"])
        #expect(listing.escapes.first?.target == ProjectBoundary.realPath(layout.secret.path))
        let message = listing.escapes[0].diagnostic(displayPath: "content/leak.txt").description
        #expect(message.hasPrefix("content/leak.txt:1:1: error: symbolic link leaves the project (→ \(ProjectBoundary.realPath(layout.secret.path)!))"))
    }

    @Test func aFolderLinkOutOfTheProjectIsNotEntered() throws {
        let layout = try Layout()
        defer { TestSupport.cleanUp(layout.folder) }
        try TestSupport.write("other\n", to: layout.folder.appendingPathComponent("outside/file.txt"))
        try layout.link("docs", to: layout.folder.appendingPathComponent("outside").path)
        let listing = DirectoryWalker.list(under: layout.content.path, boundary: layout.boundary)
        #expect(listing.files == ["page.md"])
        #expect(listing.escapes.map(\.relative) == ["docs"])
    }

    @Test func linksThatStayInsideAreFollowedAndMarked() throws {
        let layout = try Layout()
        defer { TestSupport.cleanUp(layout.folder) }
        // A file and a folder elsewhere in the project (beside content/).
        try TestSupport.write("shared\n", to: layout.project.appendingPathComponent("shared/notes.txt"))
        try layout.link("notes.txt", to: "../shared/notes.txt")
        try layout.link("shared", to: "../shared")
        let listing = DirectoryWalker.list(under: layout.content.path, boundary: layout.boundary)
        #expect(listing.files == ["notes.txt", "page.md", "shared/notes.txt"])
        #expect(listing.linked == ["notes.txt", "shared/notes.txt"])
        #expect(listing.escapes.isEmpty)
    }

    /// content/hop → outside/hop → back into the project: judged by where it ends.
    @Test func aChainThatLeavesAndComesBackIsFollowed() throws {
        let layout = try Layout()
        defer { TestSupport.cleanUp(layout.folder) }
        try TestSupport.write("inside\n", to: layout.project.appendingPathComponent("inside.txt"))
        try FileManager.default.createSymbolicLink(atPath: layout.folder.appendingPathComponent("hop").path,
                                                   withDestinationPath: layout.project.appendingPathComponent("inside.txt").path)
        try layout.link("hop.txt", to: "../../hop")
        let listing = DirectoryWalker.list(under: layout.content.path, boundary: layout.boundary)
        #expect(listing.files == ["hop.txt", "page.md"])
        #expect(listing.escapes.isEmpty)
        let confinement = FileReader.Confinement(boundary: layout.boundary, throughLink: true)
        #expect(try FileReader.bytes(at: layout.content.appendingPathComponent("hop.txt").path, confinement: confinement) == Array("inside\n".utf8))
    }

    @Test func followExternalLinksFollowsThem() throws {
        let layout = try Layout()
        defer { TestSupport.cleanUp(layout.folder) }
        try layout.link("leak.txt", to: "../../secret.txt")
        let boundary = ProjectBoundary.project(content: layout.content, followsExternalLinks: true)
        let listing = DirectoryWalker.list(under: layout.content.path, boundary: boundary)
        #expect(listing.files == ["leak.txt", "page.md"])
        #expect(listing.escapes.isEmpty)
    }

    /// Time of check to time of use: the walk saw a plain file, which then
    /// became a link out of the project before it was read.
    @Test func aFileThatBecomesALinkAfterTheWalkIsRefused() throws {
        let layout = try Layout()
        defer { TestSupport.cleanUp(layout.folder) }
        try TestSupport.write("plain\n", to: layout.content.appendingPathComponent("late.txt"))
        let listing = DirectoryWalker.list(under: layout.content.path, boundary: layout.boundary)
        #expect(listing.files == ["late.txt", "page.md"] && listing.linked.isEmpty)
        try FileManager.default.removeItem(at: layout.content.appendingPathComponent("late.txt"))
        try layout.link("late.txt", to: "../../secret.txt")

        let confinement = FileReader.Confinement(boundary: layout.boundary, throughLink: listing.linked.contains("late.txt"))
        let path = layout.content.appendingPathComponent("late.txt").path
        #expect(throws: FileReader.LinkError.self) { try FileReader.bytes(at: path, confinement: confinement) }
        guard case .failure(let diagnostic) = SourceText.read(path: path, displayPath: "content/late.txt", confinement: confinement) else {
            Issue.record("the secret was read")
            return
        }
        #expect(diagnostic.description.hasPrefix("content/late.txt:1:1: error: symbolic link leaves the project (→ "))
    }

    /// A folder on the way became a link after the walk: O_NOFOLLOW guards only
    /// the last name, so the open descriptor's real path decides.
    @Test func aFolderThatBecomesALinkAfterTheWalkIsRefused() throws {
        let layout = try Layout()
        defer { TestSupport.cleanUp(layout.folder) }
        try TestSupport.write("plain\n", to: layout.content.appendingPathComponent("images/a.txt"))
        try TestSupport.write("secret\n", to: layout.folder.appendingPathComponent("outside/a.txt"))
        let listing = DirectoryWalker.list(under: layout.content.path, boundary: layout.boundary)
        #expect(listing.files.contains("images/a.txt"))
        try FileManager.default.removeItem(at: layout.content.appendingPathComponent("images"))
        try layout.link("images", to: layout.folder.appendingPathComponent("outside").path)

        let confinement = FileReader.Confinement(boundary: layout.boundary, throughLink: false)
        #expect(throws: FileReader.LinkError.self) {
            try FileReader.bytes(at: layout.content.appendingPathComponent("images/a.txt").path, confinement: confinement)
        }
    }

    /// A build refuses the link and writes nothing; with the setting, it copies it.
    @Test func aBuildRefusesALinkOutUnlessSiteYmlAllowsIt() throws {
        let site = try TestFolders.copyFixture("basic-site")
        let parent = try TestFolders.temporaryFolder()
        defer { TestSupport.cleanUp(site); TestSupport.cleanUp(parent) }
        try TestSupport.write("decoy secret\n", to: parent.appendingPathComponent("secret.txt"))
        try FileManager.default.createSymbolicLink(atPath: site.appendingPathComponent("content/images/leak.txt").path,
                                                   withDestinationPath: parent.appendingPathComponent("secret.txt").path)
        #expect(throws: BuildFailure.self) { try SiteBuilder.build(TestSupport.options(site)) }
        do {
            _ = try SiteBuilder.build(TestSupport.options(site))
        } catch {
            #expect(error.diagnostics.map(\.message).contains { $0.hasPrefix("symbolic link leaves the project") })
            #expect(!error.isSystemFailure)
        }
        #expect(!FileManager.default.fileExists(atPath: site.appendingPathComponent("public").path))

        let siteYml = site.appendingPathComponent("content/site.yml")
        try TestSupport.write(try TestSupport.read(siteYml) + "\nfollow_external_links: true\n", to: siteYml)
        _ = try SiteBuilder.build(TestSupport.options(site))
        #expect(try TestSupport.read(site.appendingPathComponent("public/images/leak.txt")) == "decoy secret\n")
    }
}
