import ConfigTree

/// One scenario declaration read from its ConfigNode: the inputs it sets and
/// the quantities its author defines, each value checked on its own, with the
/// location it was written at. Combining it with a base scenario is
/// `Scenario`'s job.
struct ScenarioDeclaration: Sendable {
    struct Size: Sendable, Hashable {
        var width: Int
        var height: Int
        var channels: Int?
    }

    var image: Size?
    var channels: Int?
    var hidden: Int?
    var field: Size?
    var filters: Int?
    var bias: Bool?
    var stride: Int?
    var padding: Padding?
    var dilation: Int?
    var definitions: [AuthorQuantities.Definition] = []

    /// Where each key's value was written (only for keys present).
    var locations: [ScenarioKey: SourceLocation] = [:]
    /// The declaration itself, for problems no single key is to blame for.
    var location: SourceLocation = .start

    /// Reads `node`, collecting every problem instead of stopping at the first.
    static func read(_ node: ConfigNode) -> (declaration: ScenarioDeclaration, errors: [ConfigError]) {
        var declaration = ScenarioDeclaration()
        declaration.location = node.location
        var errors: [ConfigError] = []
        if case .null = node.value { return (declaration, errors) }
        guard let entries = node.entries else {
            errors.append(ConfigError("a scenario is a mapping of inputs (image, hidden, field, …), found \(node.kindName)",
                                      at: node.location))
            return (declaration, errors)
        }
        for entry in entries {
            guard let key = ScenarioKey(rawValue: entry.key) else {
                errors.append(unknownKey(entry))
                continue
            }
            declaration.locations[key] = entry.value.location
            do throws(ConfigError) {
                try declaration.read(key, entry.value)
            } catch {
                errors.append(error)
            }
            if key == .quantities {
                errors += declaration.readDefinitions(entry.value)
            }
        }
        if let imageChannels = declaration.image?.channels, let channels = declaration.channels, imageChannels != channels,
           let location = declaration.locations[.channels] {
            errors.append(ConfigError(
                "channels: \(channels) contradicts the image's \(imageChannels) channels; give the channels in one place",
                at: location))
        }
        return (declaration, errors)
    }

    private static func unknownKey(_ entry: ConfigNode.Entry) -> ConfigError {
        let known = ScenarioKey.allCases.map(\.rawValue)
        var hint = Suggestion.didYouMean(entry.key, in: known)
        if hint.isEmpty, let alias = ScenarioKey.aliases[entry.key.lowercased()] {
            hint = "; did you mean '\(alias.rawValue)'?"
        }
        if hint.isEmpty { hint = " (known keys: \(known.joined(separator: ", ")))" }
        return ConfigError("unknown scenario key '\(entry.key)'\(hint)", at: entry.keyLocation)
    }

    private mutating func read(_ key: ScenarioKey, _ node: ConfigNode) throws(ConfigError) {
        switch key {
        case .image: image = try Self.size(node, what: "image", example: "1000x1000 or 224x224x3", allowsChannels: true)
        case .field: field = try Self.size(node, what: "field", example: "10x10 or 10", allowsChannels: false)
        case .channels: channels = try Self.positive(node, what: "channels")
        case .hidden: hidden = try Self.positive(node, what: "hidden")
        case .filters: filters = try Self.positive(node, what: "filters")
        case .stride: stride = try Self.positive(node, what: "stride")
        case .dilation: dilation = try Self.positive(node, what: "dilation")
        case .bias: bias = try Self.boolean(node, what: "bias")
        case .padding: padding = try Self.padding(node)
        case .quantities: break
        }
    }

    // MARK: Values

    /// The scalar text of `node`, or an error naming what was expected.
    private static func scalar(_ node: ConfigNode, what: String, expected: String) throws(ConfigError) -> String {
        switch node.value {
        case .scalar(let text): return text
        case .null: throw ConfigError("\(what) needs a value: \(expected)", at: node.location)
        default: throw ConfigError("\(what) must be \(expected), found \(node.kindName)", at: node.location)
        }
    }

    private static func positive(_ node: ConfigNode, what: String) throws(ConfigError) -> Int {
        let text = try scalar(node, what: what, expected: "a positive whole number")
        return try positiveNumber(text, what: what, at: node.location)
    }

    /// A whole number > 0 written in `text`, which starts at `location`.
    private static func positiveNumber(_ text: String, what: String, at location: SourceLocation) throws(ConfigError) -> Int {
        switch WholeNumber(text) {
        case .value(let value) where value > 0:
            return value
        case .value(let value):
            throw ConfigError("\(what) must be positive, found \(value)", at: location)
        case .tooLarge:
            throw ConfigError("\(what) \(text) is too large (the largest is \(Int.max))", at: location)
        case .malformed:
            throw ConfigError("\(what) must be a positive whole number, found '\(text)'", at: location)
        }
    }

    private static func boolean(_ node: ConfigNode, what: String) throws(ConfigError) -> Bool {
        let text = try scalar(node, what: what, expected: "true or false")
        switch text {
        case "true", "True", "TRUE": return true
        case "false", "False", "FALSE": return false
        default: throw ConfigError("\(what) must be true or false, found '\(text)'", at: node.location)
        }
    }

    private static func padding(_ node: ConfigNode) throws(ConfigError) -> Padding {
        let expected = "'valid', 'same' or a number of zeros per side"
        let text = try scalar(node, what: "padding", expected: expected)
        switch text {
        case "valid": return .valid
        case "same": return .same
        default: break
        }
        switch WholeNumber(text) {
        case .value(let value) where value >= 0:
            return .explicit(value)
        case .value(let value):
            throw ConfigError("padding must not be negative, found \(value)", at: node.location)
        case .tooLarge:
            throw ConfigError("padding \(text) is too large (the largest is \(Int.max))", at: node.location)
        case .malformed:
            let suggestion = Suggestion.didYouMean(text, in: ["valid", "same"])
            throw ConfigError("padding must be \(expected), found '\(text)'\(suggestion)", at: node.location)
        }
    }

    /// `WxH`, `WxHxC` (when `allowsChannels`) or `N` for a square. `x`, `X` and `×`
    /// separate the parts; each part must be a positive whole number, and an error
    /// points at the part that is wrong.
    private static func size(_ node: ConfigNode, what: String, example: String, allowsChannels: Bool) throws(ConfigError) -> Size {
        let text = try scalar(node, what: what, expected: "a size like \(example)")
        var parts: [(text: String, offset: Int)] = []
        var current = "", start = 0, offset = 0
        for character in text {
            if character == "x" || character == "X" || character == "×" {
                parts.append((current, start))
                current = ""
                start = offset + character.utf8.count
            } else {
                current.append(character)
            }
            offset += character.utf8.count
        }
        parts.append((current, start))

        let names = allowsChannels ? ["width", "height", "channels"] : ["width", "height"]
        guard parts.count <= names.count, !(parts.count == 1 && text.isEmpty) else {
            throw ConfigError("malformed \(what) size '\(text)': expected \(example)", at: node.location)
        }
        var values: [Int] = []
        for (index, part) in parts.enumerated() {
            let trimmed = part.text.trimmingSpaces()
            let leading = String(part.text.unicodeScalars.prefix(while: \.isTrimmableSpace)).utf8.count
            let location = SourceLocation(line: node.location.line, column: node.location.column + part.offset + leading)
            if trimmed.isEmpty {
                throw ConfigError("malformed \(what) size '\(text)': expected \(example)", at: location)
            }
            if WholeNumber(trimmed) == .malformed {
                throw ConfigError("malformed \(what) size '\(text)': expected \(example)", at: location)
            }
            let name = parts.count == 1 ? what : "\(what) \(names[index])"
            values.append(try positiveNumber(trimmed, what: name, at: location))
        }
        switch values.count {
        case 1: return Size(width: values[0], height: values[0], channels: nil)
        case 2: return Size(width: values[0], height: values[1], channels: nil)
        default: return Size(width: values[0], height: values[1], channels: values[2])
        }
    }

    // MARK: Authors' quantities

    /// `quantities:` — a mapping of names to expressions. Names must be usable in
    /// expressions (letters, digits, `_`, not starting with a digit).
    private mutating func readDefinitions(_ node: ConfigNode) -> [ConfigError] {
        if case .null = node.value { return [] }
        guard let entries = node.entries else {
            return [ConfigError("quantities must be a mapping of names to expressions, found \(node.kindName)", at: node.location)]
        }
        var errors: [ConfigError] = []
        for entry in entries {
            guard Self.isName(entry.key) else {
                errors.append(ConfigError(
                    "'\(entry.key)' is not a valid quantity name: use letters, digits and '_', not starting with a digit",
                    at: entry.keyLocation))
                continue
            }
            let text: String
            switch entry.value.value {
            case .scalar(let scalar): text = scalar
            case .null:
                errors.append(ConfigError("quantity '\(entry.key)' needs an expression", at: entry.value.location))
                continue
            default:
                errors.append(ConfigError("quantity '\(entry.key)' must be an expression, found \(entry.value.kindName)",
                                          at: entry.value.location))
                continue
            }
            do throws(ConfigError) {
                let expression = try Expression.parse(text, at: entry.value.location)
                definitions.append(AuthorQuantities.Definition(
                    name: entry.key, expression: expression, keyLocation: entry.keyLocation, inherited: false))
            } catch {
                errors.append(ConfigError("quantity '\(entry.key)': \(error.message)", at: error.location))
            }
        }
        return errors
    }

    /// Whether `text` is a name an expression can refer to.
    static func isName(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, ExpressionLexer.isNameStart(first) else { return false }
        return text.unicodeScalars.allSatisfy { ExpressionLexer.isNameStart($0) || ExpressionLexer.isDigit($0) }
    }
}

/// A whole number as written in a scenario: optional sign, ASCII digits.
enum WholeNumber: Equatable {
    case value(Int)
    case tooLarge
    case malformed

    init(_ text: String) {
        var digits = Substring(text)
        var negative = false
        if let sign = digits.first, sign == "-" || sign == "+" {
            negative = sign == "-"
            digits = digits.dropFirst()
        }
        guard !digits.isEmpty, digits.utf8.allSatisfy({ (48...57).contains($0) }) else {
            self = .malformed
            return
        }
        guard let magnitude = Int(digits) else {
            self = .tooLarge
            return
        }
        self = .value(negative ? -magnitude : magnitude)
    }
}
