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

extension ArraySlice where Element == UInt8 {
    /// UTF-8 text without leading and trailing spaces, by the same rule as
    /// `trimmingSpaces()` on a String, without making one: the search index
    /// trims every block of a site's text this way.
    public func trimmingSpaces() -> ArraySlice<UInt8> {
        var start = startIndex
        var end = endIndex
        while start < end {
            let (scalar, length) = scalar(at: start)
            guard scalar.isTrimmableSpace else { break }
            start += length
        }
        while end > start {
            var lead = end - 1
            while lead > start, self[lead] & 0xC0 == 0x80 { lead -= 1 }
            let (scalar, length) = scalar(at: lead)
            guard lead + length == end, scalar.isTrimmableSpace else { break }
            end = lead
        }
        return self[start..<end]
    }

    /// The scalar whose UTF-8 starts at `index`, and its length; U+FFFD for
    /// bytes that do not start one (never a space, so never trimmed).
    private func scalar(at index: Int) -> (scalar: Unicode.Scalar, length: Int) {
        let lead = self[index]
        if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
        guard length > 1, index + length <= endIndex else { return ("\u{FFFD}", 1) }
        var decoder = UTF8()
        var iterator = self[index..<(index + length)].makeIterator()
        if case .scalarValue(let scalar) = decoder.decode(&iterator) { return (scalar, length) }
        return ("\u{FFFD}", 1)
    }
}
