import Foundation
import TestFolders
import Testing

/// One test per bad input, through the command as users run it: a clear
/// `path:line:col: error:` message on standard error, exit status 1, and the
/// previous output folder left exactly as it was.
@Suite struct BadInputTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        /// File (relative to the site folder) and its new text, or nil to delete it.
        var edits: [(String, String?)]
        /// The expected start of a diagnostic, `path:line:col: error: …`, with the path relative to the site folder.
        var expected: String

        var testDescription: String { name }
    }

    // Columns count characters (Unicode scalars), so a link after '见' is at
    // column 2 and a '{{' after '共 ' at column 3 (they were byte columns).
    static let cases: [Case] = [
        Case(name: "missing front matter", edits: [("content/01-full.md", "## 全连接\n")],
             expected: "content/01-full.md:1:1: error: missing front matter"),
        Case(name: "malformed front matter", edits: [("content/01-full.md", "---\ntitle: [oops\n---\n")],
             expected: "content/01-full.md:3:1: error: invalid YAML"),
        Case(name: "missing title", edits: [("content/01-full.md", "---\nweight: 1\n---\n")],
             expected: "content/01-full.md:2:1: error: front matter has no 'title'"),
        Case(name: "duplicate slug", edits: [("content/05-dup.md", "---\ntitle: D\nslug: 01-full\n---\n")],
             // Chapters are read in weight order: 05-dup.md (weight 0) comes first.
             expected: "content/01-full.md:1:1: error: duplicate slug '01-full': content/05-dup.md has it too"),
        Case(name: "invalid UTF-8", edits: [("content/05-bad.md", "---\ntitle: T\n---\n\nok\nbad \u{FFFF}")],
             expected: "content/05-bad.md:6:5: error: invalid UTF-8"),
        Case(name: "missing template", edits: [("templates/chapter.mustache", nil)],
             expected: "templates:1:1: error: missing template 'chapter.mustache'"),
        Case(name: "template syntax error", edits: [("templates/home.mustache", "{{<base}}\n{{$main}}\n{{#chapters}}\n{{/main}}\n{{/base}}\n")],
             expected: "templates/home.mustache:4:"),
        Case(name: "template names a missing partial", edits: [("templates/404.mustache", "{{> partials/footr}}\n")],
             expected: "templates/404.mustache:1:1: error: template '404' uses 'partials/footr', but there is no partials/footr.mustache"),
        Case(name: "broken chapter link", edits: [("content/05-link.md", "---\ntitle: L\n---\n\n见[这里](04-missing.md)。\n")],
             expected: "content/05-link.md:5:2: error: link to '04-missing.md': no such chapter"),
        Case(name: "broken heading link", edits: [("content/05-link.md", "---\ntitle: L\n---\n\n见[这里](02-local.md#权值)。\n")],
             expected: "content/05-link.md:5:2: error: link to '02-local.md#权值': that page has no heading with that id"),
        Case(name: "broken anchor in the same page", edits: [("content/05-link.md", "---\ntitle: L\n---\n\n## 甲\n\n见[这里](#乙)。\n")],
             expected: "content/05-link.md:7:2: error: link to '#乙': this page has no heading with that id"),
        Case(name: "missing image", edits: [("content/05-img.md", "---\ntitle: I\n---\n\n![图](images/missing.png)\n")],
             expected: "content/05-img.md:5:1: error: link to 'images/missing.png': no such file"),
        Case(name: "unknown site setting", edits: [("content/site.yml", "title: T\ntitel: U\n")],
             expected: "content/site.yml:2:1: error: unknown setting 'titel'; did you mean 'title'?"),
        Case(name: "placeholder error in site.yml", edits: [("content/site.yml", "title: T\ndescription: 共 {{ nope }} 个\n")],
             expected: "content/site.yml:2:"),
        Case(name: "unterminated placeholder", edits: [("content/05-p.md", "---\ntitle: P\n---\n\n共 {{ full 个\n")],
             expected: "content/05-p.md:5:3: error: unterminated placeholder"),
        Case(name: "unknown quantity", edits: [("content/05-p.md", "---\ntitle: P\n---\n\n共 {{ fulll }} 个\n")],
             expected: "content/05-p.md:5:"),
        Case(name: "unknown format", edits: [("content/05-p.md", "---\ntitle: P\n---\n\n共 {{ full | chinese }} 个\n")],
             expected: "content/05-p.md:5:"),
        Case(name: "placeholder error in a title", edits: [("content/05-p.md", "---\ntitle: 共 {{ nope }} 个\n---\n")],
             expected: "content/05-p.md:2:"),
        Case(name: "bad scenario key in params.yml", edits: [("content/params.yml", "image: 1000x1000\nhiden: 5\n")],
             expected: "content/params.yml:2:1: error:"),
        Case(name: "kernel larger than input in front matter", edits: [("content/05-p.md", "---\ntitle: P\nparams:\n  image: 4x4\n  field: 10x10\n---\n")],
             expected: "content/05-p.md:"),
        Case(name: "unknown diagram kind", edits: [("content/05-d.md", "---\ntitle: D\n---\n\n```diagram\nkind: fully\n```\n")],
             expected: "content/05-d.md:6:"),
        Case(name: "diagram scenario that does not exist", edits: [("content/05-d.md", "---\ntitle: D\n---\n\n```diagram\nkind: full\nscenario: nowhere\n```\n")],
             expected: "content/05-d.md:7:"),
        Case(name: "params block with settings", edits: [("content/05-d.md", "---\ntitle: D\n---\n\n```params\nrows: 2\n```\n")],
             expected: "content/05-d.md:6:1: error: a params block takes no settings"),
        Case(name: "inline model whose shapes do not fit", edits: [("content/05-m.md", "---\ntitle: M\n---\n\n```model\nname: tiny\ninput: 1x8x8\nlayers:\n  - conv2d: {in: 3, out: 4, kernel: 3}\n```\n")],
             expected: "content/05-m.md:9:"),
        Case(name: "model file with an unknown layer", edits: [("content/models/bad.yml", "name: bad\ninput: 1x8x8\nlayers:\n  - conv3d: {out: 4, kernel: 3}\n")],
             expected: "content/models/bad.yml:4:"),
        Case(name: "content file where sitegen writes its own", edits: [("content/404.html", "<p>mine</p>\n")],
             expected: "content/404.html:1:1: error: sitegen writes 404.html itself"),
        Case(name: "chapter slug naming the site scenario", edits: [("content/site.md", "---\ntitle: S\n---\n")],
             expected: "content/site.md:1:1: error: the file name gives the invalid slug 'site'"),
        Case(name: "model named differently from its file", edits: [("content/models/small.yml", "# a comment\nname: tiny\ninput: 1x8x8\nlayers:\n  - flatten\n")],
             expected: "content/models/small.yml:2:7: error: the model is named 'tiny' but its file is small.yml"),
        Case(name: "a table wider than cmark-gfm parses in linear time", edits: [("content/05-wide.md", "---\ntitle: W\n---\n\n" + String(repeating: "| a ", count: 1_001) + "|\n")],
             expected: "content/05-wide.md:5:1: error: a line with 1002 '|' (a table of more than 1000 columns)"),
        Case(name: "unknown model", edits: [("content/05-m.md", "---\ntitle: M\n---\n\n```model\nname: lenett\n```\n")],
             expected: "content/05-m.md:6:7: error: no model named 'lenett'"),
        // Columns count characters on Chinese lines (the example: column 20 in bytes).
        Case(name: "unknown quantity on a Chinese line", edits: [("content/05-p.md", "---\ntitle: P\n---\n\n输出的宽度是 {{ out_widht }} 像素\n")],
             expected: "content/05-p.md:5:11: error: unknown quantity 'out_widht'; did you mean 'out_width'?"),
        Case(name: "unknown diagram kind after Chinese in a list", edits: [("content/05-d.md", "---\ntitle: D\n---\n\n- 图：\n\n  ```diagram\n  kind: fully\n  ```\n")],
             expected: "content/05-d.md:8:"),
        // YAML mistakes, explained where they are.
        Case(name: "full-width colon in front matter", edits: [("content/05-y.md", "---\ntitle: 权值\nweight：7\n---\n")],
             expected: "content/05-y.md:3:7: error: invalid YAML: full-width colon '：' after 'weight'; YAML needs an ASCII colon and a space: weight: 7"),
        Case(name: "full-width comma in a flow mapping", edits: [("content/05-y.md", "---\ntitle: 权值\nparams: {image: 8x8， field: 3}\n---\n")],
             expected: "content/05-y.md:3:20: error: invalid YAML: full-width comma '，' in a flow mapping"),
        Case(name: "title starting with a placeholder", edits: [("content/05-y.md", "---\ntitle: {{ full }} 个参数\n---\n")],
             expected: "content/05-y.md:2:8: error: invalid YAML: the value of 'title' starts with '{{', which YAML reads as the start of a mapping (a placeholder works inside quotes); quote the whole value: title: '{{ full }} 个参数'"),
        Case(name: "colon and space inside a value", edits: [("content/05-y.md", "---\ntitle: 权值\ndescription: 注意: 这里\n---\n")],
             expected: "content/05-y.md:3:16: error: invalid YAML: ': ' inside the unquoted value of 'description' reads as another key"),
        Case(name: "tab indentation in params.yml", edits: [("content/params.yml", "image: 1000x1000\nquantities:\n\tratio: full / local\n")],
             expected: "content/params.yml:3:1: error: invalid YAML: a tab indents this line; YAML indents with spaces only"),
        Case(name: "key indented differently from its sibling", edits: [("content/site.yml", "title: T\n  description: D\n")],
             expected: "content/site.yml:2:3: error: invalid YAML: 'description' is indented by 2 spaces but 'title' above it by 0"),
        // Better messages.
        Case(name: "scenario-qualified name", edits: [("content/05-p.md", "---\ntitle: P\n---\n\n共 {{ site.positions }} 个\n")],
             expected: "content/05-p.md:5:6: error: 'site.positions' names a scenario and a quantity, as `sitegen params` lists them; an expression reads the quantities of its own page's scenario (a chapter's inherits the site's), so write 'positions'"),
        Case(name: "Markdown characters in a placeholder", edits: [("content/05-p.md", "---\ntitle: P\n---\n\n共 {{ full*shared*2 }} 个\n")],
             expected: "content/05-p.md:5:3: error: the placeholder '{{ full*shared*2 }}' holds '*', which Markdown reads as markup before sitegen sees the placeholder; put spaces around '*' to multiply ({{ a * b }})"),
        Case(name: "quantity that is not whole", edits: [("content/params.yml", "image: 1000x1000\nquantities:\n  pool_out: out_width / 2\n")],
             expected: "content/params.yml:3:13: error: quantity 'pool_out': its value 991/2 is not a whole number; write floor(…), ceil(…) or round(…) around it to choose the whole number"),
        Case(name: "placeholder that is not whole", edits: [("content/05-p.md", "---\ntitle: P\n---\n\n共 {{ out_width / 2 | plain }} 个\n")],
             expected: "content/05-p.md:5:6: error: 'out_width / 2' = 991/2 is not a whole number, and format 'plain' writes exact integers only (auto, sci, cn, si and compact round); or write floor(…), ceil(…) or round(…) in the placeholder"),
        Case(name: "unknown function", edits: [("content/05-p.md", "---\ntitle: P\n---\n\n共 {{ flor(out_width / 2) }} 个\n")],
             expected: "content/05-p.md:5:6: error: 'flor' is not a function (functions: floor, ceil, round); did you mean 'floor'?"),
        Case(name: "format name by its meaning", edits: [("content/05-p.md", "---\ntitle: P\n---\n\n共 {{ full | chinese }} 个\n")],
             expected: "content/05-p.md:5:13: error: unknown number format 'chinese'; did you mean 'cn'?"),
        Case(name: "same-page anchor with a typo", edits: [("content/05-link.md", "---\ntitle: L\n---\n\n## 输出的尺寸\n\n见[这里](#输出尺寸)。\n")],
             expected: "content/05-link.md:7:2: error: link to '#输出尺寸': this page has no heading with that id; did you mean '输出的尺寸'?"),
        Case(name: "same-page anchor naming the start of a heading", edits: [("content/05-link.md", "---\ntitle: L\n---\n\n## 全连接 {{ full }}\n\n见[这里](#全连接)。\n")],
             expected: "content/05-link.md:7:2: error: link to '#全连接': this page has no heading with that id; did you mean '全连接-10¹²'?"),
        Case(name: "chapter link without .md", edits: [("content/05-link.md", "---\ntitle: L\n---\n\n见[这里](02-local#局部连接)。\n")],
             expected: "content/05-link.md:5:2: error: link to '02-local#局部连接': no such file; a link to a chapter names its Markdown file: did you mean '02-local.md#局部连接'?"),
    ]

    @Test(arguments: cases)
    func badInputIsReportedAndTheOutputIsUntouched(_ badCase: Case) throws {
        let site = try TestFolders.copyFixture("basic-site")
        defer { try? FileManager.default.removeItem(at: site) }
        // A previous good build.
        #expect(try SitegenProcess.run(["--quiet"], in: site).status == 0)
        let before = try TestFolders.snapshot(site.appendingPathComponent("public"))

        for (path, text) in badCase.edits {
            let url = site.appendingPathComponent(path)
            if let text {
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                var data = Data(text.utf8)
                if badCase.name == "invalid UTF-8" {
                    data = Data(text.replacingOccurrences(of: "\u{FFFF}", with: "").utf8) + [0xC3, 0x28]
                }
                try data.write(to: url)
            } else {
                try FileManager.default.removeItem(at: url)
            }
        }

        let result = try SitegenProcess.run([], in: site)
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        let messages = result.stderr.split(separator: "\n").map(String.init)
        #expect(messages.contains { $0.hasPrefix(badCase.expected) }, "expected '\(badCase.expected)…' in \(messages)")
        #expect(messages.last?.hasSuffix("nothing was written") == true)
        #expect(try TestFolders.snapshot(site.appendingPathComponent("public")) == before, "the output folder changed")
        // No staging folder is left behind (the kept previous build is reused by the next build).
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: site.path).filter { $0.contains("sitegen") && !$0.hasSuffix(".sitegen-previous") }
        #expect(leftovers.isEmpty, "\(leftovers)")
    }

    @Test func everyProblemOfARunIsReported() throws {
        let site = try TestFolders.copyFixture("basic-site")
        defer { try? FileManager.default.removeItem(at: site) }
        try Data("## no front matter\n".utf8).write(to: site.appendingPathComponent("content/05-a.md"))
        try Data("---\ntitle: B\n---\n\n[x](nope.md)\n".utf8).write(to: site.appendingPathComponent("content/06-b.md"))
        try Data("{{#broken}}\n".utf8).write(to: site.appendingPathComponent("templates/home.mustache"))
        let result = try SitegenProcess.run([], in: site)
        #expect(result.status == 1)
        #expect(result.stderr.contains("content/05-a.md:1:1: error:"))
        #expect(result.stderr.contains("templates/home.mustache:"))
        #expect(result.stderr.contains("sitegen: 2 errors; nothing was written"))
    }

    /// A front matter problem no longer hides the body's: the other pages and
    /// the body are still checked (only the core's checks when the front
    /// matter is not YAML, since its `params:` are unknown).
    @Test func frontMatterErrorsDoNotHideTheBodys() throws {
        let site = try TestFolders.copyFixture("basic-site")
        defer { try? FileManager.default.removeItem(at: site) }
        try Data("---\ntitle: Q\nweight: heavy\n---\n\n共 {{ fulll }} 个，见[别处](#nope)。\n".utf8).write(to: site.appendingPathComponent("content/05-q.md"))
        try Data("---\ntitle: 权值\nweight：7\n---\n\n共 {{ mine }} 个，见[别处](02-nope.md)。\n".utf8).write(to: site.appendingPathComponent("content/06-y.md"))
        try Data("---\ntitle: R\n---\n\n[x](nope.md)\n".utf8).write(to: site.appendingPathComponent("content/07-r.md"))
        let result = try SitegenProcess.run([], in: site)
        #expect(result.status == 1)
        let errors = result.stderr.split(separator: "\n").map(String.init).filter { $0.contains(": error: ") }
        #expect(errors == [
            "content/05-q.md:3:9: error: 'weight' must be a whole number, not 'heavy'",
            "content/05-q.md:6:6: error: unknown quantity 'fulll'; did you mean 'full'?",
            "content/05-q.md:6:18: error: link to '#nope': this page has no heading with that id",
            "content/06-y.md:3:7: error: invalid YAML: full-width colon '：' after 'weight'; YAML needs an ASCII colon and a space: weight: 7",
            "content/06-y.md:6:17: error: link to '02-nope.md': no such chapter",
            "content/07-r.md:5:1: error: link to 'nope.md': no such chapter",
        ], "\(result.stderr)")
        #expect(result.stderr.hasSuffix("sitegen: 6 errors; nothing was written\n"))
        #expect(!FileManager.default.fileExists(atPath: site.appendingPathComponent("public").path))

        // `render` of a lone file, too (outside a content folder).
        let render = try SitegenProcess.run(["render", "content/05-q.md", "--content", "none"], in: site)
        #expect(render.status == 1)
        #expect(render.stderr.contains("content/05-q.md:3:9: error: 'weight' must be a whole number"), "\(render.stderr)")
        #expect(render.stderr.contains("content/05-q.md:6:6: error: unknown quantity 'fulll'"), "\(render.stderr)")
    }

    @Test(arguments: ["/", "content", "templates", ".", "content/out", "templates/assets/out"])
    func refusesDangerousOutputFolders(_ output: String) throws {
        let site = try TestFolders.copyFixture("basic-site")
        defer { try? FileManager.default.removeItem(at: site) }
        let result = try SitegenProcess.run(["--output", output], in: site)
        #expect(result.status == 1)
        #expect(result.stderr.contains("error: refusing to use this output folder"))
        #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent("content/01-full.md").path))
        #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent("templates/chapter.mustache").path))
    }

    @Test func refusesToReplaceAFolderSitegenDidNotWrite() throws {
        let site = try TestFolders.copyFixture("basic-site")
        defer { try? FileManager.default.removeItem(at: site) }
        try FileManager.default.createDirectory(at: site.appendingPathComponent("public"), withIntermediateDirectories: true)
        try Data("precious".utf8).write(to: site.appendingPathComponent("public/notes.txt"))
        let result = try SitegenProcess.run([], in: site)
        #expect(result.status == 1)
        #expect(result.stderr.contains("did not write"))
        #expect(try Data(contentsOf: site.appendingPathComponent("public/notes.txt")) == Data("precious".utf8))
    }
}
