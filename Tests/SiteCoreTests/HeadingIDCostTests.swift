import Testing
@testable import SiteCore

/// The cost of making heading ids unique, counted in id lookups (never timed):
/// a page's headings must cost work in proportion to their number.
@Suite struct HeadingIDCostTests {
    /// The rule the ids follow, written the slow way: the first of `base`,
    /// `base-1`, `base-2`, … not taken yet.
    static func referenceIDs(_ bases: [String]) -> [String] {
        var used = Set<String>()
        return bases.map { base in
            var candidate = base
            var counter = 0
            while used.contains(candidate) {
                counter += 1
                candidate = "\(base)-\(counter)"
            }
            used.insert(candidate)
            return candidate
        }
    }

    @Test func tenThousandIdenticalHeadingsCostOneLookupEach() {
        var uniquer = HeadingID.Uniquer()
        let ids = (0..<10_000).map { _ in uniquer.unique("小结") }
        #expect(uniquer.probes == 10_000)
        #expect(ids[0] == "小结" && ids[1] == "小结-1" && ids[9_999] == "小结-9999")
        #expect(Set(ids).count == 10_000)
    }

    /// `a-1 … a-k` then k × `a`: the first repeated `a` walks past the k
    /// authored ids once; every later one resumes where it stopped.
    @Test func authoredSuffixesAreSkippedOnce() {
        let k = 5_000
        let bases = (1...k).map { "a-\($0)" } + Array(repeating: "a", count: k)
        var uniquer = HeadingID.Uniquer()
        let ids = bases.map { uniquer.unique($0) }
        // k authored ids, the first `a`, k + 1 tries for the second, one each for the rest.
        #expect(uniquer.probes == k + 1 + (k + 1) + (k - 2))
        #expect(ids[k] == "a" && ids[k + 1] == "a-\(k + 1)" && ids.last == "a-\(2 * k - 1)")
        #expect(Set(ids).count == ids.count)
    }

    /// A generated `a-1` and an authored `a-1` never share an id, in either order.
    @Test(arguments: [
        (["a", "a", "a-1"], ["a", "a-1", "a-1-1"]),
        (["a-1", "a", "a"], ["a-1", "a", "a-2"]),
        (["a", "a-1", "a", "a-1", "a"], ["a", "a-1", "a-2", "a-1-1", "a-3"]),
        (["a-2", "a", "a", "a", "a"], ["a-2", "a", "a-1", "a-3", "a-4"]),
    ])
    func generatedAndAuthoredIDsStayApart(bases: [String], expected: [String]) {
        var uniquer = HeadingID.Uniquer()
        #expect(bases.map { uniquer.unique($0) } == expected)
        #expect(Self.referenceIDs(bases) == expected)
    }

    /// Same ids as the rule, on many mixes of repeated and suffixed headings.
    @Test func matchesTheRuleOnMixedPages() {
        var generator = SplitMix64(seed: 15)
        let vocabulary = ["a", "a-1", "a-2", "a-1-1", "a-10", "b", "b-1", "section", "section-1", "小结", "小结-1", "a-01"]
        for _ in 0..<500 {
            let count = Int(generator.next() % 40)
            let bases = (0..<count).map { _ in vocabulary[Int(generator.next() % UInt64(vocabulary.count))] }
            var uniquer = HeadingID.Uniquer()
            let ids = bases.map { uniquer.unique($0) }
            #expect(ids == Self.referenceIDs(bases), "bases: \(bases)")
            // One successful lookup per heading; a taken id is walked past at most
            // twice (as a base of its own, and as a suffix of a shorter base).
            #expect(uniquer.probes <= 3 * bases.count)
        }
    }
}

/// A small deterministic generator, so a failure is reproducible.
struct SplitMix64 {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
