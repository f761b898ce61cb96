import ConfigTree

/// A scenario of the explainer: its inputs and every quantity computed from them.
///
/// Declared site-wide in content/params.yml and per chapter in front matter
/// `params:` (on top of the site-wide one); with nothing declared it is the
/// source article's scenario (`Scenario.article`).
///
/// `quantities` lists, in this order:
/// 1. the built-in quantities, in `BuiltInQuantity`'s order (the inputs
///    width … dilation interleaved with pixels and field_size, then out_width,
///    out_height, positions, full, local, shared, filters, the weights, biases
///    and connections of each scheme);
/// 2. the authors' own `quantities:`, the base scenario's first, in the order
///    they were written (a chapter may redefine a base quantity: it keeps its place);
/// 3. the quantities the site injects (`external`), the base's first.
public struct Scenario: Sendable, Hashable {
    /// The inputs after the declaration was applied to its base.
    public let inputs: ScenarioInputs
    private let builtIns: [BuiltInQuantity: Int]
    /// The authors' definitions, kept so that a scenario built on this one re-evaluates them with its own inputs.
    private let definitions: [AuthorQuantities.Definition]
    private let external: [ExternalQuantity]
    private let names: [String]
    private let values: [String: Int]

    private struct ExternalQuantity: Sendable, Hashable {
        var name: String
        var value: Int
    }

    /// The source article's scenario: 1000×1000 image, 10⁶ hidden units, 10×10 fields,
    /// 100 filters, no biases, a valid stride-1 convolution.
    public static let article: Scenario = {
        do throws(ConfigErrors) {
            return try Scenario(inputs: .article, declaration: ScenarioDeclaration(), inherited: [], external: [])
        } catch {
            // The article's constants are a few small numbers: this cannot fail, and the tests check them.
            preconditionFailure("the article scenario does not compute: \(error.errors)")
        }
    }()

    /// Reads `declaration` (a mapping of `image`, `channels`, `hidden`, `field`, `filters`,
    /// `bias`, `stride`, `padding`, `dilation`, `groups`, `classes`, `quantities`; nil or null for none) on top
    /// of `base` (default: the article's scenario).
    ///
    /// A key the declaration leaves out keeps the base's value; `image: WxH`
    /// keeps the base's channels, `image: WxHxC` sets them.
    ///
    /// `external` are quantities the site injects (e.g. `alexnet_total`); authors'
    /// expressions may refer to them. The base's external quantities carry over;
    /// a name given again takes the new value.
    ///
    /// Throws every problem found: unknown keys, malformed or non-positive values,
    /// impossible geometry, overflows, and problems of authors' quantities, each at
    /// its location in `declaration`.
    public init(declaration: ConfigNode?, base: Scenario? = nil, external: [(name: String, value: Int)] = []) throws(ConfigErrors) {
        let base = base ?? .article
        var parsed = ScenarioDeclaration()
        if let declaration {
            let (read, errors) = ScenarioDeclaration.read(declaration)
            // Values that did not read would fall back to the base's and could raise
            // misleading follow-up errors: report what is wrong with the text first.
            if !errors.isEmpty { throw ConfigErrors(errors) }
            parsed = read
        }

        var inputs = base.inputs
        if let image = parsed.image {
            inputs.width = image.width
            inputs.height = image.height
            if let channels = image.channels { inputs.channels = channels }
        }
        if let channels = parsed.channels { inputs.channels = channels }
        if let hidden = parsed.hidden { inputs.hidden = hidden }
        if let field = parsed.field {
            inputs.fieldWidth = field.width
            inputs.fieldHeight = field.height
        }
        if let filters = parsed.filters { inputs.filterCount = filters }
        if let bias = parsed.bias { inputs.bias = bias }
        if let stride = parsed.stride { inputs.stride = stride }
        if let padding = parsed.padding { inputs.padding = padding }
        if let dilation = parsed.dilation { inputs.dilation = dilation }
        if let groups = parsed.groups { inputs.groups = groups }
        if let classes = parsed.classes { inputs.classes = classes }
        // A declaration that changes the convolution without restating `hidden` describes a
        // real convolution: its units are its output positions. One that gives `hidden`
        // means that many units, as the article does (BuiltInQuantity.localUnits).
        if parsed.hidden != nil {
            inputs.unitsFollowPositions = false
        } else if parsed.stride != nil || parsed.padding != nil || parsed.dilation != nil {
            inputs.unitsFollowPositions = true
        }

        var merged = base.external
        for quantity in external {
            let replacement = ExternalQuantity(name: quantity.name, value: quantity.value)
            if let index = merged.firstIndex(where: { $0.name == quantity.name }) {
                merged[index] = replacement
            } else {
                merged.append(replacement)
            }
        }
        let inherited = base.definitions.map { definition in
            var definition = definition
            definition.inherited = true
            return definition
        }
        try self.init(inputs: inputs, declaration: parsed, inherited: inherited, external: merged)
    }

    /// Computes everything from merged inputs.
    private init(inputs: ScenarioInputs, declaration: ScenarioDeclaration,
                 inherited: [AuthorQuantities.Definition], external: [ExternalQuantity]) throws(ConfigErrors) {
        let blame: BuiltInCalculation.Blame = { keys in
            keys.lazy.compactMap { declaration.locations[$0] }.first ?? declaration.location
        }
        let calculation = BuiltInCalculation(inputs, blame: blame)
        if !calculation.errors.isEmpty { throw ConfigErrors(calculation.errors) }

        var errors: [ConfigError] = []
        var builtIns: [BuiltInQuantity: Int] = [:]
        var known: [String: Int] = [:]
        for quantity in BuiltInQuantity.allCases {
            guard let value = calculation.values[quantity] else {
                // Every quantity is computed when there is no error; say so rather than crash if that ever breaks.
                errors.append(ConfigError("internal error: \(quantity.name) was not computed", at: declaration.location))
                continue
            }
            builtIns[quantity] = value
            known[quantity.name] = value
        }
        for quantity in external {
            if known[quantity.name] != nil {
                errors.append(ConfigError(
                    "the site's quantity '\(quantity.name)' has the name of a built-in quantity", at: declaration.location))
                continue
            }
            known[quantity.name] = quantity.value
        }

        // The declaration's definitions replace inherited ones of the same name, in place.
        var definitions = inherited
        for definition in declaration.definitions {
            if let index = definitions.firstIndex(where: { $0.name == definition.name }) {
                definitions[index] = definition
            } else {
                definitions.append(definition)
            }
        }
        var accepted: [AuthorQuantities.Definition] = []
        for definition in definitions {
            let location = definition.inherited ? declaration.location : definition.keyLocation
            if BuiltInQuantity(rawValue: definition.name) != nil {
                errors.append(ConfigError("'\(definition.name)' is a built-in quantity; choose another name", at: location))
            } else if external.contains(where: { $0.name == definition.name }) {
                errors.append(ConfigError(
                    "'\(definition.name)' is already defined by the site (a model's quantity); choose another name", at: location))
            } else {
                accepted.append(definition)
            }
        }

        let candidates = BuiltInQuantity.allCases.map(\.name) + accepted.map(\.name) + external.map(\.name)
        let authors = AuthorQuantities(accepted, known: known, candidates: candidates,
                                       declarationLocation: declaration.location)
        errors += authors.errors
        if !errors.isEmpty { throw ConfigErrors(errors) }

        var values = known
        for (name, value) in authors.values { values[name] = value }
        self.inputs = inputs
        self.builtIns = builtIns
        self.definitions = accepted
        self.external = external
        self.names = candidates
        self.values = values
    }

    /// Every quantity with its value, in the order described on the type.
    public var quantities: [(name: String, value: Int)] {
        names.compactMap { name in values[name].map { (name: name, value: $0) } }
    }

    /// The value of a quantity, or nil if the scenario has none of that name.
    public func value(of name: String) -> Int? {
        values[name]
    }

    /// The value of a built-in quantity (every scenario has them all).
    public func value(of quantity: BuiltInQuantity) -> Int {
        // The initializer refuses to produce a scenario with a built-in missing.
        builtIns[quantity] ?? 0
    }
}
