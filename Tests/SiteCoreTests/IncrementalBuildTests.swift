import Explainer
import Foundation
import TestFolders
import Testing
@testable import SiteCore

/// Rebuilds that render only what changed end with exactly the site a full
/// build of the same inputs writes.
@Suite struct IncrementalBuildTests {
    private func apply(_ files: [(String, String?)], in site: URL) throws -> ChangedFiles {
        var changed = ChangedFiles()
        for (path, text) in files {
            let url = site.appendingPathComponent(path)
            if let text { try TestSupport.write(text, to: url) } else { try FileManager.default.removeItem(at: url) }
            if path.hasPrefix("templates/") { changed.templates = true } else { changed.content.insert(String(path.dropFirst("content/".count))) }
        }
        return changed
    }

    @Test func aSequenceOfEditsEndsWhereAFullBuildDoes() throws {
        let site = try TestFolders.copyFixture("basic-site")
        defer { TestSupport.cleanUp(site) }
        let build = SiteBuild(options: TestSupport.options(site), plugins: [ExplainerPlugin()])
        let served = MemorySink()
        var result = try build.run(into: served)
        let local = try TestSupport.read(site.appendingPathComponent("content/02-local.md"))
        let steps: [(name: String, files: [(String, String?)], rendered: Set<String>)] = [
            ("a body edit", [("content/02-local.md", local + "\n又一段。\n")], ["02-local.md"]),
            ("a title edit", [("content/02-local.md", local.replacingOccurrences(of: "title: Local Fields", with: "title: 局部"))],
             ["01-full.md", "02-local.md", "index.md", "404"]),
            ("a template edit", [("templates/chapter.mustache", try TestSupport.read(site.appendingPathComponent("templates/chapter.mustache")) + "<!-- v2 -->\n")],
             ["01-full.md", "02-local.md"]),
            // The site's description shows {{ full }}, so every page's head changes.
            ("a params.yml edit", [("content/params.yml", try TestSupport.read(site.appendingPathComponent("content/params.yml")).replacingOccurrences(of: "hidden: 1000000", with: "hidden: 2000000"))],
             ["index.md", "01-full.md", "02-local.md", "404"]),
            ("a new chapter", [("content/04-new.md", "---\ntitle: 新章\nweight: 4\n---\n\n## 新\n\n共 {{ shared }} 个参数。\n")],
             ["01-full.md", "02-local.md", "04-new.md", "index.md", "404"]),
            ("a deleted chapter with a figure", [("content/02-local.md", nil), ("content/01-full.md", try TestSupport.read(site.appendingPathComponent("content/01-full.md")).replacingOccurrences(of: "见[局部连接](02-local.md#局部连接)", with: "见局部连接"))],
             ["01-full.md", "04-new.md", "index.md", "404"]),
            ("an asset edit", [("templates/assets/style.css", "body { color: black; }\n")], []),
            ("a new static file", [("content/images/new.txt", "hello\n")], []),
        ]
        for step in steps {
            let changed = try apply(step.files, in: site)
            let (next, rendered) = try build.rebuild(into: served, after: result, changed: changed)
            result = next
            #expect(Set(rendered.map(\.rawValue)) == step.rendered, "\(step.name)")
            let full = MemorySink()
            _ = try build.run(into: full)
            #expect(served.files.keys.sorted() == full.files.keys.sorted(), "\(step.name)")
            for (path, bytes) in full.files where served.files[path] != bytes {
                Issue.record("\(step.name): \(path) differs from a full build")
            }
        }
        #expect(served.files["diagrams/02-local-1-local.svg"] == nil)
    }

    @Test func aFailedRebuildKeepsTheLastGoodSite() throws {
        let site = try TestFolders.copyFixture("basic-site")
        defer { TestSupport.cleanUp(site) }
        let build = SiteBuild(options: TestSupport.options(site), plugins: [ExplainerPlugin()])
        let served = MemorySink()
        let result = try build.run(into: served)
        let before = served.files
        try TestSupport.write("---\ntitle: 坏\n---\n\n{{ nope }}\n", to: site.appendingPathComponent("content/01-full.md"))
        #expect(throws: BuildFailure.self) { try build.rebuild(into: served, after: result, changed: ChangedFiles(content: ["01-full.md"])) }
        #expect(served.files == before)
    }
}
