import Explainer
import Foundation
import TestFolders
import Testing
@testable import SiteCore

/// The build as steps over page values: the same site into memory and onto
/// disk, a site through the core alone, and what rendered pages carry.
@Suite struct BuildModelTests {
    @Test func theMemorySinkHoldsExactlyWhatTheDiskBuildWrites() throws {
        let site = try TestFolders.copyFixture("basic-site")
        defer { TestSupport.cleanUp(site) }
        let options = TestSupport.options(site)
        let memory = MemorySink()
        let result = try SiteBuild(options: options, plugins: [ExplainerPlugin()]).run(into: memory)
        _ = try SiteBuilder.build(options)
        var onDisk = try TestFolders.snapshot(site.appendingPathComponent("public"))
        // The marker that tells sitegen's output folders apart is the disk's own.
        onDisk.removeValue(forKey: OutputFolder.markerName)
        let inMemory = memory.files.mapValues { Data($0) }
        #expect(inMemory.keys.sorted() == onDisk.keys.sorted())
        for (path, data) in onDisk.sorted(by: { $0.key < $1.key }) {
            #expect(inMemory[path] == data, "\(path) differs between the memory and disk builds")
        }
        #expect(result.summary.pages == 4)
        #expect(result.pages.map(\.id) == [.home, PageID("01-full.md"), PageID("02-local.md"), .notFound])
    }

    @Test func aFailedBuildLeavesTheMemorySinkAsItWas() throws {
        let site = try TestFolders.copyFixture("basic-site")
        defer { TestSupport.cleanUp(site) }
        let memory = MemorySink()
        let build = SiteBuild(options: TestSupport.options(site), plugins: [ExplainerPlugin()])
        _ = try build.run(into: memory)
        let before = memory.files
        try TestSupport.write("---\ntitle: 坏\n---\n\n{{ nope }}\n", to: site.appendingPathComponent("content/09-bad.md"))
        #expect(throws: BuildFailure.self) { try build.run(into: memory) }
        #expect(memory.files == before)
    }

    /// A site without numbers, models or diagrams needs no plugin: the core
    /// alone builds it, and the explainer changes nothing in it.
    @Test func aPlainSiteBuildsThroughTheCoreAlone() throws {
        let site = try TestFolders.temporaryFolder()
        defer { TestSupport.cleanUp(site) }
        try FileManager.default.copyItem(at: TestFolders.fixtures.appendingPathComponent("basic-site/templates"), to: site.appendingPathComponent("templates"))
        let content = site.appendingPathComponent("content")
        try TestSupport.write("title: Plain\nlanguage: en\n", to: content.appendingPathComponent("site.yml"))
        try TestSupport.write("---\ntitle: One\n---\n\n## Start\n\nSee [two](02-two.md#end).\n", to: content.appendingPathComponent("01-one.md"))
        try TestSupport.write("---\ntitle: Two\n---\n\n## End\n\n```\ncode {{ stays }}\n```\n", to: content.appendingPathComponent("02-two.md"))
        let options = TestSupport.options(site)
        let core = MemorySink()
        _ = try SiteBuild(options: options, plugins: []).run(into: core)
        let explained = MemorySink()
        _ = try SiteBuild(options: options, plugins: [ExplainerPlugin()]).run(into: explained)
        #expect(!core.files.isEmpty)
        #expect(core.files == explained.files)
        let two = String(decoding: try #require(core.files["02-two.html"]), as: UTF8.self)
        #expect(two.contains("code {{ stays }}"))
        // Without the explainer, `params:` is not a front matter key.
        try TestSupport.write("---\ntitle: One\nparams: {hidden: 3}\n---\n", to: content.appendingPathComponent("01-one.md"))
        #expect {
            try SiteBuild(options: options, plugins: []).run(into: MemorySink())
        } throws: { error in
            (error as? BuildFailure)?.description.contains("01-one.md:3:1: error: unknown front matter key 'params'") == true
        }
    }

    @Test func renderedPagesCarryTheirSectionsWhenAStepReadsThem() throws {
        struct SectionReader: SiteStep {
            func readsSections(_ plan: SitePlan) -> Bool { true }
            func run(_ plan: SitePlan, pages: [RenderedPage]) -> SiteStepOutput { SiteStepOutput() }
        }
        let site = try TestFolders.copyFixture("basic-site")
        defer { TestSupport.cleanUp(site) }
        let result = try SiteBuild(options: TestSupport.options(site), plugins: [ExplainerPlugin()], siteSteps: SiteBuild.standardSteps + [SectionReader()])
            .run(into: MemorySink())
        let local = try #require(result.pages.first { $0.id == PageID("02-local.md") })
        #expect(local.sections.map(\.id) == ["局部连接", "weight-sharing-cnn"])
        #expect(local.sections.map(\.heading) == ["局部连接", "Weight Sharing (CNN)!"])
        // Numbers are filled, and a figure is represented by its text alternative.
        #expect(local.sections[0].text.contains("10×10"))
        #expect(!local.sections[0].text.contains("{{"))
        // Without such a step, pages do not keep their text.
        let plain = try SiteBuild(options: TestSupport.options(site), plugins: [ExplainerPlugin()]).run(into: MemorySink())
        #expect(plain.pages.allSatisfy { $0.sections.isEmpty })
    }
}
