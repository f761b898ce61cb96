import ConfigTree
import Yams

/// Reads YAML (front matter, site.yml, params.yml, diagram and model blocks)
/// through Yams into a `ConfigNode` tree that keeps every value's position.
public enum YAMLReader {
    /// Parses one YAML document. Empty text gives nil. Errors carry the
    /// position libyaml reports (its columns count Unicode scalars, not bytes),
    /// or, for a common mistake, the position of the mistake (`YAMLMistakes`).
    public static func parse(_ text: String) throws(ConfigError) -> ConfigNode? {
        let node: Yams.Node?
        do {
            // Every scalar is read as text (the modules check their own values), so
            // the basic resolver spares libyaml's output the tag matching by regex.
            // Composing builds no Swift values, so the constructor is an empty one:
            // `.default` fills three dictionaries of closures for every file.
            node = try Yams.compose(yaml: text, .basic, Constructor([:], [:], [:]), .utf8)
        } catch let error as YamlError {
            let converted = convert(error)
            // A common mistake is explained where it is; else libyaml's message stands.
            throw YAMLMistakes.explain(text, at: converted.location, problem: converted.message) ?? converted
        } catch {
            throw ConfigError("invalid YAML: \(error)", at: .start)
        }
        guard let node else { return nil }
        return try convert(node)
    }

    private static func location(_ mark: Mark?) -> SourceLocation {
        guard let mark else { return .start }
        return SourceLocation(line: mark.line, column: mark.column)
    }

    private static func convert(_ node: Yams.Node) throws(ConfigError) -> ConfigNode {
        let at = location(node.mark)
        switch node {
        case .scalar(let scalar):
            if scalar.style == .plain, ["", "~", "null", "Null", "NULL"].contains(scalar.string) {
                return ConfigNode(.null, at: at)
            }
            return ConfigNode(.scalar(scalar.string), at: at)
        case .sequence(let sequence):
            var items: [ConfigNode] = []
            for item in sequence {
                items.append(try convert(item))
            }
            return ConfigNode(.sequence(items), at: at)
        case .mapping(let mapping):
            var entries: [ConfigNode.Entry] = []
            for (key, value) in mapping {
                guard case .scalar(let keyScalar) = key else {
                    throw ConfigError("a key must be a plain name, not \(key)", at: location(key.mark))
                }
                entries.append(.init(key: keyScalar.string, keyLocation: location(key.mark), value: try convert(value)))
            }
            return ConfigNode(.mapping(entries), at: at)
        case .alias:
            throw ConfigError("YAML aliases are not supported here", at: at)
        }
    }

    private static func convert(_ error: YamlError) -> ConfigError {
        switch error {
        case .scanner(let context, let problem, let mark, _),
             .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            let detail = context.map { "\($0.text) " } ?? ""
            return ConfigError("invalid YAML: \(detail)\(problem)", at: location(mark))
        case .reader(let problem, _, _, _):
            return ConfigError("invalid YAML: \(problem)", at: .start)
        case .duplicatedKeysInMapping(let duplicates, let context):
            let names = duplicates.map { "'\($0)'" }.joined(separator: ", ")
            return ConfigError("duplicate key \(names) in YAML mapping", at: location(context.mark))
        default:
            return ConfigError("invalid YAML: \(error)", at: .start)
        }
    }
}
