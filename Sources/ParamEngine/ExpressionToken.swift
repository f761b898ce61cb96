import ConfigTree

/// One token of an expression, with the byte range it was read from.
struct ExpressionToken: Sendable, Hashable {
    enum Kind: Sendable, Hashable {
        case number(Int)
        case name(String)
        case plus, minus, times, divide, power
        case open, close
    }

    var kind: Kind
    /// Offsets into the expression text, in Unicode scalars (columns count characters).
    var range: Range<Int>

    /// How the token reads in a message.
    var quoted: String {
        switch kind {
        case .number(let value): return "'\(value)'"
        case .name(let name): return "'\(name)'"
        case .plus: return "'+'"
        case .minus: return "'-'"
        case .times: return "'*'"
        case .divide: return "'/'"
        case .power: return "'^'"
        case .open: return "'('"
        case .close: return "')'"
        }
    }
}

/// Splits an expression into tokens: quantity names (letters, including Han,
/// digits and `_`, not starting with a digit), whole numbers, `+ - * / ^ ( )`.
///
/// Look-alike characters that authors type in Chinese text (×, ÷, −, full-width
/// parentheses) are refused with a hint rather than accepted, so that there is
/// one way to write an expression.
enum ExpressionLexer {
    static func tokens(of text: String, at origin: SourceLocation) throws(ConfigError) -> [ExpressionToken] {
        var tokens: [ExpressionToken] = []
        let scalars = Array(text.unicodeScalars)
        // Offsets count Unicode scalars, so that columns count characters everywhere.
        let offsets = Array(0...scalars.count)

        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            let start = offsets[index]
            if scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r" {
                index += 1
                continue
            }
            if let single = singleCharacterKind(scalar) {
                tokens.append(ExpressionToken(kind: single, range: start..<offsets[index + 1]))
                index += 1
                continue
            }
            if isDigit(scalar) {
                var end = index
                var value = 0
                var overflow = false
                while end < scalars.count, isDigit(scalars[end]) {
                    let digit = Int(scalars[end].value - 48)
                    let (scaled, o1) = value.multipliedReportingOverflow(by: 10)
                    let (sum, o2) = scaled.addingReportingOverflow(digit)
                    overflow = overflow || o1 || o2
                    value = sum
                    end += 1
                }
                if overflow {
                    let digits = String(String.UnicodeScalarView(scalars[index..<end]))
                    throw ConfigError("the number \(digits) is too large (the largest is \(Int.max))",
                                      at: location(origin, start))
                }
                tokens.append(ExpressionToken(kind: .number(value), range: start..<offsets[end]))
                index = end
                continue
            }
            if isNameStart(scalar) {
                var end = index + 1
                while end < scalars.count, isNameStart(scalars[end]) || isDigit(scalars[end]) { end += 1 }
                let name = String(String.UnicodeScalarView(scalars[index..<end]))
                tokens.append(ExpressionToken(kind: .name(name), range: start..<offsets[end]))
                index = end
                continue
            }
            if scalar == ".", case .name(let scenario)? = tokens.last?.kind, tokens.last?.range.upperBound == start,
               index + 1 < scalars.count, isNameStart(scalars[index + 1]) {
                var end = index + 1
                while end < scalars.count, isNameStart(scalars[end]) || isDigit(scalars[end]) { end += 1 }
                let quantity = String(String.UnicodeScalarView(scalars[index + 1..<end]))
                throw ConfigError(
                    "'\(scenario).\(quantity)' names a scenario and a quantity, as `sitegen params` lists them; an expression reads the quantities of its own page's scenario (a chapter's inherits the site's), so write '\(quantity)'",
                    at: location(origin, tokens.last!.range.lowerBound))
            }
            throw ConfigError("unexpected character '\(Character(scalar))'\(hint(for: scalar))", at: location(origin, start))
        }
        return tokens
    }

    static func location(_ origin: SourceLocation, _ scalarOffset: Int) -> SourceLocation {
        SourceLocation(line: origin.line, column: origin.column + scalarOffset)
    }

    static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        ("0"..."9").contains(scalar)
    }

    /// Letters of any script, and `_`. Digits continue a name but do not start one.
    static func isNameStart(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "_" || scalar.properties.isAlphabetic
    }

    private static func singleCharacterKind(_ scalar: Unicode.Scalar) -> ExpressionToken.Kind? {
        switch scalar {
        case "+": return .plus
        case "-": return .minus
        case "*": return .times
        case "/": return .divide
        case "^": return .power
        case "(": return .open
        case ")": return .close
        default: return nil
        }
    }

    private static func hint(for scalar: Unicode.Scalar) -> String {
        switch scalar {
        case "×", "·", "✕": return "; write '*' for multiplication"
        case "÷": return "; write '/' for division"
        case "−", "–", "—": return "; write '-' for subtraction"
        case "（", "）": return "; write ASCII parentheses '(' and ')'"
        case ".", ",": return "; numbers are whole numbers without separators"
        case "|": return "; a placeholder has at most one '|' before its format"
        default: return ""
        }
    }
}
