import ConfigTree
import LayerGeometry

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
    var groups: Int?
    var classes: Int?
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
        case .image: image = try Self.size(node, what: "image", allowsChannels: true)
        case .field: field = try Self.size(node, what: "field", allowsChannels: false)
        case .channels: channels = try node.wholeNumber("channels", in: 1...Int.max)
        case .hidden: hidden = try node.wholeNumber("hidden", in: 1...Int.max)
        case .filters: filters = try node.wholeNumber("filters", in: 1...Int.max)
        case .stride: stride = try node.wholeNumber("stride", in: 1...Int.max)
        case .dilation: dilation = try node.wholeNumber("dilation", in: 1...Int.max)
        case .groups: groups = try node.wholeNumber("groups", in: 1...Int.max)
        case .classes: classes = try node.wholeNumber("classes", in: 1...Int.max)
        case .bias: bias = try node.boolean("bias")
        case .padding: padding = try Self.padding(node)
        case .quantities: break
        }
    }

    // MARK: Values

    // Booleans, whole numbers and sizes are read with ConfigTree's readers: one
    // grammar and one wording for every module (README, "Config values").

    /// `valid`, `same` or a whole number of zeros per side.
    private static func padding(_ node: ConfigNode) throws(ConfigError) -> Padding {
        switch node.scalar?.trimmingSpaces() {
        case "valid": return .valid
        case "same": return .same
        case let text? where WholeNumberText(text) == .malformed:
            let suggestion = Suggestion.didYouMean(text, in: ["valid", "same"])
            throw ConfigError("'padding' must be 'valid', 'same' or a number of zeros per side, not '\(text)'\(suggestion)",
                              at: node.location)
        default:
            return .explicit(try node.wholeNumber("padding", in: 0...Int.max))
        }
    }

    /// `N` or `WxH`, and `WxHxC` when `allowsChannels`.
    private static func size(_ node: ConfigNode, what: String, allowsChannels: Bool) throws(ConfigError) -> Size {
        if allowsChannels {
            let (size, channels) = try node.sizeWithChannels(what)
            return Size(width: size.width, height: size.height, channels: channels)
        }
        let size = try node.size(what)
        return Size(width: size.width, height: size.height, channels: nil)
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
