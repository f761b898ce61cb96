import Foundation
import ParamEngine
import SiteCore

/// `sitegen params`: every quantity of every scenario, and every model's total.
public enum ParamsReport {
    public struct Entry: Sendable {
        public var scenario: String
        public var quantities: [(name: String, value: Int)]
    }

    public static func collect(contentDirectory: String) throws(BuildFailure) -> (scenarios: [Entry], models: [(name: String, total: Int)]) {
        let options = BuildOptions(content: contentDirectory, includeDrafts: true)
        let plan = try FrontEnd(options: options, plugins: [ExplainerPlugin()]).plan()
        guard let explainer = plan.pluginPlan(ExplainerPlan.self) else { return ([], []) }
        var entries = [Entry(scenario: ScenarioNames.site, quantities: explainer.siteNumbers.scenario.quantities)]
        // Sections' pages have scenarios too (named by their folders, `guide-advanced`).
        for chapter in plan.readingOrder {
            entries.append(Entry(scenario: chapter.slug, quantities: explainer.numbers(for: chapter.id).scenario.quantities))
        }
        let models = explainer.models.keys.sorted().compactMap { name in explainer.models[name].map { (name, $0.totalParameters) } }
        return (entries, models)
    }

    /// One `scenario.quantity = value` per line, then `model.name = total`.
    public static func text(contentDirectory: String) throws(BuildFailure) -> String {
        let (scenarios, models) = try collect(contentDirectory: contentDirectory)
        var lines: [String] = []
        for entry in scenarios {
            for quantity in entry.quantities { lines.append("\(entry.scenario).\(quantity.name) = \(quantity.value)") }
        }
        for model in models { lines.append("model.\(model.name) = \(model.total)") }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `{"scenarios": {"site": {"full": 1000000000000, …}, "02-local": {…}}, "models": {"lenet": 61706}}`,
    /// keys in the same order as the text form.
    public static func json(contentDirectory: String) throws(BuildFailure) -> String {
        let (scenarios, models) = try collect(contentDirectory: contentDirectory)
        var json = "{\n  \"scenarios\": {\n"
        json += scenarios.map { entry in
            let body = entry.quantities.map { "      \(JSONString.literal($0.name)): \($0.value)" }.joined(separator: ",\n")
            return "    \(JSONString.literal(entry.scenario)): {\n\(body)\n    }"
        }.joined(separator: ",\n")
        json += "\n  },\n  \"models\": {"
        json += models.isEmpty ? "}" : "\n" + models.map { "    \(JSONString.literal($0.name)): \($0.total)" }.joined(separator: ",\n") + "\n  }"
        return json + "\n}\n"
    }
}
