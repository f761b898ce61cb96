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

/// Prints every problem to standard error; the exit status is 1 for wrong
/// input, 2 when the output could not be written. As text, each problem is
/// compiler-style with its source line and a caret below, and `outcome` ends
/// the summary line ("nothing was written" for builds). `sources` holds texts
/// that are not files (standard input), by the path diagnostics give them;
/// other files are read again to show their lines.
func report(_ failure: BuildFailure, outcome: String? = "nothing was written", format: DiagnosticFormat, sources: [String: String] = [:]) -> ExitCode {
    switch format {
    case .json:
        for diagnostic in failure.diagnostics {
            printError(diagnostic.json)
        }
    case .text:
        var texts = sources
        for diagnostic in failure.diagnostics {
            printError(diagnostic.description)
            if texts[diagnostic.path] == nil {
                texts[diagnostic.path] = sourceText(at: diagnostic.path) ?? ""
            }
            if let text = texts[diagnostic.path], let excerpt = SourceExcerpt.lines(for: diagnostic, in: text) {
                for line in excerpt { printError(line) }
            }
        }
        let count = failure.diagnostics.count
        printError("sitegen: \(count) error\(count == 1 ? "" : "s")" + (outcome.map { "; \($0)" } ?? ""))
    }
    return failure.isSystemFailure ? ExitStatus.internalError : ExitStatus.inputError
}

/// The text of a regular file a diagnostic names (folders and missing files
/// show no excerpt); invalid UTF-8 shows as U+FFFD, one per bad sequence, as
/// columns count them.
private func sourceText(at path: String) -> String? {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue,
          let data = FileManager.default.contents(atPath: path) else { return nil }
    return String(decoding: data, as: UTF8.self)
}

func printError(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
}
