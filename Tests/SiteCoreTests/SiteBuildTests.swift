import Foundation
import TestFolders
import Testing
@testable import SiteCore

/// The fixture site built end to end, compared file by file with its expected output.
@Suite struct SiteBuildTests {
    static let expected = TestFolders.fixtures.appendingPathComponent("basic-site/expected")

    @Test func buildsTheFixtureSiteExactlyAsExpected() throws {
        let site = try TestFolders.copyFixture("basic-site")
        defer { TestSupport.cleanUp(site) }
        let summary = try SiteBuilder.build(TestSupport.options(site))
        #expect(summary.pages == 4)
        let built = try TestFolders.snapshot(site.appendingPathComponent("public"))
        let expected = try TestFolders.snapshot(Self.expected)
        if ProcessInfo.processInfo.environment["SITEGEN_UPDATE_FIXTURES"] == "1" {
            TestSupport.cleanUp(Self.expected)
            try FileManager.default.copyItem(at: site.appendingPathComponent("public"), to: Self.expected)
        }
        #expect(built.keys.sorted() == expected.keys.sorted())
        for (path, data) in expected.sorted(by: { $0.key < $1.key }) {
            #expect(built[path] == data, "\(path) differs from Tests/Fixtures/basic-site/expected/\(path) (rebuild with SITEGEN_UPDATE_FIXTURES=1 and review the diff)")
        }
    }

    @Test func outputIsByteIdenticalWhereverTheSiteLives() throws {
        let first = try TestFolders.copyFixture("basic-site")
        let second = try TestFolders.copyFixture("basic-site")
        defer { TestSupport.cleanUp(first); TestSupport.cleanUp(second) }
        _ = try SiteBuilder.build(TestSupport.options(first))
        _ = try SiteBuilder.build(TestSupport.options(second, output: "deeper/out"))
        _ = try SiteBuilder.build(TestSupport.options(first, output: "again"))
        let a = try TestFolders.snapshot(first.appendingPathComponent("public"))
        #expect(a == (try TestFolders.snapshot(second.appendingPathComponent("deeper/out"))))
        #expect(a == (try TestFolders.snapshot(first.appendingPathComponent("again"))))
    }

    @Test func rebuildsReuseThePreviousBuildAndDropStaleFiles() throws {
        let site = try TestFolders.copyFixture("basic-site")
        defer { TestSupport.cleanUp(site) }
        let extra = site.appendingPathComponent("content/10-extra.md")
        try TestSupport.write("---\ntitle: 多余\nweight: 10\n---\n\n```diagram\nkind: full\n```\n", to: extra)
        _ = try SiteBuilder.build(TestSupport.options(site))
        #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent("public/10-extra.html").path))
        try FileManager.default.removeItem(at: extra)
        try Self.dropImage(in: site)
        // Two more builds: the second reuses the folder the first replaced.
        _ = try SiteBuilder.build(TestSupport.options(site))
        _ = try SiteBuilder.build(TestSupport.options(site))
        let files = try TestFolders.snapshot(site.appendingPathComponent("public")).keys
        #expect(!files.contains("10-extra.html"))
        #expect(!files.contains("diagrams/10-extra-1-full.svg"))
        #expect(!files.contains { $0.hasPrefix("images/") })
        #expect(!FileManager.default.fileExists(atPath: site.appendingPathComponent("public/images").path))
        #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent(".public.sitegen-previous/.sitegen-output").path))
        // The result equals a build from scratch.
        let fresh = try TestFolders.copyFixture("basic-site")
        defer { TestSupport.cleanUp(fresh) }
        try Self.dropImage(in: fresh)
        _ = try SiteBuilder.build(TestSupport.options(fresh))
        #expect(try TestFolders.snapshot(fresh.appendingPathComponent("public")) == TestFolders.snapshot(site.appendingPathComponent("public")))
    }

    @Test func aRebuildNeverFollowsALinkOutOfTheOutputFolder() throws {
        let site = try TestFolders.copyFixture("basic-site")
        defer { TestSupport.cleanUp(site) }
        let outside = site.appendingPathComponent("outside")
        try TestSupport.write("keep me", to: outside.appendingPathComponent("photo.jpg"))
        _ = try SiteBuilder.build(TestSupport.options(site))
        try FileManager.default.createSymbolicLink(at: site.appendingPathComponent("public/media"), withDestinationURL: outside)
        // The folder holding the link becomes the staging folder of the build after next.
        _ = try SiteBuilder.build(TestSupport.options(site))
        _ = try SiteBuilder.build(TestSupport.options(site))
        #expect(try TestSupport.read(outside.appendingPathComponent("photo.jpg")) == "keep me")
        #expect(!FileManager.default.fileExists(atPath: site.appendingPathComponent("public/media").path))
    }

    @Test func aFileThatBecomesAFolderDoesNotBlockLaterBuilds() throws {
        let site = try TestFolders.copyFixture("basic-site")
        defer { TestSupport.cleanUp(site) }
        let notes = site.appendingPathComponent("content/notes")
        try TestSupport.write("a file", to: notes)
        _ = try SiteBuilder.build(TestSupport.options(site))
        _ = try SiteBuilder.build(TestSupport.options(site))
        try FileManager.default.removeItem(at: notes)
        try TestSupport.write("now a folder", to: notes.appendingPathComponent("a.txt"))
        _ = try SiteBuilder.build(TestSupport.options(site))
        _ = try SiteBuilder.build(TestSupport.options(site))
        #expect(try TestSupport.read(site.appendingPathComponent("public/notes/a.txt")) == "now a folder")
        // And back again.
        try FileManager.default.removeItem(at: notes)
        try TestSupport.write("a file again", to: notes)
        _ = try SiteBuilder.build(TestSupport.options(site))
        _ = try SiteBuilder.build(TestSupport.options(site))
        #expect(try TestSupport.read(site.appendingPathComponent("public/notes")) == "a file again")
    }

    @Test func filesOthersLeaveInTheOutputDoNotComeBackEveryOtherBuild() throws {
        let site = try TestFolders.copyFixture("basic-site")
        defer { TestSupport.cleanUp(site) }
        _ = try SiteBuilder.build(TestSupport.options(site))
        try TestSupport.write("", to: site.appendingPathComponent("public/.DS_Store"))
        var snapshots: [[String: Data]] = []
        for _ in 0..<3 {
            _ = try SiteBuilder.build(TestSupport.options(site))
            snapshots.append(try TestFolders.snapshot(site.appendingPathComponent("public")))
        }
        #expect(snapshots[0] == snapshots[1] && snapshots[1] == snapshots[2])
        #expect(snapshots[0][".DS_Store"] == nil)
    }

    @Test func linkLoopsInTheContentFolderEndTheWalk() throws {
        let site = try TestFolders.copyFixture("basic-site")
        defer { TestSupport.cleanUp(site) }
        let content = site.appendingPathComponent("content")
        try FileManager.default.createSymbolicLink(at: content.appendingPathComponent("loop1"), withDestinationURL: content)
        try FileManager.default.createSymbolicLink(at: content.appendingPathComponent("loop2"), withDestinationURL: content)
        _ = try SiteBuilder.build(TestSupport.options(site))
        #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent("public/images/dot.svg").path))
    }

    /// Removes the fixture's image and the chapter's reference to it.
    static func dropImage(in site: URL) throws {
        try FileManager.default.removeItem(at: site.appendingPathComponent("content/images"))
        let chapter = site.appendingPathComponent("content/01-full.md")
        try TestSupport.write(try TestSupport.read(chapter).replacingOccurrences(of: "![示意图](images/dot.svg)\n", with: ""), to: chapter)
    }

    @Test func draftsAppearOnlyWhenAskedFor() throws {
        let site = try TestFolders.copyFixture("basic-site")
        defer { TestSupport.cleanUp(site) }
        _ = try SiteBuilder.build(TestSupport.options(site))
        #expect(!FileManager.default.fileExists(atPath: site.appendingPathComponent("public/03-draft.html").path))
        _ = try SiteBuilder.build(TestSupport.options(site, drafts: true))
        #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent("public/03-draft.html").path))
    }

    @Test func aNewMarkdownFileBecomesAChapterWithNoOtherEdit() throws {
        let site = try TestFolders.copyFixture("basic-site")
        defer { TestSupport.cleanUp(site) }
        try TestSupport.write("---\ntitle: 新的一章\nweight: 10\n---\n\n内容。\n", to: site.appendingPathComponent("content/10-new.md"))
        _ = try SiteBuilder.build(TestSupport.options(site))
        let page = try TestSupport.read(site.appendingPathComponent("public/10-new.html"))
        #expect(page.contains("<h1>新的一章</h1>"))
        let home = try TestSupport.read(site.appendingPathComponent("public/index.html"))
        #expect(home.contains("<a href=\"10-new.html\">新的一章</a>"))
        let previous = try TestSupport.read(site.appendingPathComponent("public/02-local.html"))
        #expect(previous.contains("<a rel=\"next\" href=\"10-new.html\">新的一章</a>"))
    }

    @Test func longSitesWriteTheChapterListOnceInsteadOfOnEveryPage() throws {
        let site = try TestFolders.copyFixture("basic-site")
        defer { TestSupport.cleanUp(site) }
        let config = site.appendingPathComponent("content/site.yml")
        try TestSupport.write(try TestSupport.read(config) + "nav_inline_limit: 1\n", to: config)
        _ = try SiteBuilder.build(TestSupport.options(site))
        let page = try TestSupport.read(site.appendingPathComponent("public/01-full.html"))
        #expect(!page.contains("<ol><li>"))
        #expect(page.contains("<script src=\"chapters.js\"></script>"))
        let script = try TestSupport.read(site.appendingPathComponent("public/chapters.js"))
        #expect(script.contains("{\"title\": \"全连接:10¹² 个参数\", \"url\": \"01-full.html\"}"))
    }

    @Test func withoutBaseURLThereIsNoSitemapOrCanonicalLink() throws {
        let site = try TestFolders.copyFixture("basic-site")
        defer { TestSupport.cleanUp(site) }
        let config = site.appendingPathComponent("content/site.yml")
        try TestSupport.write(try TestSupport.read(config).replacingOccurrences(of: "base_url: https://example.org/docs/\n", with: ""), to: config)
        _ = try SiteBuilder.build(TestSupport.options(site))
        #expect(!FileManager.default.fileExists(atPath: site.appendingPathComponent("public/sitemap.xml").path))
        #expect(!(try TestSupport.read(site.appendingPathComponent("public/01-full.html"))).contains("canonical"))
    }
}
