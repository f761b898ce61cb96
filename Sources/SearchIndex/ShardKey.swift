/// Which token shard holds a token: FNV-1a (32 bits) over the code points of
/// its key, modulo the shard count. A CJK token's key is the token; a word's
/// key is its first two characters, so that the words a query word begins
/// share its shard (a query word matches every word it is a prefix of).
enum ShardKey {
    static func key(_ token: String) -> Substring.UnicodeScalarView {
        let scalars = token.unicodeScalars
        if SearchTokenizer.isCJKToken(token) { return scalars[...] }
        return scalars.prefix(2)
    }

    static func shard(_ token: String, count: Int) -> Int {
        var hash: UInt32 = 2_166_136_261
        for scalar in key(token) {
            hash ^= scalar.value
            hash = hash &* 16_777_619
        }
        return Int(hash % UInt32(count))
    }
}
