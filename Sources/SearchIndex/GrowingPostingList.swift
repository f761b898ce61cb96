/// A posting list while the index is being built: already in the gap form of
/// `PostingList` (one to a few bytes per section, where an `[Int32]` costs
/// four plus its spare capacity), growing one section at a time.
struct GrowingPostingList {
    /// Every section's gap, the first counted from -1: `PostingList.encodeGaps`.
    private(set) var gaps: [UInt8] = []
    private(set) var count: Int32 = 0
    private(set) var last: Int32 = -1

    /// Adds a section; sections come in increasing order, and adding the last
    /// one again changes nothing (a token seen twice in one section).
    @inline(__always)
    mutating func add(_ section: Int32) {
        if section == last { return }
        PostingList.appendGap(UInt32(section - last - 1), to: &gaps)
        last = section
        count += 1
    }

    /// The list as `PostingList.encode` writes it: the gaps, or a bitmap when that is shorter.
    func encoded() -> String {
        guard count > 0 else { return "" }
        let bitmapLength = 1 + ((Int(last) / 8 + 1) * 4 + 2) / 3
        if Int(count) < bitmapLength && gaps.count <= bitmapLength {
            return String(decoding: gaps, as: UTF8.self)
        }
        return String(decoding: PostingList.encodeBitmap(gaps: gaps, last: last), as: UTF8.self)
    }

    /// The sections, decoded from the gaps.
    func sections() -> [Int32] {
        PostingList.decodeGaps(gaps)
    }
}
