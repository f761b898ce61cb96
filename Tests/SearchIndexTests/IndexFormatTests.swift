import Foundation
import Testing
@testable import SearchIndex

/// Tests/search/index-format.json: shard numbers and posting lists, which
/// the browser's search.js reads and is checked against too.
@Suite struct IndexFormatTests {
    struct Format: Decodable {
        struct Shard: Decodable { var token: String; var shard: Int }
        struct List: Decodable { var text: String; var sections: [Int] }
        var shardCount: Int
        var shards: [Shard]
        var lists: [List]
    }

    static func format() throws -> Format {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("search/index-format.json")
        return try JSONDecoder().decode(Format.self, from: Data(contentsOf: url))
    }

    @Test func shardNumbersMatch() throws {
        let format = try Self.format()
        for row in format.shards {
            #expect(ShardKey.shard(row.token, count: format.shardCount) == row.shard, "\(row.token)")
        }
    }

    @Test func postingListsMatch() throws {
        for row in try Self.format().lists {
            #expect(PostingList.decode(row.text) == row.sections)
            #expect(PostingList.decode(PostingList.encode(row.sections.map(Int32.init))) == row.sections)
        }
    }

    @Test func aWordsShardFollowsItsFirstTwoCharacters() {
        #expect(ShardKey.shard("conv2d", count: 1_024) == ShardKey.shard("co", count: 1_024))
        #expect(ShardKey.shard("conv2d", count: 1_024) == ShardKey.shard("conv", count: 1_024))
    }
}
