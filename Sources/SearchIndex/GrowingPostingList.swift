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
        PostingList.appendGap(UInt32(section - last - 1), to: &gaps)
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
        PostingList.appendGap(UInt32(other.first - last - 1), to: &gaps)
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
        return String(decoding: PostingList.encodeBitmap(gaps: gaps, last: last), as: UTF8.self)
    }

    /// The sections, decoded from the gaps.
    func sections() -> [Int32] {
        PostingList.decodeGaps(gaps)
    }
}
