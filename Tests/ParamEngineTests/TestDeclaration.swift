import ConfigTree
import ParamEngine

/// Builds a ConfigNode from `key: value` lines laid out as in a YAML file
/// (two-space indent for the entries of `quantities:`), with the line and column
/// each key and value would have there, so tests can check error locations.
/// Only this layout is understood; the site reads real YAML with Yams.
func declaration(_ lines: String...) -> ConfigNode {
    var top: [ConfigNode.Entry] = []
    var nested: [ConfigNode.Entry] = []
    var nestedKey: (key: String, location: SourceLocation)?

    func closeNested() {
        guard let open = nestedKey else { return }
        let value = ConfigNode(.mapping(nested), at: nested.first?.keyLocation ?? open.location)
        top.append(.init(key: open.key, keyLocation: open.location, value: value))
        nested = []
        nestedKey = nil
    }

    for (index, line) in lines.enumerated() {
        let indent = line.prefix(while: { $0 == " " }).count
        let body = line.dropFirst(indent)
        let parts = body.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
        let key = String(parts[0])
        let keyLocation = SourceLocation(line: index + 1, column: indent + 1)
        let rest = parts.count > 1 ? String(parts[1]) : ""
        let valueText = String(rest.drop(while: { $0 == " " }))
        let valueColumn = indent + key.utf8.count + 1 + (rest.utf8.count - valueText.utf8.count) + 1
        let value = valueText.isEmpty
            ? ConfigNode(.null, at: SourceLocation(line: index + 1, column: valueColumn))
            : ConfigNode(.scalar(valueText), at: SourceLocation(line: index + 1, column: valueColumn))
        if indent > 0 {
            nested.append(.init(key: key, keyLocation: keyLocation, value: value))
            continue
        }
        closeNested()
        if valueText.isEmpty && key == "quantities" {
            nestedKey = (key, keyLocation)
        } else {
            top.append(.init(key: key, keyLocation: keyLocation, value: value))
        }
    }
    closeNested()
    return ConfigNode(.mapping(top), at: top.first?.keyLocation ?? .start)
}

/// The errors a throwing scenario init reports, or [] if it succeeds.
func scenarioErrors(_ node: ConfigNode, base: Scenario? = nil, external: [(name: String, value: Int)] = []) -> [ConfigError] {
    do {
        _ = try Scenario(declaration: node, base: base, external: external)
        return []
    } catch {
        return error.errors
    }
}
