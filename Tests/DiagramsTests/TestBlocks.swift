import ConfigTree
import Diagrams

/// Diagram block bodies written as "key: value" lines, turned into ConfigNodes
/// with the positions a YAML loader reports (1-based lines, 1-based UTF-8 byte
/// columns), so error locations can be checked exactly.
///
/// Supports what the tests need: scalars (optionally quoted), empty values
/// (null), flow lists `[a, b]` and flow mappings `{a: b}` (for type errors).
enum TestBlocks {
    static func node(_ text: String) -> ConfigNode {
        var entries: [ConfigNode.Entry] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let lineNumber = index + 1
            guard let colon = line.firstIndex(of: ":") else { continue }
            let key = String(line[..<colon])
            let afterColon = line[line.index(after: colon)...]
            let leadingSpaces = afterColon.prefix(while: { $0 == " " }).count
            let rest = afterColon.dropFirst(leadingSpaces)
            let restColumn = line[..<colon].utf8.count + 1 + leadingSpaces + 1
            let valueLocation = SourceLocation(line: lineNumber, column: restColumn)
            entries.append(ConfigNode.Entry(
                key: key,
                keyLocation: SourceLocation(line: lineNumber, column: 1),
                value: value(String(rest), at: valueLocation)))
        }
        return ConfigNode(.mapping(entries), at: .start)
    }

    private static func value(_ text: String, at location: SourceLocation) -> ConfigNode {
        if text.isEmpty { return ConfigNode(.null, at: location) }
        if text.hasPrefix("[") && text.hasSuffix("]") {
            let items = text.dropFirst().dropLast().split(separator: ",").map {
                ConfigNode(.scalar($0.trimmingCharacters(in: " ")), at: location)
            }
            return ConfigNode(.sequence(items), at: location)
        }
        if text.hasPrefix("{") && text.hasSuffix("}") {
            let inner = text.dropFirst().dropLast()
            let entries = inner.split(separator: ",").compactMap { pair -> ConfigNode.Entry? in
                let parts = pair.split(separator: ":", maxSplits: 1)
                guard parts.count == 2 else { return nil }
                return ConfigNode.Entry(key: parts[0].trimmingCharacters(in: " "), keyLocation: location,
                                        value: ConfigNode(.scalar(parts[1].trimmingCharacters(in: " ")), at: location))
            }
            return ConfigNode(.mapping(entries), at: location)
        }
        if text.count >= 2, text.hasPrefix("\""), text.hasSuffix("\"") {
            return ConfigNode(.scalar(String(text.dropFirst().dropLast())), at: location)
        }
        return ConfigNode(.scalar(text), at: location)
    }

    static func spec(_ text: String) -> DiagramSpecResult {
        do {
            return .spec(try DiagramSpec.parse(node(text)))
        } catch {
            return .errors(error.errors)
        }
    }
}

enum DiagramSpecResult {
    case spec(DiagramSpec)
    case errors([ConfigError])

    var errors: [ConfigError] {
        if case .errors(let errors) = self { return errors }
        return []
    }

    var spec: DiagramSpec? {
        if case .spec(let spec) = self { return spec }
        return nil
    }
}

private extension Substring {
    func trimmingCharacters(in set: Character) -> String {
        var text = self
        while text.first == set { text = text.dropFirst() }
        while text.last == set { text = text.dropLast() }
        return String(text)
    }
}
