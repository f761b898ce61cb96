import ArgumentParser
import SiteCore

import Foundation

/// Exit statuses: 1 when the input is wrong, 2 when sitegen itself failed.
enum ExitStatus {
    static let inputError = ExitCode(1)
    static let internalError = ExitCode(2)
}

/// How problems are printed on standard error.
enum DiagnosticFormat: String, ExpressibleByArgument, CaseIterable {
    /// `path:line:col: error: message`, the source line and a caret, then a summary line.
    case text
    /// One JSON object per line and nothing else: `{"path", "line", "column", "severity", "message"}`.
    case json
}

/// The `--diagnostics` option every command takes.
struct DiagnosticOptions: ParsableArguments {
    @Option(name: .customLong("diagnostics"), help: "How problems are printed on standard error: text (with the source line and a caret) or json (one object per line: path, line, column, severity, message).")
    var format: DiagnosticFormat = .text
}

/// The content and templates folders of a command, whose project's files may be shown.
struct Project {
    var content: String
    var templates = "templates"
}

/// Prints every problem to standard error; the exit status is 1 for wrong
/// input, 2 when the output could not be written. As text, each problem is
/// compiler-style with its source line and a caret below, and `outcome` ends
/// the summary line ("nothing was written" for builds). `sources` holds texts
/// that are not files (standard input), by the path diagnostics give them;
/// other files are read again to show their lines.
func report(_ failure: BuildFailure, outcome: String? = "nothing was written", format: DiagnosticFormat, project: Project, sources: [String: String] = [:]) -> ExitCode {
    printDiagnostics(failure.diagnostics, format: format, project: project, sources: sources)
    if format == .text {
        let count = failure.diagnostics.count
        printError("sitegen: \(count) error\(count == 1 ? "" : "s")" + (outcome.map { "; \($0)" } ?? ""))
    }
    return failure.isSystemFailure ? ExitStatus.internalError : ExitStatus.inputError
}

/// Prints problems (errors or warnings) on standard error: compiler-style
/// with the source line and a caret, or one JSON object per line.
/// Source lines are read only from files inside `project` (see `SourceExcerpt.projectText`).
func printDiagnostics(_ diagnostics: [Diagnostic], format: DiagnosticFormat, project: Project, sources: [String: String] = [:]) {
    var renderer = DiagnosticRenderer(format: format, project: project, sources: sources)
    var output = ""
    for diagnostic in diagnostics { output += renderer.render(diagnostic) + "\n" }
    // One write: thousands of errors are not thousands of system calls.
    FileHandle.standardError.write(Data(output.utf8))
}

/// Turns diagnostics into the text the terminal shows, one at a time, so
/// that `build` (all at once) and `serve` (per rebuild, and in the browser's
/// error overlay) print them alike.
struct DiagnosticRenderer {
    let format: DiagnosticFormat
    let project: Project
    /// Texts that are not files (standard input), by the path diagnostics give them.
    let sources: [String: String]
    /// Each file is indexed once, however many of its lines are shown.
    private var indexes: [String: SourceLineIndex] = [:]

    init(format: DiagnosticFormat, project: Project, sources: [String: String] = [:]) {
        self.format = format
        self.project = project
        self.sources = sources
    }

    /// As text: `path:line:col: error: message`, then the source line and a
    /// caret below (when the line can be shown), joined by line breaks; as
    /// JSON, one object. No final line break.
    mutating func render(_ diagnostic: Diagnostic) -> String {
        switch format {
        case .json:
            return diagnostic.json
        case .text:
            let index = indexes[diagnostic.path] ?? {
                let text = sources[diagnostic.path] ?? SourceExcerpt.projectText(at: diagnostic.path, content: project.content, templates: project.templates) ?? ""
                let index = SourceLineIndex(text)
                indexes[diagnostic.path] = index
                return index
            }()
            let excerpt = SourceExcerpt.lines(for: diagnostic, in: index) ?? []
            return ([diagnostic.description] + excerpt).joined(separator: "\n")
        }
    }
}

func printError(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
}
