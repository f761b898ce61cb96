extension String {
    /// The string without leading and trailing spaces and tabs, as Foundation's
    /// `trimmingCharacters(in: .whitespaces)` gives it (Unicode `Zs`, tab and,
    /// as CoreFoundation counts it, the zero width space U+200B; so the
    /// ideographic space U+3000 goes too), without bridging to
    /// NSString: every heading and title of a site passes here, and the common
    /// case, nothing to trim, returns the string itself.
    func trimmingSpaces() -> String {
        let scalars = unicodeScalars
        var start = scalars.startIndex
        var end = scalars.endIndex
        while start < end, Self.isSpace(scalars[start]) {
            start = scalars.index(after: start)
        }
        while end > start, Self.isSpace(scalars[scalars.index(before: end)]) {
            end = scalars.index(before: end)
        }
        if start == scalars.startIndex && end == scalars.endIndex { return self }
        return String(scalars[start..<end])
    }

    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return scalar == " " || scalar == "\t" }
        return scalar == "\u{200B}" || scalar.properties.generalCategory == .spaceSeparator
    }
}
