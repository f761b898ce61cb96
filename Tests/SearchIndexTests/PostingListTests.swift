import Testing
@testable import SearchIndex

@Suite struct PostingListTests {
    @Test(arguments: [
        [Int32](), [0], [5], [0, 1, 2, 3], [31, 32, 1_000, 1_001, 70_000],
        Array(stride(from: 0, to: 5_000, by: 1)), Array(stride(from: 3, to: 9_000, by: 2)),
    ])
    func roundTrips(_ sections: [Int32]) {
        #expect(PostingList.decode(PostingList.encode(sections)) == sections.map(Int.init))
        #expect(PostingList.decode(String(decoding: PostingList.encodeGaps(sections), as: UTF8.self)) == sections.map(Int.init))
        if !sections.isEmpty {
            #expect(PostingList.decode(String(decoding: PostingList.encodeBitmap(sections), as: UTF8.self)) == sections.map(Int.init))
        }
    }

    @Test func aDenseListIsABitmapOfOneBitPerSection() {
        let encoded = PostingList.encode(Array(0..<6_000))
        #expect(encoded.hasPrefix("!"))
        #expect(encoded.utf8.count <= 1 + 6_000 / 6 + 2)
    }

    @Test func aSparseListIsGaps() {
        // 3; then 40000 - 3 - 1 = 39996 = 1·32³ + 7·32² + 1·32 + 28.
        #expect(PostingList.encode([3, 40_000]) == "3XdXS")
    }
}
