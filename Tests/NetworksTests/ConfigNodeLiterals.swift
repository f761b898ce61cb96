import ConfigTree

/// Test fixtures written as Swift literals shaped like the YAML they stand for:
/// "relu" is a scalar, [a, b] a list, ["conv2d": [...]] a mapping (keys in order),
/// [:] an empty mapping. `located` turns one into the `ConfigNode` a YAML loader
/// would give, with every node and key at a distinct position, so tests can check
/// where an error points.
indirect enum Tree: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByBooleanLiteral,
    ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral, Sendable {
    case scalar(String)
    case list([Tree])
    case map([(key: String, value: Tree)])

    init(stringLiteral value: String) { self = .scalar(value) }
    init(integerLiteral value: Int) { self = .scalar(String(value)) }
    init(booleanLiteral value: Bool) { self = .scalar(value ? "true" : "false") }
    init(arrayLiteral elements: Tree...) { self = .list(elements) }
    init(dictionaryLiteral elements: (String, Tree)...) { self = .map(elements.map { (key: $0.0, value: $0.1) }) }
}

/// The tree as a ConfigNode, with every node and every key on its own line, numbered in document order.
func located(_ tree: Tree) -> ConfigNode {
    var line = 0
    func visit(_ tree: Tree) -> ConfigNode {
        line += 1
        let location = SourceLocation(line: line, column: 1)
        switch tree {
        case .scalar(let text):
            return ConfigNode(.scalar(text), at: location)
        case .list(let items):
            return ConfigNode(.sequence(items.map(visit)), at: location)
        case .map(let pairs):
            return ConfigNode(.mapping(pairs.map { pair in
                line += 1
                let keyLocation = SourceLocation(line: line, column: 1)
                return ConfigNode.Entry(key: pair.key, keyLocation: keyLocation, value: visit(pair.value))
            }), at: location)
        }
    }
    return visit(tree)
}

/// Where `key` is written in a mapping.
func keyLocation(_ node: ConfigNode?, _ key: String) -> SourceLocation? {
    node?.entries?.first(where: { $0.key == key })?.keyLocation
}

/// A located network declaration named `net`.
func network(_ layers: [Tree], input: Tree = "3x32x32") -> ConfigNode {
    located(["name": "net", "input": input, "layers": .list(layers)])
}
