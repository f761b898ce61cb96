import ConfigTree

/// An arithmetic expression over quantity names and whole numbers, as authors
/// write it in placeholders (`{{ full / local | orders }}`) and in a scenario's
/// `quantities:`.
///
/// Grammar (precedence from loosest to tightest; `^` is right-associative):
///
///     sum     = product (("+" | "-") product)*
///     product = unary (("*" | "/") unary)*
///     unary   = "-" unary | power
///     power   = primary ("^" unary)?
///     primary = number | name | function "(" sum ")" | "(" sum ")"
///     function = "floor" | "ceil" | "round"
///
/// so `-2^2` is −4 and `2^3^2` is 2^9. Evaluation is exact: the value is a
/// `Rational`, a division by zero or an overflow is an error at its operator.
/// The functions make a whole number of a fraction, exactly: `floor(991 / 2)`
/// is 495, `ceil(991 / 2)` 496, `round` goes to the nearest whole number and
/// halves away from zero (`round(5 / 2)` is 3, `round(-5 / 2)` is −3).
public struct Expression: Sendable, Hashable, CustomStringConvertible {
    enum BinaryOperator: Sendable, Hashable {
        case add, subtract, multiply, divide, power
    }

    /// The functions an expression may call, each on one argument.
    public enum Function: String, Sendable, Hashable, CaseIterable {
        case floor, ceil, round

        func apply(to value: Rational) -> Rational {
            switch self {
            case .floor: return value.roundedDown()
            case .ceil: return value.roundedUp()
            case .round: return value.roundedToNearest()
            }
        }

        /// "floor, ceil, round", for messages.
        public static let names = allCases.map(\.rawValue).joined(separator: ", ")
    }

    indirect enum Node: Sendable, Hashable {
        case number(Int, range: Range<Int>)
        case name(String, range: Range<Int>)
        case negate(Node, range: Range<Int>)
        /// `operatorOffset` is the offset (in scalars) of the operator, where errors point.
        case binary(BinaryOperator, Node, Node, operatorOffset: Int, range: Range<Int>)
        /// `floor(…)`: the range spans the name and the parentheses.
        case call(Function, Node, range: Range<Int>)

        var range: Range<Int> {
            switch self {
            case .number(_, let range), .name(_, let range), .negate(_, let range), .binary(_, _, _, _, let range),
                 .call(_, _, let range):
                return range
            }
        }
    }

    /// The text as written.
    public let text: String
    /// Where the text's first byte is; error locations are offsets from it on the same line.
    public let origin: SourceLocation
    let root: Node

    init(text: String, origin: SourceLocation, root: Node) {
        self.text = text
        self.origin = origin
        self.root = root
    }

    /// Parses `text`; error locations count from `origin` (line 1, column 1 by default),
    /// one column per Unicode scalar.
    public static func parse(_ text: String, at origin: SourceLocation = .start) throws(ConfigError) -> Expression {
        try ExpressionParser.parse(text, at: origin)
    }

    public var description: String { text }

    /// The quantity names the expression refers to, each once, in order of appearance.
    public var names: [String] {
        var seen: Set<String> = []
        var ordered: [String] = []
        func visit(_ node: Node) {
            switch node {
            case .number: break
            case .name(let name, _):
                if seen.insert(name).inserted { ordered.append(name) }
            case .negate(let operand, _), .call(_, let operand, _):
                visit(operand)
            case .binary(_, let left, let right, _, _):
                visit(left)
                visit(right)
            }
        }
        visit(root)
        return ordered
    }

    /// The exact value with the scenario's quantities.
    public func evaluate(in scenario: Scenario) throws(ConfigError) -> Rational {
        try evaluate(lookup: { scenario.value(of: $0) }, candidates: { scenario.quantities.map(\.name) })
    }

    /// The exact value, with names looked up by `lookup`; `candidates` feeds the
    /// did-you-mean of an unknown name.
    func evaluate(lookup: (String) -> Int?, candidates: () -> [String]) throws(ConfigError) -> Rational {
        try evaluate(root, lookup: lookup, candidates: candidates)
    }

    private func evaluate(_ node: Node, lookup: (String) -> Int?, candidates: () -> [String]) throws(ConfigError) -> Rational {
        switch node {
        case .number(let value, _):
            return Rational(value)
        case .name(let name, let range):
            guard let value = lookup(name) else {
                throw ConfigError("unknown quantity '\(name)'\(Suggestion.didYouMean(name, in: candidates()))",
                                  at: location(range.lowerBound))
            }
            return Rational(value)
        case .call(let function, let argument, _):
            return function.apply(to: try evaluate(argument, lookup: lookup, candidates: candidates))
        case .negate(let operand, let range):
            let value = try evaluate(operand, lookup: lookup, candidates: candidates)
            do {
                return try value.negated()
            } catch {
                throw overflowError(range, at: range.lowerBound)
            }
        case .binary(let op, let left, let right, let operatorOffset, let range):
            let a = try evaluate(left, lookup: lookup, candidates: candidates)
            let b = try evaluate(right, lookup: lookup, candidates: candidates)
            if op == .power && !b.isInteger {
                throw ConfigError("the exponent '\(source(right.range))' is \(b), not a whole number",
                                  at: location(operatorOffset))
            }
            do throws(ArithmeticFailure) {
                switch op {
                case .add: return try a.adding(b)
                case .subtract: return try a.subtracting(b)
                case .multiply: return try a.multiplied(by: b)
                case .divide: return try a.divided(by: b)
                case .power: return try a.raised(to: b.numerator)
                }
            } catch {
                switch error {
                case .overflow:
                    throw overflowError(range, at: operatorOffset)
                case .divisionByZero where op == .power:
                    throw ConfigError("division by zero: '\(source(left.range))' is 0 and its power is negative",
                                      at: location(operatorOffset))
                case .divisionByZero:
                    throw ConfigError("division by zero: '\(source(right.range))' is 0", at: location(operatorOffset))
                }
            }
        }
    }

    private func overflowError(_ range: Range<Int>, at offset: Int) -> ConfigError {
        ConfigError("'\(source(range))' overflows: its exact value does not fit in a 64-bit integer (at most \(Int.max))",
                    at: location(offset))
    }

    func location(_ scalarOffset: Int) -> SourceLocation {
        ExpressionLexer.location(origin, scalarOffset)
    }

    /// The text of a node, for messages.
    func source(_ range: Range<Int>) -> String {
        let scalars = Array(text.unicodeScalars)
        let lower = max(0, min(range.lowerBound, scalars.count))
        let upper = max(lower, min(range.upperBound, scalars.count))
        return String(String.UnicodeScalarView(scalars[lower..<upper]))
    }
}
