import Foundation
import TestFolders
import Testing

/// Raw HTML left out of a page is reported as a warning with its position;
/// the build still succeeds, unless it is strict (`--strict`, `strict: true`).
@Suite struct RawHTMLWarningTests {
    static let chapter = "---\ntitle: 原始 HTML\nweight: 9\n---\n\n段落里的 <b>粗</b>。\n\n<div class=\"x\">\n块\n</div>\n\n<!-- 作者的注释，不报 -->\n"
    /// Columns count characters (段落里的 and a space are five), and each
    /// warning shows its source line with a caret (East Asian wide characters
    /// take two columns).
    static let warnings = [
        "content/09-raw.md:6:6: warning: raw HTML omitted: '<b>' (set 'markdown.unsafe_html: true' in site.yml to let it through)",
        "段落里的 <b>粗</b>。",
        "         ^",
        "content/09-raw.md:6:10: warning: raw HTML omitted: '</b>' (set 'markdown.unsafe_html: true' in site.yml to let it through)",
        "段落里的 <b>粗</b>。",
        "              ^",
        "content/09-raw.md:8:1: warning: raw HTML omitted: '<div class=\"x\">' (set 'markdown.unsafe_html: true' in site.yml to let it through)",
        "<div class=\"x\">",
        "^",
    ]

    func siteWithRawHTML() throws -> URL {
        let site = try TestFolders.copyFixture("basic-site")
        try Data(Self.chapter.utf8).write(to: site.appendingPathComponent("content/09-raw.md"))
        return site
    }

    @Test func warningsPrintAndTheBuildSucceeds() throws {
        let site = try siteWithRawHTML()
        defer { try? FileManager.default.removeItem(at: site) }
        let result = try SitegenProcess.run([], in: site)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.split(separator: "\n").map(String.init) == Self.warnings)
        #expect(result.stdout.hasSuffix("to public/ with 3 warnings\n"))
        let page = try String(contentsOf: site.appendingPathComponent("public/09-raw.html"), encoding: .utf8)
        #expect(page.contains("段落里的 <!-- raw HTML omitted -->粗<!-- raw HTML omitted -->。"))
    }

    @Test func strictMakesThemErrors() throws {
        let site = try siteWithRawHTML()
        defer { try? FileManager.default.removeItem(at: site) }
        let result = try SitegenProcess.run(["--strict"], in: site)
        #expect(result.status == 1)
        #expect(result.stderr.split(separator: "\n").map(String.init)
            == Self.warnings.map { $0.replacingOccurrences(of: ": warning: ", with: ": error: ") } + ["sitegen: 3 errors; nothing was written"])
        #expect(!FileManager.default.fileExists(atPath: site.appendingPathComponent("public").path))
    }

    @Test func warningsAsJSONHaveTheirSeverity() throws {
        let site = try siteWithRawHTML()
        defer { try? FileManager.default.removeItem(at: site) }
        let result = try SitegenProcess.run(["--quiet", "--diagnostics", "json"], in: site)
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stderr.split(separator: "\n").map(String.init)
        #expect(lines.count == 3)
        let first = try #require(try JSONSerialization.jsonObject(with: Data((lines.first ?? "").utf8)) as? [String: Any])
        #expect(first["path"] as? String == "content/09-raw.md")
        #expect((first["line"] as? NSNumber)?.intValue == 6)
        #expect((first["column"] as? NSNumber)?.intValue == 6)
        #expect(first["severity"] as? String == "warning")
        #expect(first["message"] as? String == "raw HTML omitted: '<b>' (set 'markdown.unsafe_html: true' in site.yml to let it through)")
    }

    @Test func strictInSiteYmlMakesThemErrorsToo() throws {
        let site = try siteWithRawHTML()
        defer { try? FileManager.default.removeItem(at: site) }
        let config = site.appendingPathComponent("content/site.yml")
        try Data((try String(contentsOf: config, encoding: .utf8) + "strict: true\n").utf8).write(to: config)
        let result = try SitegenProcess.run([], in: site)
        #expect(result.status == 1)
        #expect(result.stderr.contains("content/09-raw.md:8:1: error: raw HTML omitted"))
    }

    @Test func unsafeHTMLHasNothingToWarnAbout() throws {
        let site = try siteWithRawHTML()
        defer { try? FileManager.default.removeItem(at: site) }
        let config = site.appendingPathComponent("content/site.yml")
        let settings = try String(contentsOf: config, encoding: .utf8).replacingOccurrences(of: "  smart: true\n", with: "  smart: true\n  unsafe_html: true\n")
        try Data((settings + "strict: true\n").utf8).write(to: config)
        let result = try SitegenProcess.run([], in: site)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty)
    }

    @Test func renderWarnsAndStrictRenderFails() throws {
        let folder = try TestFolders.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let none = folder.appendingPathComponent("none").path
        let warned = try SitegenProcess.run(["render", "-", "--content", none], stdin: "| a |\n|---|\n| <i>斜</i> |\n")
        #expect(warned.status == 0)
        #expect(warned.stderr.hasPrefix("<stdin>:3:3: warning: raw HTML omitted: '<i>'"))
        #expect(warned.stdout.contains("<td><!-- raw HTML omitted -->斜<!-- raw HTML omitted --></td>"))
        let strict = try SitegenProcess.run(["render", "-", "--strict", "--content", none], stdin: "<p>x</p>\n")
        #expect(strict.status == 1)
        #expect(strict.stderr.hasPrefix("<stdin>:1:1: error: raw HTML omitted: '<p>x</p>'"))
        #expect(strict.stdout.isEmpty)
    }
}
