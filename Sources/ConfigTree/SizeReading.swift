extension ConfigNode {
    /// The one size grammar of every config value: `N` for a square, or `WxH`,
    /// width first; `x`, `X` and `×` separate the parts, spaces around them are
    /// allowed, each part is a whole number within `sides`. Lists are not sizes.
    /// An error names the key and the side, and points at the part that is wrong.
    public func size(_ key: String, sides: ClosedRange<Int> = 1...Int.max, why: String? = nil) throws(ConfigError) -> Size2D {
        let parts = try sizeParts(key, form: "N or WxH (width x height)", counts: 1...2)
        return try Self.size(of: parts, key: key, sides: sides, why: why)
    }

    /// A size with an optional third part for channels: `N`, `WxH` or `WxHxC`
    /// (channels at least 1).
    public func sizeWithChannels(_ key: String, sides: ClosedRange<Int> = 1...Int.max,
                                 why: String? = nil) throws(ConfigError) -> (size: Size2D, channels: Int?) {
        let parts = try sizeParts(key, form: "N, WxH or WxHxC (width x height x channels)", counts: 1...3)
        let size = try Self.size(of: Array(parts.prefix(2)), key: key, sides: sides, why: why)
        guard parts.count == 3 else { return (size, nil) }
        let channels = try Self.wholeNumber(parts[2].text, subject: "'\(key)' channels", in: 1...Int.max, why: nil,
                                            at: parts[2].location)
        return (size, channels)
    }

    private static func size(of parts: [(text: String, location: SourceLocation)], key: String,
                             sides: ClosedRange<Int>, why: String?) throws(ConfigError) -> Size2D {
        if parts.count == 1 {
            return Size2D(square: try wholeNumber(parts[0].text, subject: "'\(key)'", in: sides, why: why, at: parts[0].location))
        }
        let width = try wholeNumber(parts[0].text, subject: "'\(key)' width", in: sides, why: why, at: parts[0].location)
        let height = try wholeNumber(parts[1].text, subject: "'\(key)' height", in: sides, why: why, at: parts[1].location)
        return Size2D(width: width, height: height)
    }

    /// The parts of a written size with where each starts, or an error when the
    /// value is not a scalar, has too many parts, or a part is not a number.
    private func sizeParts(_ key: String, form: String, counts: ClosedRange<Int>) throws(ConfigError)
        -> [(text: String, location: SourceLocation)] {
        if case .null = value { throw ConfigError("'\(key)' needs a value: a size written \(form)", at: location) }
        let malformed = ConfigError("'\(key)' must be a size written \(form), not \(writtenValue)", at: location)
        guard let text = scalar else { throw malformed }
        var parts: [(text: String, offset: Int)] = []
        var current = "", start = 0, offset = 0
        // Columns count characters, as libyaml reports them for a plain scalar on one line.
        for character in text {
            if character == "x" || character == "X" || character == "×" {
                parts.append((current, start))
                current = ""
                start = offset + 1
            } else {
                current.append(character)
            }
            offset += 1
        }
        parts.append((current, start))
        guard counts.contains(parts.count) else { throw malformed }
        var located: [(text: String, location: SourceLocation)] = []
        for part in parts {
            let leading = part.text.unicodeScalars.prefix(while: \.isTrimmableSpace).count
            let partLocation = SourceLocation(line: location.line, column: location.column + part.offset + leading)
            if WholeNumberText(part.text) == .malformed {
                throw ConfigError("'\(key)' must be a size written \(form), not \(writtenValue)", at: partLocation)
            }
            located.append((part.text, partLocation))
        }
        return located
    }
}
