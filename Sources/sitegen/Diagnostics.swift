import ArgumentParser
import SiteCore

import Foundation

/// Exit statuses: 1 when the input is wrong, 2 when sitegen itself failed.
enum ExitStatus {
    static let inputError = ExitCode(1)
    static let internalError = ExitCode(2)
}

/// Prints every problem compiler-style to standard error; the exit status is
/// 1 for wrong input, 2 when the output could not be written. `outcome` ends
/// the summary line ("nothing was written" for builds).
func report(_ failure: BuildFailure, outcome: String? = "nothing was written") -> ExitCode {
    for diagnostic in failure.diagnostics {
        printError(diagnostic.description)
    }
    let count = failure.diagnostics.count
    printError("sitegen: \(count) error\(count == 1 ? "" : "s")" + (outcome.map { "; \($0)" } ?? ""))
    return failure.isSystemFailure ? ExitStatus.internalError : ExitStatus.inputError
}

func printError(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
}
