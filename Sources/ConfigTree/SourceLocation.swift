/// A position in a source text: 1-based line and column. Columns count
/// Unicode scalars (characters) everywhere: libyaml counts them too, and the
/// site layer converts cmark's byte columns on their source line.
///
/// Positions inside ConfigTree values are relative to the text that was parsed
/// (a YAML block, a placeholder); the site layer shifts them to file positions.
public struct SourceLocation: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    /// The start of a text.
    public static let start = SourceLocation(line: 1, column: 1)

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }

    public var description: String { "\(line):\(column)" }

    /// This location, taken relative to a text that starts at `origin` in a file,
    /// as a location in the file. Columns shift only on the text's first line.
    public func shifted(by origin: SourceLocation) -> SourceLocation {
        SourceLocation(
            line: origin.line + line - 1,
            column: line == 1 ? origin.column + column - 1 : column
        )
    }
}
