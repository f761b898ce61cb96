/// A posting list while the index is being built: already in the gap form of
/// `PostingList` (one to a few bytes per section, where an `[Int32]` costs
/// four plus its spare capacity), growing one section at a time, and joinable
/// to the list of the same token from the next run of pages.
struct GrowingPostingList {
    /// Every section's gap, the first counted from -1: `PostingList.encodeGaps`.
    private(set) var gaps: [UInt8] = []
    private(set) var count: Int32 = 0
    private(set) var first: Int32 = -1
    private(set) var last: Int32 = -1
    /// How many bytes of `gaps` the first section takes.
    private var firstLength: Int32 = 0

    /// Adds a section; sections come in increasing order, and adding the last
    /// one again changes nothing (a token seen twice in one section).
    @inline(__always)
    mutating func add(_ section: Int32) {
        if section == last { return }
        let before = gaps.count
        Self.appendGap(UInt32(section - last - 1), to: &gaps)
        if count == 0 {
            first = section
            firstLength = Int32(gaps.count - before)
        }
        last = section
        count += 1
    }

    /// Appends a list whose sections all come after this one's.
    mutating func append(_ other: GrowingPostingList) {
        guard other.count > 0 else { return }
        guard count > 0 else {
            self = other
            return
        }
        Self.appendGap(UInt32(other.first - last - 1), to: &gaps)
        gaps.append(contentsOf: other.gaps[Int(other.firstLength)...])
        last = other.last
        count += other.count
    }

    /// The list as `PostingList.encode` writes it: the gaps, or a bitmap when that is shorter.
    func encoded() -> String {
        guard count > 0 else { return "" }
        let bitmapLength = 1 + ((Int(last) / 8 + 1) * 4 + 2) / 3
        if Int(count) < bitmapLength && gaps.count <= bitmapLength {
            return String(decoding: gaps, as: UTF8.self)
        }
        return String(decoding: PostingList.encodeBitmap(sections()), as: UTF8.self)
    }

    /// The sections, decoded from the gaps.
    func sections() -> [Int32] {
        var result: [Int32] = []
        result.reserveCapacity(Int(count))
        var previous: Int32 = -1
        var value: Int32 = 0
        for byte in gaps {
            if let digit = Self.moreDigitValue[Int(byte)] {
                value = value &* 32 &+ digit
            } else {
                previous += value &* 32 &+ (Self.finalDigitValue[Int(byte)] ?? 0) &+ 1
                result.append(previous)
                value = 0
            }
        }
        return result
    }

    /// One gap in base 32, most significant digit first: the last digit from
    /// `PostingList.finalDigits`, the others from `moreDigits`.
    @inline(__always)
    static func appendGap(_ gap: UInt32, to bytes: inout [UInt8]) {
        if gap < 32 {
            bytes.append(PostingList.finalDigits[Int(gap)])
            return
        }
        var shift: UInt32 = 5
        while gap >> (shift + 5) > 0 { shift += 5 }
        while shift > 0 {
            bytes.append(PostingList.moreDigits[Int(gap >> shift & 31)])
            shift -= 5
        }
        bytes.append(PostingList.finalDigits[Int(gap & 31)])
    }

    private static let moreDigitValue: [Int32?] = digitValues(PostingList.moreDigits)
    private static let finalDigitValue: [Int32?] = digitValues(PostingList.finalDigits)

    private static func digitValues(_ digits: [UInt8]) -> [Int32?] {
        var values = [Int32?](repeating: nil, count: 256)
        for (value, digit) in digits.enumerated() { values[Int(digit)] = Int32(value) }
        return values
    }
}
