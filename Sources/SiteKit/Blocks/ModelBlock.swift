import ConfigTree
import Networks
import ParamEngine

/// ```model: a network's per-layer table, like a model summary, with the
/// share of convolution against dense parameters.
enum ModelBlock {
    static func render(body: ConfigNode?, plan: SitePlan, numbers: NumberContext) throws(ConfigErrors) -> RenderedBlock {
        guard let body else {
            throw ConfigErrors([ConfigError("a model block needs 'name: MODEL' (a file in content/models/) or a whole model declaration", at: .start)])
        }
        let model: NetworkModel
        if let entries = body.entries, entries.count == 1, entries[0].key == "name", let name = entries[0].value.scalar {
            guard let known = plan.models[name] else {
                throw ConfigErrors([ConfigError("no model named '\(name)' in content/models/\(Suggestion.didYouMean(name, in: plan.models.keys.sorted()))", at: entries[0].value.location)])
            }
            model = known
        } else {
            model = try NetworkModel(declaration: body)
        }
        return RenderedBlock(html: table(model, numbers: numbers), text: text(model, numbers: numbers))
    }

    /// The table's caption and rows as plain text, one row a line.
    static func text(_ model: NetworkModel, numbers: NumberContext) -> String {
        var lines = ["\(model.title ?? model.name) 的逐层参数", "层 输出形状 参数量", "输入 \(model.input.description)"]
        for row in model.rows {
            lines.append("\(row.path.isEmpty ? row.displayName : row.path) \(row.type.rawValue) \(row.output.description) \(numbers.format(row.parameters, as: .grouped).text)")
        }
        lines.append("合计 \(numbers.format(model.totalParameters, as: .grouped).text)")
        return lines.joined(separator: "\n")
    }

    static func table(_ model: NetworkModel, numbers: NumberContext) -> String {
        let total = model.totalParameters
        func grouped(_ value: Int) -> String { numbers.format(value, as: .grouped).html }
        func share(_ value: Int) -> String {
            guard total > 0 else { return "0%" }
            let permille = (Double(value) / Double(total) * 1000).rounded()
            return String(format: "%.1f%%", permille / 10)
        }
        let title = HTMLEscaping.escape(model.title ?? model.name)
        var html = "<div class=\"model\">\n<div class=\"table-scroll\" role=\"region\" aria-label=\"\(title) 的逐层参数\" tabindex=\"0\"><table class=\"model-table\">\n<caption>\(title) 的逐层参数</caption>\n"
        html += "<thead><tr><th scope=\"col\">层</th><th scope=\"col\">输出形状</th><th scope=\"col\">参数量</th><th scope=\"col\">占比</th></tr></thead>\n<tbody>\n"
        html += "<tr class=\"model-input\"><th scope=\"row\">输入</th><td>\(HTMLEscaping.escape(model.input.description))</td><td></td><td></td></tr>\n"
        for row in model.rows {
            let indent = row.depth > 0 ? " style=\"padding-left:\(row.depth + 1)em\"" : ""
            let name = HTMLEscaping.escape(row.path.isEmpty ? row.displayName : row.path)
            let type = HTMLEscaping.escape(row.type.rawValue)
            html += "<tr class=\"layer-\(row.category.rawValue)\"><th scope=\"row\"\(indent)><code>\(name)</code> <span class=\"layer-type\">\(type)</span></th>"
            html += "<td>\(HTMLEscaping.escape(row.output.description))</td><td>\(grouped(row.parameters))</td><td>\(row.parameters > 0 ? share(row.parameters) : "")</td></tr>\n"
        }
        html += "</tbody>\n<tfoot><tr><th scope=\"row\">合计</th><td></td><td>\(grouped(total))</td><td>100%</td></tr></tfoot>\n</table></div>\n"
        let conv = model.convolutionParameters, dense = model.denseParameters, other = model.otherParameters
        html += "<div class=\"share-bar\" role=\"img\" aria-label=\"卷积层 \(share(conv)),全连接层 \(share(dense))\(other > 0 ? ",其他 \(share(other))" : "")\">"
        html += "<span class=\"share-conv\" style=\"width:\(share(conv))\">卷积 \(share(conv))</span>"
        html += "<span class=\"share-dense\" style=\"width:\(share(dense))\">全连接 \(share(dense))</span>"
        if other > 0 { html += "<span class=\"share-other\" style=\"width:\(share(other))\">其他 \(share(other))</span>" }
        return html + "</div>\n</div>"
    }
}
