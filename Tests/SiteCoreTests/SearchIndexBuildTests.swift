import Foundation
import Explainer
import SearchIndex
import TestFolders
import Testing
@testable import SiteCore

/// The search index as a build writes it: the files, and `search: false`.
@Suite struct SearchIndexBuildTests {
    @Test func theShippedSiteFindsWeightSharingInItsChapterFirst() throws {
        let project = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let out = try TestFolders.temporaryFolder()
        defer { TestSupport.cleanUp(out) }
        let options = BuildOptions(content: project.appendingPathComponent("content").path, templates: project.appendingPathComponent("templates").path,
                                   output: out.appendingPathComponent("public").path, includeDrafts: false)
        _ = try SiteBuilder.build(options)
        let reader = try SearchIndexReader(readFile: { try? String(contentsOf: out.appendingPathComponent("public/" + $0), encoding: .utf8) })
        let hits = try reader.search("权值共享")
        #expect(hits.first?.url == "03-shared.html")
        #expect(hits.first?.sectionID == "权值共享")
        // Figures' text alternatives and the params table are indexed.
        #expect(try !reader.search("连接方式与参数量").isEmpty)
        #expect(try reader.search("没有这个词语组合").isEmpty)
    }

    @Test func searchFalseWritesNoIndexAndRemovesAnOldOne() throws {
        let site = try TestFolders.copyFixture("basic-site")
        defer { TestSupport.cleanUp(site) }
        let config = site.appendingPathComponent("content/site.yml")
        let withSearch = try TestSupport.read(config).replacingOccurrences(of: "search: false\n", with: "")
        try TestSupport.write(withSearch, to: config)
        _ = try SiteBuilder.build(TestSupport.options(site))
        let indexed = try TestFolders.snapshot(site.appendingPathComponent("public"))
        #expect(indexed.keys.contains(SearchIndexLayout.root))
        let reader = try SearchIndexReader(readFile: { indexed[$0].map { String(decoding: $0, as: UTF8.self) } })
        #expect(try reader.search("局部连接").contains { $0.url == "02-local.html" && $0.sectionID == "局部连接" })

        try TestSupport.write(withSearch + "search: false\n", to: config)
        _ = try SiteBuilder.build(TestSupport.options(site))
        _ = try SiteBuilder.build(TestSupport.options(site))
        let plain = try TestFolders.snapshot(site.appendingPathComponent("public"))
        #expect(!plain.keys.contains { $0.hasPrefix("search/") })
        // Nothing else differs: the fixture's templates place no search box.
        #expect(plain == indexed.filter { !$0.key.hasPrefix("search/") })
    }

    /// The default theme's box: its labels and the script's words (JSON in
    /// `data-words`) come from the site's catalog, and `root` leads from the
    /// page to the site's root; with `search: false` there is no box.
    @Test(arguments: ["english-site", "sections-site"])
    func theDefaultSearchBoxCarriesTheCatalogsWords(_ fixture: String) throws {
        let site = try TestFolders.temporaryFolder()
        defer { TestSupport.cleanUp(site) }
        try FileManager.default.copyItem(at: TestFolders.fixtures.appendingPathComponent(fixture + "/content"), to: site.appendingPathComponent("content"))
        var options = TestSupport.options(site)
        options.templates = TestFolders.repositoryRoot.appendingPathComponent("templates").path
        let config = site.appendingPathComponent("content/site.yml")
        let settings = try TestSupport.read(config).replacingOccurrences(of: "search: false\n", with: "")
        try TestSupport.write(settings, to: config)
        let memory = MemorySink()
        let result = try SiteBuild(options: options, plugins: [ExplainerPlugin()]).run(into: memory)
        let catalog = result.plan.words
        let deepest = try #require(result.plan.pages.map(\.meta.url).filter { $0 != "404.html" }.max { $0.split(separator: "/").count < $1.split(separator: "/").count })
        let page = try #require(memory.files[deepest].map { String(decoding: $0, as: UTF8.self) })

        let box = try #require(page.firstMatch(of: /<div class="site-search" role="search" data-search-root="([^"]*)" data-words="([^"]*)" hidden>/))
        #expect(String(box.1) == PageContext.root(of: deepest))
        let json = String(box.2).replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&amp;", with: "&")
        let words = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: String])
        #expect(words == [
            "noResults": catalog.theme.searchNoResults, "resultCountOne": catalog.theme.searchResultCountOne,
            "resultCountOther": catalog.theme.searchResultCountOther, "loadError": catalog.theme.searchLoadError,
        ])
        #expect(page.contains("aria-label=\"\(catalog.theme.searchLabel)\""))
        #expect(page.contains("placeholder=\"\(catalog.theme.searchPlaceholder)\""))
        #expect(page.contains("aria-label=\"\(catalog.theme.searchResults)\" hidden></ul>"))

        try TestSupport.write(settings + "search: false\n", to: config)
        let plainMemory = MemorySink()
        _ = try SiteBuild(options: options, plugins: [ExplainerPlugin()]).run(into: plainMemory)
        let plainPage = try #require(plainMemory.files[deepest].map { String(decoding: $0, as: UTF8.self) })
        #expect(!plainPage.contains("site-search"))
    }

    /// A build gives each page to the index as soon as it and the pages
    /// before it have rendered (`PageStream`). What it writes is what `run`
    /// makes from pages that kept their text; a one-off build keeps none of
    /// that text, and a preview that left the index for later renders the
    /// pages again to make the same files.
    @Test func theIndexMadeAsPagesRenderIsTheIndexMadeFromAllPages() throws {
        let site = try TestFolders.temporaryFolder()
        defer { TestSupport.cleanUp(site) }
        try FileManager.default.copyItem(at: TestFolders.fixtures.appendingPathComponent("sections-site/content"), to: site.appendingPathComponent("content"))
        var options = TestSupport.options(site)
        options.templates = TestFolders.repositoryRoot.appendingPathComponent("templates").path
        let config = site.appendingPathComponent("content/site.yml")
        try TestSupport.write(try TestSupport.read(config).replacingOccurrences(of: "search: false\n", with: ""), to: config)
        // More pages than the feed waits for (`InOrderPageFeed`), so the index takes some while others render.
        for number in 1...80 {
            try TestSupport.write("---\ntitle: 生成的第\(number)章\nweight: \(100 + number)\n---\n\n第\(number)章的开头。\n\n## 第\(number)节\n\n权值共享在第\(number)章。\n",
                                  to: site.appendingPathComponent("content/50-generated-\(number).md"))
        }

        let build = SiteBuild(options: options, plugins: [ExplainerPlugin()])
        let memory = MemorySink()
        let result = try build.run(into: memory)
        #expect(result.pagesKeepSections, "a result that may be rebuilt keeps the text rebuilds index")
        #expect(result.pages.contains { !$0.sections.isEmpty })
        let fromPages = Dictionary(uniqueKeysWithValues: SearchIndexStep().run(result.plan, pages: result.pages).files.map { ($0.path, Array($0.contents.utf8)) })
        let written = memory.files.filter { $0.key.hasPrefix(SearchIndexLayout.folder + "/") }
        #expect(fromPages.count > 2)
        #expect(Self.differences(written, fromPages).isEmpty)

        var oneOff = build
        oneOff.fingerprintsDependencies = false
        let oneOffMemory = MemorySink()
        let oneOffResult = try oneOff.run(into: oneOffMemory)
        #expect(!oneOffResult.pagesKeepSections)
        #expect(oneOffResult.pages.allSatisfy { $0.sections.isEmpty })
        #expect(Self.differences(oneOffMemory.files, memory.files).isEmpty)

        var preview = build
        preview.defersOnDemandFiles = true
        let previewResult = try preview.run(into: MemorySink())
        #expect(!previewResult.pagesKeepSections)
        let onDemand = preview.onDemandFiles(of: previewResult)
        #expect(Self.differences(Dictionary(uniqueKeysWithValues: onDemand.map { ($0.path, Array($0.contents.utf8)) }), written).isEmpty)
    }

    /// The paths whose contents differ between two sites, or that only one has.
    static func differences(_ one: [String: [UInt8]], _ other: [String: [UInt8]]) -> [String] {
        Set(one.keys).union(other.keys).filter { one[$0] != other[$0] }.sorted()
    }
}
