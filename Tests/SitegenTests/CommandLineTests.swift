import Foundation
import TestFolders
import Testing

/// The command line as users meet it: exit statuses, messages, subcommands.
@Suite struct CommandLineTests {
    @Test func buildsWithDefaultFoldersAndPrintsOneSummaryLine() throws {
        let site = try TestFolders.copyFixture("basic-site")
        defer { try? FileManager.default.removeItem(at: site) }
        let result = try SitegenProcess.run([], in: site)
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 1)
        #expect(lines.first?.hasPrefix("sitegen: wrote 4 pages") == true)
        #expect(lines.first?.hasSuffix("to public/") == true)
        #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent("public/index.html").path))
        // `sitegen build` is the same command; --quiet prints nothing.
        let quiet = try SitegenProcess.run(["build", "--quiet"], in: site)
        #expect(quiet.status == 0)
        #expect(quiet.stdout.isEmpty)
    }

    @Test func versionAndHelp() throws {
        let version = try SitegenProcess.run(["--version"])
        #expect(version.status == 0)
        #expect(version.stdout.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: ".").count == 3)
        let help = try SitegenProcess.run(["--help"])
        #expect(help.status == 0)
        for word in ["build", "render", "params"] { #expect(help.stdout.contains(word)) }
        let buildHelp = try SitegenProcess.run(["build", "--help"])
        for option in ["--content", "--templates", "--output", "--drafts", "--quiet"] { #expect(buildHelp.stdout.contains(option)) }
    }

    @Test func renderPrintsTheBodyOfOneFile() throws {
        let folder = try TestFolders.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try SitegenProcess.run(["render", "-", "--content", folder.appendingPathComponent("none").path], stdin: "---\ntitle: T\n---\n## 权值共享\n\n共 {{ shared }} 个参数\u{FF0C}\n中文换行。\nEnglish\nwraps.\n")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "<h2 id=\"权值共享\">权值共享<a class=\"anchor\" href=\"#权值共享\" aria-label=\"本节链接\">#</a></h2>\n<p>共 100 个参数\u{FF0C}中文换行。English\nwraps.</p>\n")
    }

    @Test func renderUsesTheFilesOwnScenario() throws {
        let folder = try TestFolders.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try SitegenProcess.run(["render", "-", "--content", folder.appendingPathComponent("none").path], stdin: "---\ntitle: T\nparams:\n  filters: 7\n---\n{{ filter_count | plain }} 个卷积核\n")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "<p>7 个卷积核</p>\n")
    }

    @Test func renderReportsBadPlaceholdersWithTheirPosition() throws {
        let folder = try TestFolders.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("x.md")
        try Data("第一行\n\n共 {{ sharde }} 个\n".utf8).write(to: file)
        let result = try SitegenProcess.run(["render", file.path, "--content", folder.appendingPathComponent("none").path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("x.md:3:"))
        #expect(result.stderr.contains("did you mean 'shared'?"))
    }

    /// `render` reads front matter through the build's own front end: a key
    /// the build refuses is refused by `render` too, with the same message.
    @Test func renderAndBuildReportTheSameFrontMatterErrors() throws {
        let site = try TestFolders.copyFixture("basic-site")
        defer { try? FileManager.default.removeItem(at: site) }
        let chapter = site.appendingPathComponent("content/01-full.md")
        try Data("---\ntitle: T\ntitel: U\n---\n正文\n".utf8).write(to: chapter)
        let build = try SitegenProcess.run(["build", "--content", site.appendingPathComponent("content").path, "--templates", site.appendingPathComponent("templates").path, "--output", site.appendingPathComponent("public").path])
        let render = try SitegenProcess.run(["render", chapter.path, "--content", site.appendingPathComponent("content").path])
        #expect(build.status == 1)
        #expect(render.status == 1)
        let message = "01-full.md:3:1: error: unknown front matter key 'titel'; did you mean 'title'?"
        #expect(build.stderr.contains(message), "\(build.stderr)")
        #expect(render.stderr.contains(message), "\(render.stderr)")
    }

    @Test func renderReportsWhereAFileIsNotUTF8() throws {
        let folder = try TestFolders.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("bad.md")
        try Data("ok\nbad ".utf8 + [0xFF]).write(to: file)
        let result = try SitegenProcess.run(["render", file.path, "--content", folder.appendingPathComponent("none").path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("bad.md:2:5: error: invalid UTF-8"), "\(result.stderr)")
    }

    @Test func paramsListsEveryQuantityAsTextAndJSON() throws {
        let site = try TestFolders.copyFixture("basic-site")
        defer { try? FileManager.default.removeItem(at: site) }
        let text = try SitegenProcess.run(["params"], in: site)
        #expect(text.status == 0, "\(text.stderr)")
        let lines = text.stdout.split(separator: "\n").map(String.init)
        #expect(lines.contains("site.full = 1000000000000"))
        #expect(lines.contains("site.local = 100000000"))
        #expect(lines.contains("site.shared = 100"))
        #expect(lines.contains("site.filters = 10000"))
        #expect(lines.contains("site.ratio = 10000"))
        #expect(lines.contains("01-full.full = 1000000000000"))

        let json = try SitegenProcess.run(["params", "--json"], in: site)
        #expect(json.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let scenarios = try #require(object["scenarios"] as? [String: [String: Any]])
        #expect((scenarios["site"]?["full"] as? NSNumber)?.int64Value == 1_000_000_000_000)
        #expect((scenarios["02-local"]?["shared"] as? NSNumber)?.intValue == 100)
        #expect(object["models"] is [String: Any])
    }

    @Test func errorsShowTheSourceLineWithACaretUnderTheColumn() throws {
        let site = try TestFolders.copyFixture("basic-site")
        defer { try? FileManager.default.removeItem(at: site) }
        try Data("---\ntitle: P\n---\n\n输出的宽度是 {{ out_widht }} 像素。\n".utf8).write(to: site.appendingPathComponent("content/05-p.md"))
        let result = try SitegenProcess.run([], in: site)
        #expect(result.status == 1)
        let lines = result.stderr.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let at = try #require(lines.firstIndex { $0.hasPrefix("content/05-p.md:5:11: error: unknown quantity 'out_widht'") }, "\(lines)")
        #expect(lines[at + 1] == "输出的宽度是 {{ out_widht }} 像素。")
        // Six wide characters, a space and the braces: the caret is at display column 17.
        #expect(lines[at + 2] == String(repeating: " ", count: 16) + "^")
        #expect(lines.last(where: { !$0.isEmpty }) == "sitegen: 1 error; nothing was written")

        // Standard input has its lines shown too.
        let render = try SitegenProcess.run(["render", "-", "--content", "none"], stdin: "---\ntitle: T\n---\n\n共 {{ nope }}\n", in: site)
        #expect(render.stderr.contains("<stdin>:5:6: error: unknown quantity 'nope'\n共 {{ nope }}\n      ^\n"), "\(render.stderr)")
    }

    @Test(arguments: [["build"], ["render", "content/05-p.md"], ["params"]])
    func diagnosticsAsJSONLines(_ command: [String]) throws {
        let site = try TestFolders.copyFixture("basic-site")
        defer { try? FileManager.default.removeItem(at: site) }
        try Data("---\ntitle: P\nparams:\n  quantities:\n    x: 一 + 1\n---\n\n共 {{ nope }} 个\n".utf8).write(to: site.appendingPathComponent("content/05-p.md"))
        let result = try SitegenProcess.run(command + ["--diagnostics", "json"], in: site)
        #expect(result.status == 1)
        let lines = result.stderr.split(separator: "\n").map(String.init)
        #expect(!lines.isEmpty)
        for line in lines {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any], "\(line)")
            #expect(object["path"] as? String == "content/05-p.md")
            #expect(object["severity"] as? String == "error")
            #expect((object["line"] as? NSNumber)?.intValue == 5)
            // '一' is the first character of the expression, which starts at column 8.
            #expect((object["column"] as? NSNumber)?.intValue == 8)
            #expect((object["message"] as? String)?.isEmpty == false)
        }
    }

    /// The case: half the output width, made whole with floor.
    @Test func floorCeilAndRoundMakeQuantitiesWhole() throws {
        let site = try TestFolders.copyFixture("basic-site")
        defer { try? FileManager.default.removeItem(at: site) }
        try Data("image: 1000x1000\nfield: 10x10\nquantities:\n  pool_out: floor(out_width / 2)\n  pool_up: ceil(out_width / 2)\n  pool_near: round(out_width / 2)\n".utf8)
            .write(to: site.appendingPathComponent("content/params.yml"))
        let result = try SitegenProcess.run(["params"], in: site)
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.contains("site.pool_out = 495"))
        #expect(lines.contains("site.pool_up = 496"))
        #expect(lines.contains("site.pool_near = 496"))
    }
}
