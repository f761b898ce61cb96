import ConfigTree
import ParamEngine
import SiteCore

/// ```params: the explainer's comparison as a table: each scheme's
/// connections and parameters, and how much smaller it is than the row before.
enum ParamsTable {
    static func block(body: ConfigNode?, numbers: NumberContext) throws(ConfigErrors) -> RenderedBlock {
        RenderedBlock(html: try html(body: body, numbers: numbers), text: text(numbers: numbers))
    }

    /// The table as plain text, a row a line (for search).
    static func text(numbers: NumberContext) -> String {
        let scenario = numbers.scenario
        let words = numbers.language.tables
        var lines = [words.schemesCaption, [words.schemeColumn, words.connectionsColumn, words.parametersColumn].joined(separator: " ")]
        for row in scenario.comparison() {
            let name = schemeName(row.scheme, scenario: scenario, numbers: numbers, asHTML: false)
            lines.append("\(name) \(numbers.format(row.connections).text) \(numbers.format(row.parameters).text)")
        }
        return lines.joined(separator: "\n")
    }

    static func html(body: ConfigNode?, numbers: NumberContext) throws(ConfigErrors) -> String {
        if let body, body.value != .null {
            throw ConfigErrors([ConfigError("a params block takes no settings (it shows the page's scenario); leave it empty", at: body.location)])
        }
        let scenario = numbers.scenario
        let words = numbers.language.tables
        func escaped(_ text: String) -> String { HTMLEscaping.escape(text) }
        var html = "<div class=\"table-scroll\" role=\"region\" aria-label=\"\(escaped(words.schemesCaption))\" tabindex=\"0\"><table class=\"params\">\n<caption>\(escaped(words.schemesCaption))</caption>\n"
        html += "<thead><tr><th scope=\"col\">\(escaped(words.schemeColumn))</th><th scope=\"col\">\(escaped(words.connectionsColumn))</th><th scope=\"col\">\(escaped(words.parametersColumn))</th><th scope=\"col\">\(escaped(words.comparedColumn))</th></tr></thead>\n<tbody>\n"
        for row in scenario.comparison() {
            let name = schemeName(row.scheme, scenario: scenario, numbers: numbers)
            let connections = numbers.format(row.connections).html
            let parameters = numbers.format(row.parameters).html
            html += "<tr><th scope=\"row\">\(name)</th><td>\(connections)</td><td>\(parameters)</td><td>\(change(row.reduction, numbers: numbers))</td></tr>\n"
        }
        return html + "</tbody>\n</table></div>"
    }

    /// The row's name, as HTML or as plain text (for search).
    static func schemeName(_ scheme: Scheme, scenario: Scenario, numbers: NumberContext, asHTML: Bool = true) -> String {
        let words = numbers.language.tables
        let text: (String) -> String = asHTML ? { HTMLEscaping.escape($0) } : { $0 }
        switch scheme {
        case .full: return text(words.fullRow)
        case .local: return text(words.localRow)
        case .shared: return text(words.sharedRow)
        case .filters:
            let count = scenario.value(of: .filterCount)
            let formatted = numbers.format(count, as: .plain)
            return words.kernelsRow(count, asHTML ? formatted.html : formatted.text)
        }
    }

    /// "÷10<sup>4</sup>" when the row is smaller, "×100" when larger, "—" for the first row.
    static func change(_ reduction: Rational?, numbers: NumberContext) -> String {
        guard let reduction else { return "—" }
        if reduction.isInteger, reduction.numerator >= 1 {
            return reduction.numerator == 1 ? HTMLEscaping.escape(numbers.language.tables.sameAsPrevious) : "÷" + numbers.format(reduction.numerator).html
        }
        if reduction.numerator == 1, reduction.denominator > 1 {
            return "×" + numbers.format(reduction.denominator).html
        }
        return (try? NumberFormat.sci.format(reduction, language: numbers.language).html).map { "÷" + $0 } ?? reduction.description
    }
}
