import ConfigTree

/// One problem in the input, reported the way compilers do:
/// `path:line:col: error: message` (or `warning:`).
public struct Diagnostic: Error, Sendable, Hashable, Comparable, CustomStringConvertible {
    /// An error fails the build; a warning is printed and the build goes on
    /// (unless it is strict, where warnings are made errors as they are found).
    public enum Severity: String, Sendable, Hashable {
        case error, warning
    }

    public var path: String
    public var line: Int
    public var column: Int
    public var message: String
    public var severity: Severity = .error

    public init(path: String, line: Int = 1, column: Int = 1, message: String) {
        self.path = path
        self.line = max(1, line)
        self.column = max(1, column)
        self.message = message
    }

    /// A problem found by a pure module, at `location` relative to a text that
    /// starts at `origin` in the file (both 1-based).
    public init(path: String, error: ConfigError, origin: SourceLocation = .start) {
        self.init(path: path, location: error.location.shifted(by: origin), message: error.message)
    }

    public init(path: String, location: SourceLocation, message: String) {
        self.init(path: path, line: location.line, column: location.column, message: message)
    }

    public var description: String { "\(path):\(line):\(column): \(severity.rawValue): \(message)" }

    /// The diagnostic as one JSON object, for editors and CI:
    /// `{"path": …, "line": …, "column": …, "severity": "error" or "warning", "message": …}`.
    /// Columns count Unicode scalars, lines and columns start at 1.
    public var json: String {
        "{\"path\": \(JSONString.literal(path)), \"line\": \(line), \"column\": \(column), \"severity\": \"\(severity.rawValue)\", \"message\": \(JSONString.literal(message))}"
    }

    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        (lhs.path, lhs.line, lhs.column, lhs.message) < (rhs.path, rhs.line, rhs.column, rhs.message)
    }
}

/// The build failed; every problem found is listed.
public struct BuildFailure: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [Diagnostic]
    /// True when sitegen could not do its work (the output could not be
    /// written), rather than the input being wrong: exit status 2, not 1.
    public var isSystemFailure: Bool

    /// The content as far as it could be read, when only pages' front
    /// matter is wrong: their bodies can still be checked.
    var unfinishedSite: UnfinishedSite?

    public init(_ diagnostics: [Diagnostic], isSystemFailure: Bool = false) {
        self.diagnostics = diagnostics.sorted()
        self.isSystemFailure = isSystemFailure
    }

    public var description: String {
        diagnostics.map(\.description).joined(separator: "\n")
    }
}
