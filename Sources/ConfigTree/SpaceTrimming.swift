extension Unicode.Scalar {
    /// A space that trimming removes: what Foundation's `.whitespaces` holds
    /// (Unicode `Zs`, tab and, as CoreFoundation counts it, the zero width
    /// space U+200B), so the ideographic space U+3000 counts too.
    public var isTrimmableSpace: Bool {
        if isASCII { return self == " " || self == "\t" }
        return self == "\u{200B}" || properties.generalCategory == .spaceSeparator
    }
}

extension StringProtocol {
    /// The text without leading and trailing spaces and tabs, as Foundation's
    /// `trimmingCharacters(in: .whitespaces)` gives it, without bridging to
    /// NSString: every heading and title of a site passes here. One rule for
    /// every module that reads values (titles, sizes, layer fields).
    public func trimmingSpaces() -> String {
        let scalars = unicodeScalars
        var start = scalars.startIndex
        var end = scalars.endIndex
        while start < end, scalars[start].isTrimmableSpace {
            start = scalars.index(after: start)
        }
        while end > start, scalars[scalars.index(before: end)].isTrimmableSpace {
            end = scalars.index(before: end)
        }
        // The common case, nothing to trim, returns the text itself.
        if start == scalars.startIndex && end == scalars.endIndex { return String(self) }
        var trimmed = String.UnicodeScalarView()
        trimmed.append(contentsOf: scalars[start..<end])
        return String(trimmed)
    }
}
