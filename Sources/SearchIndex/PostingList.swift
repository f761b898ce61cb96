/// A posting list (the sorted numbers of the sections that hold a token) as
/// a short ASCII string that needs no escaping in JSON, in whichever of two
/// forms is shorter:
/// - gaps: each gap minus one (the first number counts from -1) as a base-32
///   number, most significant digit first; the last digit comes from
///   `finalDigits`, the others from `moreDigits`;
/// - a bitmap: "!" then base64url (no padding) of the bits, section n being bit
///   n % 8 of byte n / 8, trailing zero bytes left off.
/// A token in most sections costs one bit per section of the site, not more.
enum PostingList {
    static let finalDigits = Array("0123456789ABCDEFGHIJKLMNOPQRSTUV".utf8)
    static let moreDigits = Array("WXYZabcdefghijklmnopqrstuvwxyz-_".utf8)
    static let base64URL = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".utf8)

    static func encode(_ sections: [Int32]) -> String {
        guard let last = sections.last else { return "" }
        let bitmapLength = 1 + ((Int(last) / 8 + 1) * 4 + 2) / 3
        // Gaps take at least a character each: a list that long is a bitmap
        // without writing its gaps first (dense lists are the longest).
        if sections.count < bitmapLength {
            let gaps = encodeGaps(sections)
            if gaps.count <= bitmapLength { return String(decoding: gaps, as: UTF8.self) }
        }
        return String(decoding: encodeBitmap(sections), as: UTF8.self)
    }

    static func encodeGaps(_ sections: [Int32]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(sections.count * 2)
        var previous: Int32 = -1
        for section in sections {
            appendGap(UInt32(section - previous - 1), to: &out)
            previous = section
        }
        return out
    }

    /// One gap in base 32, most significant digit first: the last digit from
    /// `finalDigits`, the others from `moreDigits`.
    @inline(__always)
    static func appendGap(_ gap: UInt32, to bytes: inout [UInt8]) {
        if gap < 32 {
            bytes.append(finalDigits[Int(gap)])
            return
        }
        var shift: UInt32 = 5
        while gap >> (shift + 5) > 0 { shift += 5 }
        while shift > 0 {
            bytes.append(moreDigits[Int(gap >> shift & 31)])
            shift -= 5
        }
        bytes.append(finalDigits[Int(gap & 31)])
    }

    static func encodeBitmap(_ sections: [Int32]) -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: Int(sections.last!) / 8 + 1)
        for section in sections {
            bytes[Int(section) / 8] |= 1 << UInt8(section % 8)
        }
        return bitmapText(bytes)
    }

    /// The bitmap form of a list given in the gap form, whose last section is
    /// `last`: the dense lists of a big site, read without an array of their sections.
    static func encodeBitmap(gaps: [UInt8], last: Int32) -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: Int(last) / 8 + 1)
        forEachSection(inGaps: gaps) { section in
            bytes[Int(section) / 8] |= 1 << UInt8(section % 8)
        }
        return bitmapText(bytes)
    }

    /// "!" and the base64url of the bitmap's bytes.
    private static func bitmapText(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = [UInt8(ascii: "!")]
        out.reserveCapacity(bytes.count * 4 / 3 + 4)
        var index = 0
        while index < bytes.count {
            let b0 = UInt32(bytes[index])
            let b1 = index + 1 < bytes.count ? UInt32(bytes[index + 1]) : 0
            let b2 = index + 2 < bytes.count ? UInt32(bytes[index + 2]) : 0
            let triple = b0 << 16 | b1 << 8 | b2
            let available = min(3, bytes.count - index)
            for position in 0...available {
                out.append(base64URL[Int((triple >> UInt32(18 - 6 * position)) & 63)])
            }
            index += 3
        }
        return out
    }

    static func decode(_ text: String) -> [Int] {
        let bytes = Array(text.utf8)
        guard let first = bytes.first else { return [] }
        var result: [Int] = []
        if first == UInt8(ascii: "!") {
            var values: [UInt32] = []
            for byte in bytes.dropFirst() {
                values.append(UInt32(base64URL.firstIndex(of: byte) ?? 0))
            }
            var byteIndex = 0
            var chunk = 0
            while chunk < values.count {
                let group = values[chunk..<min(chunk + 4, values.count)]
                var triple: UInt32 = 0
                for (position, value) in group.enumerated() { triple |= value << UInt32(18 - 6 * position) }
                for position in 0..<(group.count - 1) {
                    let byte = (triple >> UInt32(16 - 8 * position)) & 255
                    for bit in 0..<8 where byte & (1 << UInt32(bit)) != 0 {
                        result.append((byteIndex + position) * 8 + bit)
                    }
                }
                byteIndex += group.count - 1
                chunk += 4
            }
            return result
        }
        return decodeGaps(bytes).map(Int.init)
    }

    /// The sections of a list in the gap form; bytes of neither digit set are skipped.
    static func decodeGaps(_ bytes: some Sequence<UInt8>) -> [Int32] {
        var result: [Int32] = []
        forEachSection(inGaps: bytes) { result.append($0) }
        return result
    }

    @inline(__always)
    private static func forEachSection(inGaps bytes: some Sequence<UInt8>, _ body: (Int32) -> Void) {
        let moreDigitValue = Self.moreDigitValue
        let finalDigitValue = Self.finalDigitValue
        var previous: Int32 = -1
        var value: Int32 = 0
        for byte in bytes {
            if let digit = moreDigitValue[Int(byte)] {
                value = value &* 32 &+ digit
            } else if let digit = finalDigitValue[Int(byte)] {
                previous &+= value &* 32 &+ digit &+ 1
                body(previous)
                value = 0
            }
        }
    }

    /// Each byte's value as a digit of `moreDigits` / `finalDigits`, or nil.
    private static let moreDigitValue = digitValues(moreDigits)
    private static let finalDigitValue = digitValues(finalDigits)

    private static func digitValues(_ digits: [UInt8]) -> [Int32?] {
        var values = [Int32?](repeating: nil, count: 256)
        for (value, digit) in digits.enumerated() { values[Int(digit)] = Int32(value) }
        return values
    }
}
