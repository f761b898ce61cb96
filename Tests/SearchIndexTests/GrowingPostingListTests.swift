import Testing
@testable import SearchIndex

/// The index builds its lists a section at a time; the result is
/// `PostingList.encode`'s.
@Suite struct GrowingPostingListTests {
    static let lists: [[Int32]] = [
        [], [0], [5], [0, 1, 2, 3], [31, 32, 1_000, 1_001, 70_000], [3, 40_000],
        Array(0..<5_000), Array(stride(from: 3, to: 9_000, by: 2)),
        Array(stride(from: 7, to: 2_000_000, by: 997)),
    ]

    @Test(arguments: lists)
    func growingOneSectionAtATimeEncodesLikePostingList(_ sections: [Int32]) {
        var list = GrowingPostingList()
        for section in sections {
            list.add(section)
            list.add(section)  // a token seen twice in one section
        }
        #expect(list.count == Int32(sections.count))
        #expect(list.encoded() == PostingList.encode(sections))
        #expect(list.sections() == sections)
    }

    /// Gaps in base 32, written out by hand: `0…V` end a gap, `W…_` are its leading digits.
    @Test(arguments: [
        (0, "0"), (1, "1"), (31, "V"), (32, "X0"), (33, "X1"), (1_023, "_V"), (1_024, "XW0"),
        (32_767, "__V"), (32_768, "XWW0"), (1 << 20, "XWWW0"), (UInt32(Int32.max) - 1, "X_____U"),
    ] as [(UInt32, String)])
    func aGapIsWrittenAsEncodeGapsWritesIt(_ gap: UInt32, _ written: String) {
        var bytes: [UInt8] = []
        PostingList.appendGap(gap, to: &bytes)
        #expect(bytes == PostingList.encodeGaps([Int32(gap)]))
        #expect(String(decoding: bytes, as: UTF8.self) == written)
    }
}
