/// A problem in some input, with where it is.
///
/// Pure modules throw this; the site layer turns it into a compiler-style
/// diagnostic (`path:line:col: error: message`) by adding the file and shifting
/// the location to the file's coordinates.
public struct ConfigError: Error, Sendable, Hashable, CustomStringConvertible {
    public var location: SourceLocation
    public var message: String

    public init(_ message: String, at location: SourceLocation) {
        self.message = message
        self.location = location
    }

    public var description: String { "\(location): error: \(message)" }
}

/// Several problems found in one pass: pure modules report all they can find.
public struct ConfigErrors: Error, Sendable, Hashable {
    public var errors: [ConfigError]

    public init(_ errors: [ConfigError]) {
        self.errors = errors
    }
}
