import ConfigTree
import Localization

/// What is between `{{` and `}}` in chapter text: an expression and an optional
/// format, `{{ full }}`, `{{ full | cn }}`, `{{ full / local | orders }}`.
///
/// Parsing needs no scenario, so the site can check every placeholder's syntax
/// once; evaluation happens per chapter scenario. Error locations are on line 1,
/// column = offset in Unicode scalars in the inside text + 1; the site layer shifts them to
/// the file.
public struct Placeholder: Sendable, Hashable {
    public let expression: Expression
    /// The format after `|`, or nil to use the site's default.
    public let format: NumberFormat?

    /// Parses the text between `{{` and `}}` (spaces around the parts are allowed).
    public static func parse(_ inside: String) throws(ConfigError) -> Placeholder {
        let bytes = Array(inside.unicodeScalars)
        let bars = bytes.indices.filter { bytes[$0] == "|" }
        if bars.count > 1 {
            throw ConfigError("a placeholder has at most one '|', before its format", at: column(bars[1]))
        }
        let expressionEnd = bars.first ?? bytes.count
        let expressionText = String(String.UnicodeScalarView(bytes[..<expressionEnd]))
        if expressionText.allSatisfy({ $0 == " " || $0 == "\t" }) {
            throw ConfigError("empty placeholder: write a quantity or an expression, like {{ full }} or {{ full | cn }}",
                              at: column(firstNonSpace(bytes, from: 0, to: expressionEnd) ?? 0))
        }
        let expression = try Expression.parse(expressionText, at: .start)

        guard let bar = bars.first else { return Placeholder(expression: expression, format: nil) }
        guard let nameStart = firstNonSpace(bytes, from: bar + 1, to: bytes.count) else {
            let known = NumberFormat.allCases.map(\.rawValue).joined(separator: ", ")
            throw ConfigError("missing format after '|' (formats: \(known))", at: column(bar))
        }
        var nameEnd = bytes.count
        while nameEnd > nameStart, isSpace(bytes[nameEnd - 1]) { nameEnd -= 1 }
        let name = String(String.UnicodeScalarView(bytes[nameStart..<nameEnd]))
        let format = try NumberFormat.named(name, at: column(nameStart))
        return Placeholder(expression: expression, format: format)
    }

    /// The value in the placeholder's format (or `defaultFormat`), in the
    /// site's `language` (for `compact`). Unknown quantities, divisions by zero
    /// and overflows are errors at their place in the expression; a value the
    /// format cannot write exactly is an error at the expression's start.
    public func evaluate(
        in scenario: Scenario, defaultFormat: NumberFormat, language: LanguageCatalog = .default
    ) throws(ConfigError) -> FormattedNumber {
        let value = try expression.evaluate(in: scenario)
        let chosen = format ?? defaultFormat
        let bytes = Array(expression.text.unicodeScalars)
        let start = Self.firstNonSpace(bytes, from: 0, to: bytes.count) ?? 0
        var end = bytes.count
        while end > start, Self.isSpace(bytes[end - 1]) { end -= 1 }
        let written = String(String.UnicodeScalarView(bytes[start..<end]))
        let subject = "'\(written)'" + (value.description == written ? "" : " = \(value)")
        do throws(ConfigError) {
            return try chosen.format(value, subject: subject, language: language)
        } catch {
            throw ConfigError(error.message, at: Self.column(start))
        }
    }

    private static func column(_ scalarOffset: Int) -> SourceLocation {
        SourceLocation(line: 1, column: scalarOffset + 1)
    }

    private static func firstNonSpace(_ scalars: [Unicode.Scalar], from start: Int, to end: Int) -> Int? {
        (start..<max(start, end)).first { !isSpace(scalars[$0]) }
    }

    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t"
    }
}
