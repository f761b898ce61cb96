import Foundation
import TestFolders
import Testing

/// Every CommonMark example rendered by `sitegen render` gives the same HTML
/// as the `cmark-gfm` CLI with the same extensions and options, once what
/// sitegen adds on purpose is taken out: heading ids and anchors, the
/// scrolling region around tables, the names of task-list boxes, figures
/// made of titled images alone in their paragraph; and in both, the names
/// footnotes carry (cmark-gfm's ids hold the label, sitegen's the number;
/// the back-links are named in different languages). The CommonMark examples
/// live in ../shared/commonmark (present in CI; a user's clone has no
/// ../shared, and those tests skip); GitHub's extension examples and sitegen's
/// own are in Tests/Conformance.
@Suite struct CommonMarkConformanceTests {
    struct Mode: Sendable, CustomTestStringConvertible {
        var file: String
        var smart: Bool
        var unsafe: Bool
        var testDescription: String { "\(file)\(smart ? " --smart" : "")\(unsafe ? " --unsafe" : "")" }
    }

    static let commonMarkModes = [
        Mode(file: "spec.txt", smart: false, unsafe: false),
        Mode(file: "spec.txt", smart: false, unsafe: true),
        Mode(file: "smart_punct.txt", smart: true, unsafe: false),
        Mode(file: "regression.txt", smart: false, unsafe: false),
    ]

    static let extensionModes = [
        Mode(file: "extensions.txt", smart: false, unsafe: false),
        Mode(file: "extensions.txt", smart: false, unsafe: true),
        Mode(file: "sitegen-gfm.txt", smart: false, unsafe: false),
        Mode(file: "sitegen-gfm.txt", smart: true, unsafe: true),
    ]

    @Test(.enabled(if: CommonMarkExamples.sharedAvailable, "../shared/commonmark is absent: CommonMark conformance is checked in CI only"),
          arguments: commonMarkModes)
    func sitegenRendersEveryCommonMarkExampleAsCmarkGFMDoes(_ mode: Mode) async throws {
        try await compare(mode, folder: CommonMarkExamples.sharedFolder)
    }

    @Test(arguments: extensionModes)
    func sitegenRendersEveryExtensionExampleAsCmarkGFMDoes(_ mode: Mode) async throws {
        try await compare(mode, folder: CommonMarkExamples.extensionFolder)
    }

    func compare(_ mode: Mode, folder: URL) async throws {
        guard let cli = CommonMarkExamples.cmarkGFM else {
            Issue.record("the cmark-gfm CLI is not on PATH: install it (apt-get install cmark-gfm, brew install cmark-gfm) to check conformance")
            return
        }
        let examples = try CommonMarkExamples.load(folder.appendingPathComponent(mode.file))
        #expect(examples.count >= 9)
        // A content folder with only site.yml, carrying the Markdown options.
        let content = try TestFolders.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: content) }
        try Data("markdown:\n  smart: \(mode.smart)\n  unsafe_html: \(mode.unsafe)\n".utf8).write(to: content.appendingPathComponent("site.yml"))
        let contentPath = content.path
        let cliArguments = CommonMarkExamples.cliArguments + (mode.smart ? ["--smart"] : []) + (mode.unsafe ? ["--unsafe"] : [])

        let results = try await withThrowingTaskGroup(of: (Int, String?).self) { group in
            var mismatches: [(Int, String?)] = []
            var next = 0
            func add(_ index: Int) {
                let example = examples[index]
                group.addTask {
                    let result = try SitegenProcess.run(["render", "-", "--content", contentPath], stdin: example.markdown)
                    guard result.status == 0 else { return (index, "exit \(result.status): \(result.stderr)") }
                    let reference = try SitegenProcess.run(cliArguments, stdin: example.markdown, program: cli)
                    guard reference.status == 0 else { return (index, "cmark-gfm exit \(reference.status): \(reference.stderr)") }
                    let actual = CommonMarkExamples.footnotesWithoutNames(CommonMarkExamples.removingSitegenAdditions(result.stdout))
                    let expected = CommonMarkExamples.footnotesWithoutNames(reference.stdout)
                    return (index, actual == expected ? nil : "sitegen:\n\(actual)\ncmark-gfm:\n\(expected)")
                }
            }
            // Four examples in flight: each mostly waits on process start-up.
            while next < min(4, examples.count) { add(next); next += 1 }
            while let (index, problem) = try await group.next() {
                if problem != nil { mismatches.append((index, problem)) }
                if next < examples.count { add(next); next += 1 }
            }
            return mismatches
        }
        for (index, problem) in results.sorted(by: { $0.0 < $1.0 }) {
            Issue.record("\(mode.file) example \(examples[index].number) (line \(examples[index].line)):\n\(examples[index].markdown)\n\(problem ?? "")")
        }
        print("Conformance, \(mode.testDescription): \(examples.count - results.count) of \(examples.count) examples match cmark-gfm")
    }

    @Test func headingAnchorsAreTheOnlyDifference() {
        let html = "<h2 id=\"权值共享\">权值 <em>共享</em><a class=\"anchor\" href=\"#权值共享\" aria-label=\"本节链接\">#</a></h2>\n"
        #expect(CommonMarkExamples.removingSitegenAdditions(html) == "<h2>权值 <em>共享</em></h2>\n")
    }

    @Test func footnoteNamesAreTakenOutOfBoth() {
        let sitegen = "<a href=\"#fn-1\" id=\"fnref-1-2\" data-footnote-ref>1</a><li id=\"fn-1\"><a href=\"#fnref-1\" class=\"footnote-backref\" data-footnote-backref aria-label=\"返回正文\">↩</a>"
        let cmark = "<a href=\"#fn-%E8%AF%B4\" id=\"fnref-%E8%AF%B4-2\" data-footnote-ref>1</a><li id=\"fn-%E8%AF%B4\"><a href=\"#fnref-%E8%AF%B4\" class=\"footnote-backref\" data-footnote-backref aria-label=\"Back to content\">↩</a>"
        #expect(CommonMarkExamples.footnotesWithoutNames(sitegen) == CommonMarkExamples.footnotesWithoutNames(cmark))
        #expect(CommonMarkExamples.footnotesWithoutNames(sitegen) == "<a href=\"#fn-•\" id=\"fnref-•\" data-footnote-ref>1</a><li id=\"fn-•\"><a href=\"#fnref-•\" class=\"footnote-backref\" data-footnote-backref>↩</a>")
    }

    @Test func figuresGoBackToTitledImages() {
        let html = "<figure class=\"image\">\n<img src=\"train.jpg\" alt=\"foo bar\" />\n<figcaption>train &amp; tracks</figcaption>\n</figure>\n"
        #expect(CommonMarkExamples.removingSitegenAdditions(html) == "<p><img src=\"train.jpg\" alt=\"foo bar\" title=\"train &amp; tracks\" /></p>\n")
    }

    @Test func tableRegionsAndTaskBoxNamesAreTakenOut() {
        let html = "<div class=\"table-scroll\" role=\"region\" aria-label=\"表格：a\" tabindex=\"0\">\n<table>\n<tr><td>x</td></tr>\n</table>\n</div>\n<ul>\n<li><input type=\"checkbox\" checked=\"\" disabled=\"\" aria-label=\"已完成\" /> a</li>\n</ul>\n"
        #expect(CommonMarkExamples.removingSitegenAdditions(html) == "<table>\n<tr><td>x</td></tr>\n</table>\n<ul>\n<li><input type=\"checkbox\" checked=\"\" disabled=\"\" /> a</li>\n</ul>\n")
    }
}

/// The examples of a CommonMark test file (format: ../shared/commonmark/README.md).
enum CommonMarkExamples {
    struct Example: Sendable {
        var number: Int
        var line: Int
        var markdown: String
    }

    static let sharedFolder = Paths.shared.appendingPathComponent("commonmark")
    static var sharedAvailable: Bool { FileManager.default.fileExists(atPath: sharedFolder.appendingPathComponent("spec.txt").path) }
    static let extensionFolder = TestFolders.repositoryRoot.appendingPathComponent("Tests/Conformance")

    /// The extensions and fixed options sitegen renders with (see `MarkdownOptions`).
    /// cmark-gfm 0.29's CLI turns footnotes on as `-e footnotes` (it has no `--footnotes`).
    static let cliArguments = ["-e", "table", "-e", "strikethrough", "-e", "autolink", "-e", "tasklist",
                               "-e", "footnotes", "--table-prefer-style-attributes"]

    /// The `cmark-gfm` executable on PATH, if any.
    static let cmarkGFM: URL? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for folder in path.split(separator: ":") {
            let candidate = URL(fileURLWithPath: String(folder)).appendingPathComponent("cmark-gfm")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return nil
    }()

    static func load(_ file: URL) throws -> [Example] {
        let text = try String(contentsOf: file, encoding: .utf8)
        let fence = String(repeating: "`", count: 32)
        var examples: [Example] = []
        var inExample = false, inOutput = false
        var markdown = "", start = 0
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if !inExample, line == fence + " example" {
                inExample = true; inOutput = false; markdown = ""; start = index + 1
            } else if inExample, line == fence {
                inExample = false
                examples.append(Example(number: examples.count + 1, line: start, markdown: markdown.replacingOccurrences(of: "→", with: "\t")))
            } else if inExample, !inOutput {
                if line == "." { inOutput = true } else { markdown += line + "\n" }
            }
        }
        return examples
    }

    /// `id="fn-说明"`, `href="#fnref-2-3"` → `id="fn-•"`, `href="#fnref-•"`;
    /// back-links lose their `aria-label`.
    static func footnotesWithoutNames(_ html: String) -> String {
        let result = html.replacing(try! Regex(##"(id="|href="#)(fn|fnref)-[^"]*""##)) { match in
            "\(match.output[1].substring ?? "")\(match.output[2].substring ?? "")-•\""
        }
        return result.replacing(try! Regex(##" data-footnote-backref aria-label="[^"]*""##), with: " data-footnote-backref")
    }

    /// `<h2 id="x">…<a class="anchor" …>#</a></h2>` → `<h2>…</h2>`; a table's
    /// scrolling region → the table; a task box's `aria-label` → none; a
    /// captioned image's figure → the paragraph with the titled image.
    static func removingSitegenAdditions(_ html: String) -> String {
        var result = html
        result = result.replacing(try! Regex(#"<figure class="image">\n(<img [^\n]*?) />\n<figcaption>([^\n]*)</figcaption>\n</figure>\n"#)) { match in
            "<p>\(match.output[1].substring ?? "") title=\"\(match.output[2].substring ?? "")\" /></p>\n"
        }
        result = result.replacing(try! Regex(#"<div class="table-scroll" role="region" aria-label="[^"]*" tabindex="0">\n<table>"#), with: "<table>")
        result = result.replacing("</table>\n</div>\n", with: "</table>\n")
        result = result.replacing(try! Regex(#"(<input type="checkbox"(?: checked="")? disabled="") aria-label="[^"]*""#)) { match in String(match.output[1].substring ?? "") }
        let idPattern = try! Regex(#"<h([1-6]) id="[^"]*">"#)
        result = result.replacing(idPattern) { match in "<h\(match.output[1].substring ?? "")>" }
        let anchorPattern = try! Regex(#"<a class="anchor" href="[^"]*" aria-label="[^"]*">#</a>(</h[1-6]>)"#)
        result = result.replacing(anchorPattern) { match in String(match.output[1].substring ?? "") }
        return result
    }
}
