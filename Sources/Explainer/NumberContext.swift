import ConfigTree
import SiteCore
import ParamEngine

/// A page's numbers: its scenario and the site's default number format.
struct NumberContext: Sendable {
    var scenario: Scenario
    var defaultFormat: NumberFormat

    /// Evaluates the inside of a placeholder (` full / local | orders `).
    /// Error locations are relative to `inside` (line 1).
    func evaluate(_ inside: String) throws(ConfigError) -> FormattedNumber {
        let placeholder = try Placeholder.parse(inside)
        return try placeholder.evaluate(in: scenario, defaultFormat: defaultFormat)
    }

    /// A whole number in a given format (tables, figure labels).
    func format(_ value: Int, as format: NumberFormat? = nil) -> FormattedNumber {
        do {
            return try (format ?? defaultFormat).format(value)
        } catch {
            // Only `orders` refuses integers (non-powers of ten): fall back to digits.
            return (try? NumberFormat.grouped.format(value)) ?? FormattedNumber(html: String(value), text: String(value))
        }
    }
}
