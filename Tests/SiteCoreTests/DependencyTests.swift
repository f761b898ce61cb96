import Explainer
import Foundation
import TestFolders
import Testing
@testable import SiteCore

/// Which pages a change of the inputs makes render again, from the
/// dependencies each page recorded when it rendered (`Invalidation`).
@Suite struct DependencyTests {
    /// The basic fixture with four chapters and the chapter list kept out of
    /// the pages (`nav_inline_limit: 0`), so a title shows only in its
    /// neighbours' pagers, the home page and the 404 page.
    private func site() throws -> URL {
        let site = try TestFolders.copyFixture("basic-site")
        let content = site.appendingPathComponent("content")
        try TestSupport.write(try TestSupport.read(content.appendingPathComponent("site.yml")) + "nav_inline_limit: 0\n", to: content.appendingPathComponent("site.yml"))
        try TestSupport.write("---\ntitle: 第三章\nweight: 3\nparams:\n  filters: 7\n---\n\n有 {{ filters }} 个卷积核。\n", to: content.appendingPathComponent("03-more.md"))
        try TestSupport.write("---\ntitle: 第四章\nweight: 4\n---\n\n```model\nname: tiny\n```\n", to: content.appendingPathComponent("04-end.md"))
        try TestSupport.write("name: tiny\ninput: 1x4x4\nlayers:\n  - conv2d: {in: 1, out: 2, kernel: 3}\n    name: first\n", to: content.appendingPathComponent("models/tiny.yml"))
        return site
    }

    private func build(_ site: URL) throws -> (SiteBuild, BuildResult) {
        let build = SiteBuild(options: TestSupport.options(site), plugins: [ExplainerPlugin()])
        return (build, try build.run(into: MemorySink()))
    }

    /// Edits a file of the site (`content/…` or `templates/…`), then asks which pages must render again.
    private func pagesAfterEditing(_ path: String, in site: URL, _ edit: (String) -> String) throws -> Set<String> {
        let (build, result) = try build(site)
        let file = site.appendingPathComponent(path)
        let text = try TestSupport.read(file)
        let edited = edit(text)
        #expect(edited != text, "the edit changed nothing")
        try TestSupport.write(edited, to: file)
        let isTemplate = path.hasPrefix("templates/")
        let changed = ChangedFiles(content: isTemplate ? [] : [String(path.dropFirst("content/".count))], templates: isTemplate)
        return Set(try build.affectedPages(by: changed, since: result).pages.map(\.rawValue))
    }

    @Test func aBodyEditTouchesOnlyThatPage() throws {
        let site = try site()
        defer { TestSupport.cleanUp(site) }
        let pages = try pagesAfterEditing("content/02-local.md", in: site) { $0 + "\n多写一句。\n" }
        #expect(pages == ["02-local.md"])
    }

    @Test func aTitleEditTouchesEveryPageThatShowsIt() throws {
        let site = try site()
        defer { TestSupport.cleanUp(site) }
        let pages = try pagesAfterEditing("content/02-local.md", in: site) { $0.replacingOccurrences(of: "title: Local Fields", with: "title: 局部连接") }
        // Itself, its neighbours' pagers, and the pages that list every chapter.
        #expect(pages == ["02-local.md", "01-full.md", "03-more.md", "index.md", "404"])
    }

    @Test func aTitleEditTouchesEveryChapterWhenTheListIsInline() throws {
        let site = try site()
        defer { TestSupport.cleanUp(site) }
        let siteYML = site.appendingPathComponent("content/site.yml")
        try TestSupport.write(try TestSupport.read(siteYML).replacingOccurrences(of: "nav_inline_limit: 0", with: "nav_inline_limit: 10"), to: siteYML)
        let pages = try pagesAfterEditing("content/04-end.md", in: site) { $0.replacingOccurrences(of: "第四章", with: "尾声") }
        #expect(pages == ["01-full.md", "02-local.md", "03-more.md", "04-end.md", "index.md", "404"])
    }

    @Test func aTemplateEditTouchesThePagesUsingIt() throws {
        let site = try site()
        defer { TestSupport.cleanUp(site) }
        let chapterOnly = try pagesAfterEditing("templates/chapter.mustache", in: site) { $0 + "<!-- edited -->\n" }
        #expect(chapterOnly == ["01-full.md", "02-local.md", "03-more.md", "04-end.md"])
        let layout = try pagesAfterEditing("templates/base.mustache", in: site) { $0 + "<!-- edited -->\n" }
        #expect(layout == ["01-full.md", "02-local.md", "03-more.md", "04-end.md", "index.md", "404"])
    }

    @Test func aParamsEditTouchesThePagesWhoseNumbersChange() throws {
        let site = try site()
        defer { TestSupport.cleanUp(site) }
        // 03-more sets its own filters, so its numbers stay; the 404 page shows no numbers.
        let pages = try pagesAfterEditing("content/params.yml", in: site) { $0.replacingOccurrences(of: "filters: 100", with: "filters: 50") }
        #expect(pages == ["01-full.md", "02-local.md", "04-end.md", "index.md"])
    }

    @Test func aModelEditThatKeepsItsTotalsTouchesOnlyThePageShowingIt() throws {
        let site = try site()
        defer { TestSupport.cleanUp(site) }
        let pages = try pagesAfterEditing("content/models/tiny.yml", in: site) { $0.replacingOccurrences(of: "name: first", with: "name: stem") }
        #expect(pages == ["04-end.md"])
    }

    @Test func nothingChangedTouchesNothingAndANewChapterTouchesItsNeighbours() throws {
        let site = try site()
        defer { TestSupport.cleanUp(site) }
        let (build, result) = try build(site)
        #expect(try build.affectedPages(by: ChangedFiles(), since: result).pages.isEmpty)
        try TestSupport.write("---\ntitle: 新章\nweight: 5\n---\n\n新内容。\n", to: site.appendingPathComponent("content/05-new.md"))
        let pages = Set(try build.affectedPages(by: ChangedFiles(content: ["05-new.md"]), since: result).pages.map(\.rawValue))
        #expect(pages == ["05-new.md", "04-end.md", "index.md", "404"])
    }

    @Test func aPageRecordsWhatItRead() throws {
        let site = try site()
        defer { TestSupport.cleanUp(site) }
        let (_, result) = try build(site)
        let end = try #require(result.pages.first { $0.id == PageID("04-end.md") })
        let keys = Set(end.dependencies.keys)
        #expect(keys.isSuperset(of: [.contentFile("04-end.md"), .contentFile("models/tiny.yml"), .template("chapter"), .site, .pageMeta(PageID("04-end.md")), .neighbours(PageID("04-end.md"))]))
        #expect(!keys.contains(.navigation))
    }
}
