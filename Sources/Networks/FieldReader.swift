import ConfigTree

/// Reads the fields of one layer (`{in: 1, out: 6, kernel: 5}`), reporting an
/// unknown field, a missing one or an unreadable value with the layer's label
/// and the offending node's location.
struct FieldReader {
    /// How messages name the layer: `layer conv1 (conv2d)`.
    let label: String
    /// The layer's type key: where a missing field is reported.
    let owner: SourceLocation
    private let entries: [ConfigNode.Entry]
    private let diagnostics: Diagnostics

    /// `node` is the value under the type key: a mapping of fields, or nothing
    /// (`- relu`, `- flatten:`) when every field has a default.
    init(_ node: ConfigNode, fields: [String], label: String, owner: SourceLocation, diagnostics: Diagnostics) {
        self.label = label
        self.owner = owner
        self.diagnostics = diagnostics
        switch node.value {
        case .null:
            entries = []
        case .mapping(let all):
            entries = all.filter { fields.contains($0.key) }
            for entry in all where !fields.contains(entry.key) {
                let hint = Suggestion.didYouMean(entry.key, in: fields)
                let known = fields.isEmpty
                    ? "; it takes no fields"
                    : (hint.isEmpty ? "; its fields are \(fields.joined(separator: ", "))" : hint)
                diagnostics.add("\(label): unknown field '\(entry.key)'\(known)", at: entry.keyLocation)
            }
        case .scalar, .sequence:
            entries = []
            let example = fields.isEmpty ? "nothing" : "a mapping of fields like {\(fields[0]): …}"
            diagnostics.add("\(label): expected \(example) after the type, found \(ValueSyntax.written(node))", at: node.location)
        }
    }

    /// The node under `key`, if written.
    func node(_ key: String) -> ConfigNode? {
        entries.first(where: { $0.key == key })?.value
    }

    /// The node under `key`, or an error that it is missing.
    func required(_ key: String) -> ConfigNode? {
        guard let node = node(key) else {
            diagnostics.add("\(label): missing field '\(key)'", at: owner)
            return nil
        }
        return node
    }

    func report(_ key: String, _ problem: ValueProblem, at location: SourceLocation) {
        diagnostics.add("\(label): \(key) \(problem.message)", at: location)
    }

    func report(_ message: String, at location: SourceLocation) {
        diagnostics.add("\(label): \(message)", at: location)
    }

    /// A whole number of at least `minimum`, or nil when absent (an error too if
    /// `required`) or unreadable.
    func integer(_ key: String, minimum: Int, required isRequired: Bool = false) -> Located<Int>? {
        guard let node = isRequired ? required(key) : node(key) else { return nil }
        return read(node) { node throws(ConfigError) in try node.wholeNumber(key, in: minimum...Int.max) }
    }

    /// A width and height (`3`, `7x1`), or nil when absent or unreadable.
    func size(_ key: String, minimum: Int, required isRequired: Bool = false) -> Located<Size2D>? {
        guard let node = isRequired ? required(key) : node(key) else { return nil }
        return read(node) { node throws(ConfigError) in try Self.size(node, key: key, minimum: minimum) }
    }

    /// Sizes were written height × width before they took ConfigTree's one order,
    /// width × height; a list, which mirrored PyTorch's (height, width) tuples, is
    /// refused with the spelling that keeps its meaning.
    static func size(_ node: ConfigNode, key: String, minimum: Int) throws(ConfigError) -> Size2D {
        if let items = node.items, items.count == 2, let height = items[0].scalar, let width = items[1].scalar {
            throw ConfigError("'\(key)' is written width x height, not as a list: [\(height), \(width)] was "
                + "(height, width), so write \(width.trimmingSpaces())x\(height.trimmingSpaces())", at: node.location)
        }
        return try node.size(key, sides: minimum...Int.max)
    }

    /// `true` or `false`, or nil when absent or unreadable.
    func flag(_ key: String) -> Bool? {
        guard let node = node(key) else { return nil }
        return read(node) { node throws(ConfigError) in try node.boolean(key) }?.value
    }

    /// A probability from 0 to 1, or nil when absent or unreadable.
    func probability(_ key: String) -> Double? {
        guard let node = node(key) else { return nil }
        return read(key, node) { node in
            guard let text = node.scalar else {
                return .failure(ValueProblem(message: "must be a number from 0 to 1, not \(ValueSyntax.written(node))"))
            }
            return ValueSyntax.probability(text)
        }?.value
    }

    /// A value read by one of ConfigTree's readers, its error prefixed with the layer's label.
    private func read<Value: Sendable>(_ node: ConfigNode, _ reader: (ConfigNode) throws(ConfigError) -> Value) -> Located<Value>? {
        do throws(ConfigError) {
            return Located(value: try reader(node), location: node.location)
        } catch {
            report(error.message, at: error.location)
            return nil
        }
    }

    private func read<Value: Sendable>(_ key: String, _ node: ConfigNode,
                                       _ parse: (ConfigNode) -> Result<Value, ValueProblem>) -> Located<Value>? {
        switch parse(node) {
        case .success(let value):
            return Located(value: value, location: node.location)
        case .failure(let problem):
            report(key, problem, at: node.location)
            return nil
        }
    }
}
