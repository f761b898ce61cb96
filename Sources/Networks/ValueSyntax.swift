import ConfigTree

/// Why a declared value cannot be read; the message continues the field's name
/// ("out" + " must be at least 1, not 0").
struct ValueProblem: Error {
    var message: String
}

/// The written forms of values in a network declaration that are the format's
/// own (a tensor shape, a probability). Booleans, whole numbers and sizes are
/// read with ConfigTree's readers, one grammar for every module.
enum ValueSyntax {
    /// A tensor shape: `3x224x224` (C×H×W, PyTorch's layout), `[3, 224, 224]`,
    /// or a feature count `784`.
    static func shape(_ node: ConfigNode) -> Result<TensorShape, ValueProblem> {
        let form = "C×H×W like 3x224x224, or a feature count"
        let parts: [String]
        if let text = node.scalar {
            parts = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "x" || $0 == "×" })
                .map { $0.trimmingSpaces() }
        } else if let items = node.items, items.allSatisfy({ $0.scalar != nil }) {
            parts = items.compactMap(\.scalar)
        } else {
            parts = []
        }
        let numbers = parts.map(WholeNumberText.init)
        guard parts.count == 1 || parts.count == 3, !numbers.contains(.malformed) else {
            return .failure(ValueProblem(message: "must be \(form), not \(written(node))"))
        }
        var values: [Int] = []
        for (part, number) in zip(parts, numbers) {
            switch number {
            case .value(let value) where value >= 1: values.append(value)
            case .value(let value): return .failure(ValueProblem(message: "must be at least 1, not \(value)"))
            case .tooLarge(negative: true): return .failure(ValueProblem(message: "must be at least 1, not \(part)"))
            case .tooLarge(negative: false), .malformed: return .failure(ValueProblem(message: "is too large (\(part))"))
            }
        }
        return .success(values.count == 3
            ? .spatial(channels: values[0], height: values[1], width: values[2])
            : .flat(features: values[0]))
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
        node.writtenValue
    }
}
