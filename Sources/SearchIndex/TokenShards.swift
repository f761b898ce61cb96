import Dispatch

/// The token shards of an index (`search/t/N.js`): every token's entry,
/// `"token":lists`, in the shard its key picks (`ShardKey`), with as many
/// shards as keep them near `targetShardBytes` and under `maxShardBytes`.
enum TokenShards {
    static func files(_ postings: TokenPostings, settings: SearchIndexBuilder) -> [(path: String, contents: String)] {
        let count = postings.keys.count
        let encoded = UnsafeResultArray<(token: String, json: String)>(count: count)
        let chunks = max(1, min(count, 16))
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            var number = chunk
            while number < count {
                let token = postings.token(number)
                let all = postings.all[number].encoded()
                let heading = postings.heading[number].encoded()
                let title = postings.title[number].encoded()
                let value: String
                if heading.isEmpty && title.isEmpty {
                    value = "\"\(all)\""
                } else if title.isEmpty {
                    value = "[\"\(all)\",\"\(heading)\"]"
                } else {
                    value = "[\"\(all)\",\"\(heading)\",\"\(title)\"]"
                }
                encoded.set(number, (token, JSONText.literal(token) + ":" + value))
                number += chunks
            }
        }
        var entries = encoded.values
        entries.sort { $0.token.unicodeScalars.lexicographicallyPrecedes($1.token.unicodeScalars) }

        let total = entries.reduce(0) { $0 + $1.json.utf8.count + 1 }
        let largestEntry = entries.map { $0.json.utf8.count }.max() ?? 0
        var shardCount = 1
        while shardCount * settings.targetShardBytes < total { shardCount *= 2 }
        var shards: [[Int]] = []
        while true {
            shards = Array(repeating: [], count: shardCount)
            var sizes = Array(repeating: 0, count: shardCount)
            for (index, entry) in entries.enumerated() {
                let shard = ShardKey.shard(entry.token, count: shardCount)
                shards[shard].append(index)
                sizes[shard] += entry.json.utf8.count + 1
            }
            guard let largest = sizes.max(), largest > settings.maxShardBytes, largest > largestEntry, shardCount < 65_536 else { break }
            shardCount *= 2
        }
        return shards.enumerated().map { number, members in
            let body = members.map { entries[$0].json }.joined(separator: ",\n")
            return (SearchIndexLayout.shard(number), "sitegenSearch.shard(\(number),{\n\(body)});\n")
        }
    }
}
