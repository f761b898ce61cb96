import ArgumentParser
import SiteKit

import Foundation

/// Exit statuses: 1 when the input is wrong, 2 when sitegen itself failed.
enum ExitStatus {
    static let inputError = ExitCode(1)
    static let internalError = ExitCode(2)
}

/// Prints every problem compiler-style to standard error and ends with status 1.
func report(_ failure: BuildFailure) -> ExitCode {
    for diagnostic in failure.diagnostics {
        printError(diagnostic.description)
    }
    let count = failure.diagnostics.count
    printError("sitegen: \(count) error\(count == 1 ? "" : "s"); nothing was written")
    return ExitStatus.inputError
}

func printError(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
}
