import ConfigTree
import Networks
import ParamEngine
import SiteCore

/// ```model: a network's per-layer table, like a model summary, with the
/// share of convolution against dense parameters.
enum ModelBlock {
    static func block(body: ConfigNode?, plan: ExplainerPlan, numbers: NumberContext, dependencies: DependencyRecorder) throws(ConfigErrors) -> RenderedBlock {
        guard let body else {
            throw ConfigErrors([ConfigError("a model block needs 'name: MODEL' (a file in content/models/) or a whole model declaration", at: .start)])
        }
        let model: NetworkModel
        if let entries = body.entries, entries.count == 1, entries[0].key == "name", let name = entries[0].value.scalar {
            guard let known = plan.models[name] else {
                throw ConfigErrors([ConfigError("no model named '\(name)' in content/models/\(Suggestion.didYouMean(name, in: plan.models.keys.sorted()))", at: entries[0].value.location)])
            }
            model = known
            if let file = plan.modelFiles[name] { dependencies.record(.contentFile(file)) }
        } else {
            model = try NetworkModel(declaration: body)
        }
        return RenderedBlock(html: table(model, numbers: numbers), text: text(model, numbers: numbers))
    }

    /// The table's caption and rows as plain text, a row a line (for search).
    static func text(_ model: NetworkModel, numbers: NumberContext) -> String {
        let words = numbers.language.tables
        var lines = [
            words.modelCaption(model.title ?? model.name),
            [words.layerColumn, words.outputShapeColumn, words.modelParametersColumn].joined(separator: " "),
            "\(words.inputRow) \(model.input.description)",
        ]
        for row in model.rows {
            lines.append("\(row.path.isEmpty ? row.displayName : row.path) \(row.type.rawValue) \(row.output.description) \(numbers.format(row.parameters, as: .grouped).text)")
        }
        lines.append("\(words.totalRow) \(numbers.format(model.totalParameters, as: .grouped).text)")
        return lines.joined(separator: "\n")
    }

    /// Tables with more layer rows than this are folded (LeNet has 12 rows, AlexNet 22).
    static let foldingThreshold = 40

    static func table(_ model: NetworkModel, numbers: NumberContext) -> String {
        let total = model.totalParameters
        func grouped(_ value: Int) -> String { numbers.format(value, as: .grouped).html }
        func share(_ value: Int) -> String {
            guard total > 0 else { return "0%" }
            let permille = (Double(value) / Double(total) * 1000).rounded()
            return String(format: "%.1f%%", permille / 10)
        }
        let words = numbers.language.tables
        func escaped(_ text: String) -> String { HTMLEscaping.escape(text) }
        let caption = escaped(words.modelCaption(model.title ?? model.name))
        // A long table (a modern network has hundreds of layers) is folded so the page stays
        // readable, on a phone above all; the total and the share bar below stay in view.
        let folded = model.rows.count > foldingThreshold
        var html = "<div class=\"model\">\n"
        if folded {
            html += "<details class=\"model-details\"><summary>\(escaped(words.foldedTableSummary(model.rows.count)))</summary>\n"
        }
        html += "<div class=\"table-scroll\" role=\"region\" aria-label=\"\(caption)\" tabindex=\"0\"><table class=\"model-table\">\n<caption>\(caption)</caption>\n"
        html += "<thead><tr><th scope=\"col\">\(escaped(words.layerColumn))</th><th scope=\"col\">\(escaped(words.outputShapeColumn))</th><th scope=\"col\">\(escaped(words.modelParametersColumn))</th><th scope=\"col\">\(escaped(words.shareColumn))</th></tr></thead>\n<tbody>\n"
        html += "<tr class=\"model-input\"><th scope=\"row\">\(escaped(words.inputRow))</th><td>\(escaped(model.input.description))</td><td></td><td></td></tr>\n"
        for row in model.rows {
            let indent = row.depth > 0 ? " style=\"padding-left:\(row.depth + 1)em\"" : ""
            let name = escaped(row.path.isEmpty ? row.displayName : row.path)
            let type = escaped(row.type.rawValue)
            html += "<tr class=\"layer-\(row.category.rawValue)\"><th scope=\"row\"\(indent)><code>\(name)</code> <span class=\"layer-type\">\(type)</span></th>"
            html += "<td>\(escaped(row.output.description))</td><td>\(grouped(row.parameters))</td><td>\(row.parameters > 0 ? share(row.parameters) : "")</td></tr>\n"
        }
        html += "</tbody>\n<tfoot><tr><th scope=\"row\">\(escaped(words.totalRow))</th><td></td><td>\(grouped(total))</td><td>100%</td></tr></tfoot>\n</table></div>\n"
        if folded { html += "</details>\n" }
        let conv = model.convolutionParameters, dense = model.denseParameters, other = model.otherParameters
        html += "<div class=\"share-bar\" role=\"img\" aria-label=\"\(escaped(words.shareBarLabel(share(conv), share(dense), other > 0 ? share(other) : nil)))\">"
        html += "<span class=\"share-conv\" style=\"width:\(share(conv))\">\(escaped(words.convolutionShare)) \(share(conv))</span>"
        html += "<span class=\"share-dense\" style=\"width:\(share(dense))\">\(escaped(words.denseShare)) \(share(dense))</span>"
        // The third segment (batch norm and the like) is usually a sliver at the bar's end, where its
        // label would run off the page on a phone: it is labelled under the bar instead.
        guard other > 0 else { return html + "</div>\n</div>" }
        html += "<span class=\"share-other\" style=\"width:\(share(other))\"></span></div>\n"
        html += "<p class=\"share-other-label\" aria-hidden=\"true\">\(escaped(words.otherShare)) \(share(other))</p>\n"
        return html + "</div>"
    }
}
