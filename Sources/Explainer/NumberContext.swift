import ConfigTree
import Localization
import ParamEngine
import SiteCore

/// A page's numbers: its scenario, the site's default number format, and
/// the site's language (formats such as `compact` follow it, and so do the
/// words of tables and figures).
struct NumberContext: Sendable {
    var scenario: Scenario
    var defaultFormat: NumberFormat
    var language: LanguageCatalog

    /// Evaluates the inside of a placeholder (` full / local | orders `).
    /// Error locations are relative to `inside` (line 1).
    func evaluate(_ inside: String) throws(ConfigError) -> FormattedNumber {
        let placeholder = try Placeholder.parse(inside)
        return try placeholder.evaluate(in: scenario, defaultFormat: defaultFormat, language: language)
    }

    /// A whole number in a given format (tables, figure labels).
    func format(_ value: Int, as format: NumberFormat? = nil) -> FormattedNumber {
        do {
            return try (format ?? defaultFormat).format(value, language: language)
        } catch {
            // Only `orders` refuses integers (non-powers of ten): fall back to digits.
            return (try? NumberFormat.grouped.format(value, language: language)) ?? FormattedNumber(html: String(value), text: String(value))
        }
    }
}
