import Explainer
import Foundation
import TestFolders
import Testing
@testable import SiteCore

/// Rebuilds after edits that changed only pages' bodies keep the plan
/// (`SiteBuild.planAfterBodyEdits`), and the search index can be left for
/// when it is asked for (`SiteBuild.defersOnDemandFiles`): either way the
/// site ends exactly as a full build of the same inputs writes it.
@Suite struct BodyEditTests {
    private func write(_ files: [(String, String?)], in site: URL) throws -> ChangedFiles {
        var changed = ChangedFiles()
        for (path, text) in files {
            let url = site.appendingPathComponent(path)
            if let text { try TestSupport.write(text, to: url) } else { try FileManager.default.removeItem(at: url) }
            if path.hasPrefix("templates/") { changed.templates = true } else { changed.content.insert(String(path.dropFirst("content/".count))) }
        }
        return changed
    }

    /// The files of a full build of the site as it is now.
    private func fullBuild(_ site: URL) throws -> [String: [UInt8]] {
        let full = MemorySink()
        _ = try SiteBuild(options: TestSupport.options(site), plugins: [ExplainerPlugin()]).run(into: full)
        return full.files
    }

    private func expectSame(_ served: [String: [UInt8]], _ full: [String: [UInt8]], _ step: String) {
        #expect(served.keys.sorted() == full.keys.sorted(), "\(step)")
        for (path, bytes) in full where served[path] != bytes {
            Issue.record("\(step): \(path) differs from a full build")
        }
    }

    @Test func editsToBodiesAloneKeepThePlanAndEndWhereAFullBuildDoes() throws {
        let site = try TestFolders.copyFixture("basic-site")
        defer { TestSupport.cleanUp(site) }
        let build = SiteBuild(options: TestSupport.options(site), plugins: [ExplainerPlugin()])
        let served = MemorySink()
        var result = try build.run(into: served)
        let local = try TestSupport.read(site.appendingPathComponent("content/02-local.md"))
        let home = try TestSupport.read(site.appendingPathComponent("content/index.md"))
        #expect(served.files["diagrams/02-local-1-local.svg"] != nil)
        // Pages rendered again are checked where the plan is kept; DependencyTests check the others.
        let steps: [(name: String, files: [(String, String?)], bodiesOnly: Bool, rendered: Set<String>?)] = [
            ("a line added", [("content/02-local.md", local + "\n又一段。\n")], true, ["02-local.md"]),
            ("a figure removed", [("content/02-local.md", local.replacingOccurrences(of: "```diagram\nkind: local\ncaption: 局部连接示意\n```", with: "没有图了。"))], true, ["02-local.md"]),
            ("the home page's body", [("content/index.md", home + "\n再见。\n")], true, ["index.md"]),
            ("two pages at once", [("content/02-local.md", local + "\n两处。\n"), ("content/index.md", home)], true, ["02-local.md", "index.md"]),
            ("the front matter's spacing", [("content/02-local.md", local.replacingOccurrences(of: "weight: 2", with: "weight:  2"))], false, nil),
            ("the title", [("content/02-local.md", local.replacingOccurrences(of: "title: Local Fields", with: "title: 局部"))], false, nil),
            ("the body after a title edit", [("content/02-local.md", local.replacingOccurrences(of: "title: Local Fields", with: "title: 局部") + "\n末尾。\n")], true, ["02-local.md"]),
            ("a new chapter", [("content/04-new.md", "---\ntitle: 新章\nweight: 4\n---\n\n## 新\n")], false, nil),
            ("the new chapter's body", [("content/04-new.md", "---\ntitle: 新章\nweight: 4\n---\n\n## 新\n\n多一句。\n")], true, ["04-new.md"]),
            ("a deleted chapter", [("content/04-new.md", nil)], false, nil),
        ]
        for step in steps {
            let changed = try write(step.files, in: site)
            #expect(try build.affected(by: changed, since: result).onlyBodiesChanged == step.bodiesOnly, "\(step.name)")
            let (next, rendered) = try build.rebuild(into: served, after: result, changed: changed)
            result = next
            if let expected = step.rendered { #expect(Set(rendered.map(\.rawValue)) == expected, "\(step.name)") }
            expectSame(served.files, try fullBuild(site), step.name)
            if step.name == "a figure removed" { #expect(served.files["diagrams/02-local-1-local.svg"] == nil) }
        }
    }

    @Test func aBodyEditStillChecksTheLinksIntoThePage() throws {
        let site = try TestFolders.copyFixture("basic-site")
        defer { TestSupport.cleanUp(site) }
        let build = SiteBuild(options: TestSupport.options(site), plugins: [ExplainerPlugin()])
        let served = MemorySink()
        let result = try build.run(into: served)
        let before = served.files
        // 02-local.md links to its own heading #局部连接; renaming the heading breaks the link.
        let local = try TestSupport.read(site.appendingPathComponent("content/02-local.md"))
        let changed = try write([("content/02-local.md", local.replacingOccurrences(of: "## 局部连接", with: "## 局部"))], in: site)
        #expect(try build.affected(by: changed, since: result).onlyBodiesChanged)
        #expect(throws: BuildFailure.self) { try build.rebuild(into: served, after: result, changed: changed) }
        #expect(served.files == before)
    }

    @Test func aFileThatCannotBeReadAsBeforeIsReadWithTheWholeFolder() throws {
        let site = try TestFolders.copyFixture("basic-site")
        defer { TestSupport.cleanUp(site) }
        let build = SiteBuild(options: TestSupport.options(site), plugins: [ExplainerPlugin()])
        let result = try build.run(into: MemorySink())
        // Not UTF-8: the folder is read again, which reports the file.
        try Data([0x2D, 0x2D, 0x2D, 0x0A, 0xFF, 0x0A]).write(to: site.appendingPathComponent("content/02-local.md"))
        #expect(build.planAfterBodyEdits(ChangedFiles(content: ["02-local.md"]), since: result) == nil)
        // Deleted, or not a page of the plan (a data file, a draft): the same.
        try FileManager.default.removeItem(at: site.appendingPathComponent("content/02-local.md"))
        #expect(build.planAfterBodyEdits(ChangedFiles(content: ["02-local.md"]), since: result) == nil)
        #expect(build.planAfterBodyEdits(ChangedFiles(content: ["params.yml"]), since: result) == nil)
        #expect(build.planAfterBodyEdits(ChangedFiles(content: ["03-draft.md"]), since: result) == nil)
        #expect(build.planAfterBodyEdits(ChangedFiles(content: ["01-full.md"], templates: true), since: result) == nil)
    }

    @Test func theSearchIndexLeftForOnDemandIsWhatAFullBuildWrites() throws {
        let site = try TestFolders.copyFixture("basic-site")
        defer { TestSupport.cleanUp(site) }
        let settings = site.appendingPathComponent("content/site.yml")
        try TestSupport.write(try TestSupport.read(settings).replacingOccurrences(of: "search: false", with: "search: true"), to: settings)
        var build = SiteBuild(options: TestSupport.options(site), plugins: [ExplainerPlugin()])
        build.defersOnDemandFiles = true
        let served = MemorySink()
        var result = try build.run(into: served)
        #expect(build.onDemandPaths(of: result.plan) == ["search/"])
        let local = try TestSupport.read(site.appendingPathComponent("content/02-local.md"))
        let edits: [(name: String, files: [(String, String?)])] = [
            ("the first build", []),
            ("a body edit", [("content/02-local.md", local + "\n卷积核。\n")]),
            ("a title edit", [("content/02-local.md", local.replacingOccurrences(of: "title: Local Fields", with: "title: 局部"))]),
        ]
        for edit in edits {
            if !edit.files.isEmpty {
                result = try build.rebuild(into: served, after: result, changed: try write(edit.files, in: site)).result
            }
            #expect(!served.files.keys.contains { $0.hasPrefix("search/") }, "\(edit.name)")
            // The pages keep no text for it: it is rendered again when the index is asked for.
            #expect(result.pages.allSatisfy { $0.sections.isEmpty }, "\(edit.name)")
            let onDemand = build.onDemandFiles(of: result)
            #expect(onDemand.contains { $0.path == "search/index.js" }, "\(edit.name)")
            var files = served.files
            for file in onDemand { files[file.path] = Array(file.contents.utf8) }
            expectSame(files, try fullBuild(site), edit.name)
        }
        // Without search, there is nothing to make.
        try TestSupport.write(try TestSupport.read(settings).replacingOccurrences(of: "search: true", with: "search: false"), to: settings)
        result = try build.rebuild(into: served, after: result, changed: ChangedFiles(content: ["site.yml"])).result
        #expect(build.onDemandPaths(of: result.plan).isEmpty)
        #expect(build.onDemandFiles(of: result).isEmpty)
    }
}
