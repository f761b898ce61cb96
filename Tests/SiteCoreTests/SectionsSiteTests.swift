import Explainer
import Foundation
import TestFolders
import Testing
@testable import SiteCore

/// Chapters in folders of content/ form sections: URLs mirror the folders,
/// navigation nests, previous/next run across sections, links between folders
/// are checked and rewritten, and every link is relative at every depth.
@Suite struct SectionsSiteTests {
    /// The fixture's content in a temporary folder, built with the default theme.
    private func copySite() throws -> (site: URL, options: BuildOptions) {
        let site = try TestFolders.temporaryFolder()
        try FileManager.default.copyItem(at: TestFolders.fixtures.appendingPathComponent("sections-site/content"), to: site.appendingPathComponent("content"))
        let options = BuildOptions(
            content: site.appendingPathComponent("content").path,
            templates: TestFolders.repositoryRoot.appendingPathComponent("templates").path,
            output: site.appendingPathComponent("public").path
        )
        return (site, options)
    }

    private func text(_ files: [String: [UInt8]], _ path: String) throws -> String {
        String(decoding: try #require(files[path], "\(path) missing"), as: UTF8.self)
    }

    static let pages = ["index.html", "01-start.html", "guide/index.html", "guide/01-intro.html", "guide/usage.html",
                        "guide/advanced/01-deep.html", "reference/index.html", "reference/api.html", "09-end.html", "404.html"]

    @Test func pagesAreWrittenWhereTheirFoldersAreAndNoMarkdownIsCopied() throws {
        let (site, options) = try copySite()
        defer { TestSupport.cleanUp(site) }
        let summary = try SiteBuilder.build(options)
        #expect(summary.pages == Self.pages.count)
        let files = try TestFolders.snapshot(site.appendingPathComponent("public"))
        for page in Self.pages { #expect(files[page] != nil, "\(page) missing") }
        #expect(files.keys.filter { $0.hasSuffix(".md") }.isEmpty)
        #expect(files["images/dot.svg"] != nil)
        #expect(files["diagrams/01-deep-1-local.svg"] != nil && files["diagrams/01-intro-1-shared.svg"] != nil)
    }

    @Test func everyLinkIsRelativeAndLandsOnAFileAndHeadingAtEveryDepth() throws {
        let (site, options) = try copySite()
        defer { TestSupport.cleanUp(site) }
        let memory = MemorySink()
        _ = try SiteBuild(options: options, plugins: [ExplainerPlugin()]).run(into: memory)
        let files = memory.files
        // The root prefix follows the depth: "", "../", "../../".
        #expect(try text(files, "01-start.html").contains("<link rel=\"stylesheet\" href=\"assets/style.css\">"))
        #expect(try text(files, "guide/usage.html").contains("<link rel=\"stylesheet\" href=\"../assets/style.css\">"))
        #expect(try text(files, "guide/advanced/01-deep.html").contains("<link rel=\"stylesheet\" href=\"../../assets/style.css\">"))
        // Chapter links written between folders become links between pages, relative to the page.
        let deep = try text(files, "guide/advanced/01-deep.html")
        #expect(deep.contains("href=\"../index.html\""))                       // ../_index.md
        #expect(deep.contains("href=\"../../01-start.html\""))                 // ../../01-start.md
        #expect(deep.contains("href=\"../../reference/api.html#%E6%8E%A5%E5%8F%A3\""))
        #expect(deep.contains("src=\"../../images/dot.svg\""))
        #expect(deep.contains("href=\"../../diagrams/01-deep-1-local.svg\""))
        #expect(try text(files, "guide/index.html").contains("先<a href=\"01-intro.html\">入门</a>"))

        // Served under any prefix or opened from disk, every relative URL of every
        // page resolves against the page's folder to a file the build wrote, and
        // every fragment to an id in it.
        let attribute = try Regex(#"(?:href|src)="([^"]*)""#)
        for page in Self.pages where page != "404.html" {
            let html = try text(files, page)
            let folder = page.split(separator: "/").dropLast().map(String.init)
            for match in html.matches(of: attribute) {
                let url = String(match.output[1].substring ?? "")
                if url.hasPrefix("#") || url.contains("://") { continue }
                let parts = url.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
                var path = folder
                for part in parts[0].split(separator: "/") {
                    if part == ".." {
                        #expect(!path.isEmpty, "\(page): \(url) leaves the site")
                        if !path.isEmpty { path.removeLast() }
                    } else if part != "." {
                        path.append(String(part))
                    }
                }
                let target = path.joined(separator: "/")
                #expect(files[target] != nil, "\(page): \(url) → \(target) does not exist")
                if parts.count == 2, let targetHTML = files[target].map({ String(decoding: $0, as: UTF8.self) }) {
                    let id = String(parts[1]).removingPercentEncoding ?? String(parts[1])
                    #expect(targetHTML.contains("id=\"\(id)\""), "\(page): \(url) has no heading \(id)")
                }
            }
        }
    }

    @Test func previousAndNextRunAcrossSectionsInReadingOrder() throws {
        let (site, options) = try copySite()
        defer { TestSupport.cleanUp(site) }
        let result = try SiteBuild(options: options, plugins: [ExplainerPlugin()]).run(into: MemorySink())
        // Each folder's chapters and sections by weight, then name; a section's page first.
        #expect(result.plan.readingOrder.map(\.id.rawValue) == [
            "01-start.md", "guide/_index.md", "guide/01-intro.md", "guide/02-usage.md", "guide/advanced/01-deep.md",
            "reference/index.md", "reference/api.md", "09-end.md",
        ])
        #expect(result.plan.chapters.map(\.meta.number) == [1, 2, 3, 4, 5, 6])
        let memory = MemorySink()
        _ = try SiteBuild(options: options, plugins: [ExplainerPlugin()]).run(into: memory)
        let deep = try text(memory.files, "guide/advanced/01-deep.html")
        #expect(deep.contains("rel=\"prev\" href=\"../../guide/usage.html\""))
        #expect(deep.contains("rel=\"next\" href=\"../../reference/index.html\""))
        let start = try text(memory.files, "01-start.html")
        #expect(start.contains("rel=\"next\" href=\"guide/index.html\""))
    }

    @Test func theDefaultThemeNestsTheNavigationAndListsASectionsEntries() throws {
        let (site, options) = try copySite()
        defer { TestSupport.cleanUp(site) }
        let memory = MemorySink()
        _ = try SiteBuild(options: options, plugins: [ExplainerPlugin()]).run(into: memory)
        let deep = try text(memory.files, "guide/advanced/01-deep.html")
        // 指南 holds 入门, 用法 and the folder advanced (no index file: its name is its title), which holds 深入.
        let nested = try Regex(#"<li class="chapter-list-section"><a href="../../guide/index.html"><span class="chapter-list-title">指南</span></a>\n<ol class="chapter-list">\n<li><a href="../../guide/01-intro.html">[\s\S]*<li class="chapter-list-section"><span class="chapter-list-heading">advanced</span>\n<ol class="chapter-list">\n<li><a href="../../guide/advanced/01-deep.html" aria-current="page">"#)
        #expect(deep.contains(nested))
        let section = try text(memory.files, "guide/index.html")
        #expect(section.contains("<h1>指南</h1>"))
        #expect(section.contains("<meta name=\"description\" content=\"按顺序读的几章。\">"))
        #expect(section.contains("<li><a href=\"../guide/01-intro.html\"><span class=\"chapter-card-number\">第 2 章</span><span class=\"chapter-card-title\">入门</span></a></li>"))
        #expect(try text(memory.files, "index.html").contains("<ol class=\"chapter-list chapter-tree\">"))
    }

    @Test func aBrokenLinkBetweenFoldersIsAnErrorAtItsPosition() throws {
        let (site, options) = try copySite()
        defer { TestSupport.cleanUp(site) }
        let intro = site.appendingPathComponent("content/guide/01-intro.md")
        try TestSupport.write(try TestSupport.read(intro).replacingOccurrences(of: "(../01-start.md#第一节)", with: "(01-start.md#第一节)"), to: intro)
        #expect {
            try SiteBuild(options: options, plugins: [ExplainerPlugin()]).run(into: MemorySink())
        } throws: { error in
            let text = (error as? BuildFailure)?.description ?? ""
            // Line 7 of the file; the column is left to the tests of columns.
            return text.contains("guide/01-intro.md:7:") && text.contains(" error: link to '01-start.md': no such chapter; did you mean 'guide/01-intro.md'?")
        }
        // A heading that the other folder's page lacks is reported once pages are rendered.
        try TestSupport.write(try TestSupport.read(intro).replacingOccurrences(of: "(01-start.md#第一节)", with: "(../01-start.md#第二节)"), to: intro)
        #expect {
            try SiteBuild(options: options, plugins: [ExplainerPlugin()]).run(into: MemorySink())
        } throws: { error in
            (error as? BuildFailure)?.description.contains("link to '01-start.md#第二节': that page has no heading with that id") == true
        }
    }

    @Test func aSectionsTitleEditRendersThePagesThatShowItAndABodyEditOnlyItsPage() throws {
        let (site, options) = try copySite()
        defer { TestSupport.cleanUp(site) }
        let build = SiteBuild(options: options, plugins: [ExplainerPlugin()])
        let served = MemorySink()
        var result = try build.run(into: served)

        let deep = site.appendingPathComponent("content/guide/advanced/01-deep.md")
        try TestSupport.write(try TestSupport.read(deep) + "\n又一段。\n", to: deep)
        var (next, rendered) = try build.rebuild(into: served, after: result, changed: ChangedFiles(content: ["guide/advanced/01-deep.md"]))
        result = next
        #expect(rendered.map(\.rawValue).sorted() == ["guide/advanced/01-deep.md"])

        // A section's title shows in every page's navigation, and in the pager of its neighbours.
        let index = site.appendingPathComponent("content/guide/_index.md")
        try TestSupport.write(try TestSupport.read(index).replacingOccurrences(of: "title: 指南", with: "title: 使用指南"), to: index)
        (next, rendered) = try build.rebuild(into: served, after: result, changed: ChangedFiles(content: ["guide/_index.md"]))
        #expect(Set(rendered.map(\.rawValue)) == Set(result.plan.pages.map(\.id.rawValue)))
        let full = MemorySink()
        _ = try build.run(into: full)
        #expect(served.files == full.files)
        #expect(try text(served.files, "guide/usage.html").contains("<span class=\"chapter-list-title\">使用指南</span>"))
    }

    @Test func sectionFilesAreCheckedLikeChapters() throws {
        let (site, options) = try copySite()
        defer { TestSupport.cleanUp(site) }
        try TestSupport.write("---\ntitle: 又一个\n---\n", to: site.appendingPathComponent("content/guide/index.md"))
        try TestSupport.write("---\ntitle: 资源\n---\n", to: site.appendingPathComponent("content/assets/x.md"))
        try TestSupport.write("---\ntitle: 重名\n---\n", to: site.appendingPathComponent("content/reference/usage.md"))
        try TestSupport.write("---\ntitle: 参考\nslug: ref\n---\n", to: site.appendingPathComponent("content/reference/index.md"))
        #expect {
            try SiteBuild(options: options, plugins: [ExplainerPlugin()]).run(into: MemorySink())
        } throws: { error in
            let text = (error as? BuildFailure)?.description ?? ""
            return text.contains("guide/index.md:1:1: error:") && text.contains("gives this section's title and text too; keep one of the two")
                && text.contains("assets/x.md:1:1: error: sitegen writes assets/ (the theme's files, from templates/assets/) itself")
                && text.contains("error: duplicate slug 'usage'")
                && text.contains("reference/index.md:3:1: error: 'slug' does not apply to a section's page: it is always reference/index.html")
        }
    }
}
