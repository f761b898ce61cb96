import ConfigTree

/// Collects the problems of one file, so a stage can report all of them and go on.
public struct DiagnosticSink: Sendable {
    public let path: String
    public private(set) var diagnostics: [Diagnostic] = []

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
