/// The one written form of a whole number in every config value: ASCII digits,
/// with a leading `-` for a negative number (no `+`, no `_`, no decimal point),
/// spaces around it ignored. A minus sign is recognised even where only positive
/// numbers are allowed, so that the error can say "at least 1" instead of "not a
/// whole number".
public enum WholeNumberText: Sendable, Hashable {
    case value(Int)
    /// Digits that do not fit in a 64-bit signed integer.
    case tooLarge(negative: Bool)
    case malformed

    public init<S: StringProtocol>(_ text: S) {
        let trimmed = text.trimmingSpaces()
        var digits = Substring(trimmed)
        let negative = digits.first == "-"
        if negative { digits = digits.dropFirst() }
        guard !digits.isEmpty, digits.utf8.allSatisfy({ (48...57).contains($0) }) else {
            self = .malformed
            return
        }
        guard let value = Int(trimmed) else {
            self = .tooLarge(negative: negative)
            return
        }
        self = .value(value)
    }
}
