import ConfigTree
import ParamEngine

/// ```params: the explainer's comparison as a table: each scheme's
/// connections and parameters, and how much smaller it is than the row before.
enum ParamsTable {
    static func render(body: ConfigNode?, numbers: NumberContext) throws(ConfigErrors) -> RenderedBlock {
        if let body, body.value != .null {
            throw ConfigErrors([ConfigError("a params block takes no settings (it shows the page's scenario); leave it empty", at: body.location)])
        }
        let scenario = numbers.scenario
        var lines = ["连接方式与参数量", "连接方式 连接数 参数量"]
        var html = "<div class=\"table-scroll\" role=\"region\" aria-label=\"连接方式与参数量\" tabindex=\"0\"><table class=\"params\">\n<caption>连接方式与参数量</caption>\n"
        html += "<thead><tr><th scope=\"col\">连接方式</th><th scope=\"col\">连接数</th><th scope=\"col\">参数量</th><th scope=\"col\">比上一行</th></tr></thead>\n<tbody>\n"
        for row in scenario.comparison() {
            let name = schemeName(row.scheme, scenario: scenario, numbers: numbers)
            let connections = numbers.format(row.connections).html
            let parameters = numbers.format(row.parameters).html
            html += "<tr><th scope=\"row\">\(name)</th><td>\(connections)</td><td>\(parameters)</td><td>\(change(row.reduction, numbers: numbers))</td></tr>\n"
            lines.append("\(schemeName(row.scheme, scenario: scenario, numbers: numbers, asHTML: false)) \(numbers.format(row.connections).text) \(numbers.format(row.parameters).text)")
        }
        return RenderedBlock(html: html + "</tbody>\n</table></div>", text: lines.joined(separator: "\n"))
    }

    static func schemeName(_ scheme: Scheme, scenario: Scenario, numbers: NumberContext, asHTML: Bool = true) -> String {
        switch scheme {
        case .full: return "全连接"
        case .local: return "局部连接"
        case .shared: return "权值共享（1 个卷积核）"
        case .filters:
            let formatted = numbers.format(scenario.value(of: .filterCount), as: .plain)
            let count = asHTML ? formatted.html : formatted.text
            return "\(count) 个卷积核"
        }
    }

    /// "÷10<sup>4</sup>" when the row is smaller, "×100" when larger, "—" for the first row.
    static func change(_ reduction: Rational?, numbers: NumberContext) -> String {
        guard let reduction else { return "—" }
        if reduction.isInteger, reduction.numerator >= 1 {
            return reduction.numerator == 1 ? "相同" : "÷" + numbers.format(reduction.numerator).html
        }
        if reduction.numerator == 1, reduction.denominator > 1 {
            return "×" + numbers.format(reduction.denominator).html
        }
        return (try? NumberFormat.sci.format(reduction).html).map { "÷" + $0 } ?? reduction.description
    }
}
