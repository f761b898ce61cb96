extension ConfigNode {
    /// A whole number (see `WholeNumberText`) within `bounds`, or an error naming
    /// `key` at the value. `why`, when given, explains the upper bound
    /// ("'hidden' must be at most 16, not 20 (more units do not draw legibly)").
    public func wholeNumber(_ key: String, in bounds: ClosedRange<Int> = 0...Int.max,
                            why: String? = nil) throws(ConfigError) -> Int {
        if case .null = value { throw ConfigError("'\(key)' needs a value: a whole number", at: location) }
        guard let text = scalar else {
            throw ConfigError("'\(key)' must be a whole number, not \(writtenValue)", at: location)
        }
        return try Self.wholeNumber(text, subject: "'\(key)'", in: bounds, why: why, at: location)
    }

    /// The same reading for a part of a value (a side of a size), which starts at
    /// `location`; `subject` begins the message (`'kernel' width`).
    static func wholeNumber(_ text: String, subject: String, in bounds: ClosedRange<Int>, why: String?,
                            at location: SourceLocation) throws(ConfigError) -> Int {
        let written = text.trimmingSpaces()
        let reason = why.map { " (\($0))" } ?? ""
        switch WholeNumberText(text) {
        case .malformed:
            throw ConfigError("\(subject) must be a whole number, not '\(text)'", at: location)
        case .tooLarge(negative: true):
            throw ConfigError("\(subject) must be at least \(bounds.lowerBound), not \(written)", at: location)
        case .tooLarge(negative: false):
            throw ConfigError("\(subject) must be at most \(bounds.upperBound), not \(written)\(reason)", at: location)
        case .value(let value) where value < bounds.lowerBound:
            throw ConfigError("\(subject) must be at least \(bounds.lowerBound), not \(value)", at: location)
        case .value(let value) where value > bounds.upperBound:
            throw ConfigError("\(subject) must be at most \(bounds.upperBound), not \(value)\(reason)", at: location)
        case .value(let value):
            return value
        }
    }
}
