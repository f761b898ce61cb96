import Ccmark
import Foundation
import TestFolders
import Testing

/// Every CommonMark example rendered by `sitegen render` gives the same HTML
/// as libcmark alone with the same options, once the heading ids and anchors
/// sitegen adds are taken out. The examples live in ../shared/commonmark
/// (present in CI; a user's clone has no ../shared, and these tests skip).
@Suite(.enabled(if: CommonMarkExamples.available, "../shared/commonmark is absent: CommonMark conformance is checked in CI only"))
struct CommonMarkConformanceTests {
    struct Mode: Sendable, CustomTestStringConvertible {
        var file: String
        var smart: Bool
        var unsafe: Bool
        var testDescription: String { "\(file)\(smart ? " --smart" : "")\(unsafe ? " --unsafe" : "")" }
    }

    static let modes = [
        Mode(file: "spec.txt", smart: false, unsafe: false),
        Mode(file: "spec.txt", smart: false, unsafe: true),
        Mode(file: "smart_punct.txt", smart: true, unsafe: false),
        Mode(file: "regression.txt", smart: false, unsafe: false),
    ]

    @Test(arguments: modes)
    func sitegenRendersEveryExampleAsLibcmarkDoes(_ mode: Mode) async throws {
        let examples = try CommonMarkExamples.load(mode.file)
        #expect(examples.count > 10)
        // A content folder with only site.yml, carrying the Markdown options.
        let content = try TestFolders.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: content) }
        try Data("markdown:\n  smart: \(mode.smart)\n  unsafe_html: \(mode.unsafe)\n".utf8).write(to: content.appendingPathComponent("site.yml"))

        let options = (mode.smart ? CMARK_OPT_SMART : 0) | (mode.unsafe ? CMARK_OPT_UNSAFE : 0)
        let contentPath = content.path

        let results = try await withThrowingTaskGroup(of: (Int, String?).self) { group in
            var mismatches: [(Int, String?)] = []
            var next = 0
            func add(_ index: Int) {
                let example = examples[index]
                group.addTask {
                    let result = try SitegenProcess.run(["render", "-", "--content", contentPath], stdin: example.markdown)
                    guard result.status == 0 else { return (index, "exit \(result.status): \(result.stderr)") }
                    let expected = CommonMarkExamples.libcmark(example.markdown, options: options)
                    let actual = CommonMarkExamples.removingHeadingAnchors(result.stdout)
                    return (index, actual == expected ? nil : "sitegen:\n\(actual)\nlibcmark:\n\(expected)")
                }
            }
            // Four processes in flight: each mostly waits on process start-up.
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
        print("CommonMark conformance, \(mode.testDescription): \(examples.count - results.count) of \(examples.count) examples match libcmark")
    }

    @Test func headingAnchorsAreTheOnlyDifference() {
        let html = "<h2 id=\"权值共享\">权值 <em>共享</em><a class=\"anchor\" href=\"#权值共享\" aria-label=\"本节链接\">#</a></h2>\n"
        #expect(CommonMarkExamples.removingHeadingAnchors(html) == "<h2>权值 <em>共享</em></h2>\n")
    }
}

/// The examples of a CommonMark test file (format: ../shared/commonmark/README.md).
enum CommonMarkExamples {
    struct Example: Sendable {
        var number: Int
        var line: Int
        var markdown: String
    }

    static let folder = Paths.shared.appendingPathComponent("commonmark")
    static var available: Bool { FileManager.default.fileExists(atPath: folder.appendingPathComponent("spec.txt").path) }

    static func load(_ file: String) throws -> [Example] {
        let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
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

    static func libcmark(_ markdown: String, options: Int32) -> String {
        var text = markdown
        return text.withUTF8 { buffer -> String in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                guard let html = cmark_markdown_to_html(chars.baseAddress, chars.count, options) else { return "" }
                defer { free(html) }
                return String(cString: html)
            }
        }
    }

    /// `<h2 id="x">…<a class="anchor" …>#</a></h2>` → `<h2>…</h2>`.
    static func removingHeadingAnchors(_ html: String) -> String {
        var result = html
        let idPattern = try! Regex(#"<h([1-6]) id="[^"]*">"#)
        result = result.replacing(idPattern) { match in "<h\(match.output[1].substring ?? "")>" }
        let anchorPattern = try! Regex(#"<a class="anchor" href="[^"]*" aria-label="[^"]*">#</a>(</h[1-6]>)"#)
        result = result.replacing(anchorPattern) { match in String(match.output[1].substring ?? "") }
        return result
    }
}
