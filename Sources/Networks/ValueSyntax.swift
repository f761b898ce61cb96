import ConfigTree

/// Why a declared value cannot be read; the message continues the field's name
/// ("out" + " must be at least 1, not 0").
struct ValueProblem: Error {
    var message: String
}

/// The written forms of values in a network declaration (all scalars arrive as
/// the text the author wrote).
enum ValueSyntax {
    /// A whole number of at least `minimum`: `64`.
    static func integer(_ text: String, minimum: Int) -> Result<Int, ValueProblem> {
        let digits = text.hasPrefix("-") ? text.dropFirst() : Substring(text)
        guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else {
            return .failure(ValueProblem(message: "must be a whole number, not '\(text)'"))
        }
        guard let value = Int(text) else {
            let problem = text.hasPrefix("-") ? "must be at least \(minimum), not \(text)" : "is too large (\(text))"
            return .failure(ValueProblem(message: problem))
        }
        guard value >= minimum else {
            return .failure(ValueProblem(message: "must be at least \(minimum), not \(value)"))
        }
        return .success(value)
    }

    /// A height and width: `3` (square), `1x7` or `1×7` (H×W), or the list `[1, 7]`.
    static func size(_ node: ConfigNode, minimum: Int) -> Result<Size2D, ValueProblem> {
        numbers(node, counts: [1, 2], minimum: minimum, form: "N, HxW or [H, W]").map { values in
            Size2D(height: values[0], width: values[values.count - 1])
        }
    }

    /// A tensor shape: `3x224x224` (C×H×W), `[3, 224, 224]`, or a feature count `784`.
    static func shape(_ node: ConfigNode) -> Result<TensorShape, ValueProblem> {
        numbers(node, counts: [1, 3], minimum: 1, form: "C×H×W like 3x224x224, or a feature count").map { values in
            values.count == 3
                ? .spatial(channels: values[0], height: values[1], width: values[2])
                : .flat(features: values[0])
        }
    }

    /// Numbers separated by `x` or `×`, or a list of numbers; `counts` are the allowed lengths.
    private static func numbers(_ node: ConfigNode, counts: Set<Int>, minimum: Int, form: String) -> Result<[Int], ValueProblem> {
        let parts: [String]
        if let text = node.scalar {
            parts = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "x" || $0 == "×" })
                .map { $0.trimmingSpaces() }
        } else if let items = node.items, items.allSatisfy({ $0.scalar != nil }) {
            parts = items.compactMap(\.scalar)
        } else {
            parts = []
        }
        let wholeNumbers = parts.allSatisfy { part in
            let digits = part.hasPrefix("-") ? part.dropFirst() : Substring(part)
            return !digits.isEmpty && digits.allSatisfy { $0.isASCII && $0.isNumber }
        }
        guard counts.contains(parts.count), wholeNumbers else {
            return .failure(ValueProblem(message: "must be \(form), not \(written(node))"))
        }
        var values: [Int] = []
        for part in parts {
            switch integer(part, minimum: minimum) {
            case .success(let value): values.append(value)
            case .failure(let problem): return .failure(problem)
            }
        }
        return .success(values)
    }

    /// `true` or `false`.
    static func flag(_ text: String) -> Result<Bool, ValueProblem> {
        switch text {
        case "true": return .success(true)
        case "false": return .success(false)
        default: return .failure(ValueProblem(message: "must be true or false, not '\(text)'"))
        }
    }

    /// A probability from 0 to 1: `0.5`.
    static func probability(_ text: String) -> Result<Double, ValueProblem> {
        guard let value = Double(text), value.isFinite, value >= 0, value <= 1 else {
            return .failure(ValueProblem(message: "must be a number from 0 to 1, not '\(text)'"))
        }
        return .success(value)
    }

    /// The value as an author would recognise it in a message.
    static func written(_ node: ConfigNode) -> String {
        if let text = node.scalar { return "'\(text)'" }
        return node.kindName
    }
}
