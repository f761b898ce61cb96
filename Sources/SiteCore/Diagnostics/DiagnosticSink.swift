import ConfigTree

/// Collects the problems of one file, so a stage can report all of them and go on.
public struct DiagnosticSink: Sendable {
    public let path: String
    /// The errors.
    public private(set) var diagnostics: [Diagnostic] = []
    /// What sitegen did that the author may not expect (raw HTML left out);
    /// kept apart, since only errors stop a page.
    public private(set) var warnings: [Diagnostic] = []
    /// `--strict` or `strict: true`: a warning is recorded as an error.
    public var warningsAreErrors = false

    public init(path: String) {
        self.path = path
    }

    public var isEmpty: Bool { diagnostics.isEmpty }

    public mutating func error(_ message: String, line: Int = 1, column: Int = 1) {
        diagnostics.append(Diagnostic(path: path, line: line, column: column, message: message))
    }

    public mutating func error(_ message: String, at location: SourceLocation) {
        diagnostics.append(Diagnostic(path: path, location: location, message: message))
    }

    public mutating func warning(_ message: String, at location: SourceLocation) {
        var diagnostic = Diagnostic(path: path, location: location, message: message)
        if warningsAreErrors {
            diagnostics.append(diagnostic)
        } else {
            diagnostic.severity = .warning
            warnings.append(diagnostic)
        }
    }

    /// Problems from a pure module, found in a text that starts at `origin` in this file.
    public mutating func add(_ error: ConfigError, origin: SourceLocation = .start) {
        diagnostics.append(Diagnostic(path: path, error: error, origin: origin))
    }

    public mutating func add(_ errors: ConfigErrors, origin: SourceLocation = .start) {
        for error in errors.errors { add(error, origin: origin) }
    }

    public mutating func append(contentsOf other: [Diagnostic]) {
        diagnostics.append(contentsOf: other)
    }
}
