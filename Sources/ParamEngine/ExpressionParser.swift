import ConfigTree

/// A recursive-descent parser for `Expression`'s grammar.
///
/// Nesting (`maximumDepth`) and length (`maximumTokens`) are limited so that a
/// pathological input, such as ten thousand opening parentheses or terms, is an
/// error rather than a stack overflow in the recursive parser or evaluator.
struct ExpressionParser {
    static let maximumDepth = 64
    static let maximumTokens = 1000

    private let text: String
    private let origin: SourceLocation
    private let tokens: [ExpressionToken]
    private var position = 0
    private var depth = 0
    /// Length of the text in Unicode scalars, where "end of expression" errors point.
    private let end: Int

    static func parse(_ text: String, at origin: SourceLocation) throws(ConfigError) -> Expression {
        let tokens = try ExpressionLexer.tokens(of: text, at: origin)
        guard !tokens.isEmpty else {
            throw ConfigError("empty expression: expected a quantity name or a number", at: origin)
        }
        guard tokens.count <= maximumTokens else {
            throw ConfigError("expression too long (more than \(maximumTokens) tokens)", at: origin)
        }
        var parser = ExpressionParser(text: text, origin: origin, tokens: tokens)
        let root = try parser.parseSum()
        if let extra = parser.peek {
            let message: String
            switch extra.kind {
            case .close: message = "unexpected ')' without a matching '('"
            case .open, .number, .name:
                message = "expected an operator (+ - * / ^) before \(extra.quoted)"
            default: message = "unexpected \(extra.quoted)"
            }
            throw ConfigError(message, at: parser.location(extra.range.lowerBound))
        }
        return Expression(text: text, origin: origin, root: root)
    }

    private init(text: String, origin: SourceLocation, tokens: [ExpressionToken]) {
        self.text = text
        self.origin = origin
        self.tokens = tokens
        self.end = text.unicodeScalars.count
    }

    private var peek: ExpressionToken? { position < tokens.count ? tokens[position] : nil }

    private func location(_ offset: Int) -> SourceLocation {
        ExpressionLexer.location(origin, offset)
    }

    private mutating func parseSum() throws(ConfigError) -> Expression.Node {
        var left = try parseProduct()
        while let token = peek {
            let op: Expression.BinaryOperator
            switch token.kind {
            case .plus: op = .add
            case .minus: op = .subtract
            default: return left
            }
            position += 1
            let right = try parseProduct(after: token)
            left = .binary(op, left, right, operatorOffset: token.range.lowerBound,
                           range: left.range.lowerBound..<right.range.upperBound)
        }
        return left
    }

    private mutating func parseProduct(after previous: ExpressionToken? = nil) throws(ConfigError) -> Expression.Node {
        var left = try parseUnary(after: previous)
        while let token = peek {
            let op: Expression.BinaryOperator
            switch token.kind {
            case .times: op = .multiply
            case .divide: op = .divide
            default: return left
            }
            position += 1
            let right = try parseUnary(after: token)
            left = .binary(op, left, right, operatorOffset: token.range.lowerBound,
                           range: left.range.lowerBound..<right.range.upperBound)
        }
        return left
    }

    private mutating func parseUnary(after previous: ExpressionToken?) throws(ConfigError) -> Expression.Node {
        if let token = peek, token.kind == .minus {
            position += 1
            let operand = try nested { (parser: inout ExpressionParser) throws(ConfigError) in
                try parser.parseUnary(after: token)
            }
            return .negate(operand, range: token.range.lowerBound..<operand.range.upperBound)
        }
        return try parsePower(after: previous)
    }

    private mutating func parsePower(after previous: ExpressionToken?) throws(ConfigError) -> Expression.Node {
        let base = try parsePrimary(after: previous)
        guard let token = peek, token.kind == .power else { return base }
        position += 1
        // The exponent is a unary: right-associative, and `2^-1` is allowed.
        let exponent = try nested { (parser: inout ExpressionParser) throws(ConfigError) in
            try parser.parseUnary(after: token)
        }
        return .binary(.power, base, exponent, operatorOffset: token.range.lowerBound,
                       range: base.range.lowerBound..<exponent.range.upperBound)
    }

    private mutating func parsePrimary(after previous: ExpressionToken?) throws(ConfigError) -> Expression.Node {
        guard let token = peek else {
            let what = previous.map { "after \($0.quoted)" } ?? "here"
            throw ConfigError("expected a quantity name, a number or '(' \(what), found the end of the expression",
                              at: location(end))
        }
        switch token.kind {
        case .number(let value):
            position += 1
            return .number(value, range: token.range)
        case .name(let name):
            position += 1
            guard let open = peek, open.kind == .open else {
                return .name(name, range: token.range)
            }
            guard let function = Expression.Function(rawValue: name) else {
                let suggestion = Suggestion.didYouMean(name, in: Expression.Function.allCases.map(\.rawValue))
                throw ConfigError("'\(name)' is not a function (functions: \(Expression.Function.names))"
                                  + (suggestion.isEmpty ? "; write an operator (+ - * / ^) before '('" : suggestion),
                                  at: location(token.range.lowerBound))
            }
            position += 1
            let argument = try nested { (parser: inout ExpressionParser) throws(ConfigError) in
                try parser.parseSum()
            }
            guard let close = peek, close.kind == .close else {
                throw ConfigError("missing ')' to close the '(' of \(name) at column \(location(open.range.lowerBound).column)",
                                  at: location(peek?.range.lowerBound ?? end))
            }
            position += 1
            return .call(function, argument, range: token.range.lowerBound..<close.range.upperBound)
        case .open:
            position += 1
            let inner = try nested { (parser: inout ExpressionParser) throws(ConfigError) in
                try parser.parseSum()
            }
            guard let close = peek, close.kind == .close else {
                throw ConfigError("missing ')' to close the '(' at column \(location(token.range.lowerBound).column)",
                                  at: location(peek?.range.lowerBound ?? end))
            }
            position += 1
            return rangeAdjusted(inner, to: token.range.lowerBound..<close.range.upperBound)
        default:
            let what = previous.map { "after \($0.quoted)" } ?? "at the start"
            throw ConfigError("expected a quantity name, a number or '(' \(what), found \(token.quoted)",
                              at: location(token.range.lowerBound))
        }
    }

    /// A parenthesised node spans its parentheses, so messages quote `(a - b)` whole.
    private func rangeAdjusted(_ node: Expression.Node, to range: Range<Int>) -> Expression.Node {
        switch node {
        case .number, .name:
            // Errors about a name point at the name itself, not at its parenthesis.
            return node
        case .call(let function, let argument, _): return .call(function, argument, range: range)
        case .negate(let operand, _): return .negate(operand, range: range)
        case .binary(let op, let left, let right, let offset, _):
            return .binary(op, left, right, operatorOffset: offset, range: range)
        }
    }

    /// Runs `body` one level deeper, refusing inputs nested beyond `maximumDepth`.
    private mutating func nested(_ body: (inout ExpressionParser) throws(ConfigError) -> Expression.Node) throws(ConfigError) -> Expression.Node {
        depth += 1
        defer { depth -= 1 }
        if depth > Self.maximumDepth {
            let offset = peek?.range.lowerBound ?? end
            throw ConfigError("expression nested too deeply (more than \(Self.maximumDepth) levels)", at: location(offset))
        }
        return try body(&self)
    }
}
