import Testing
import ConfigTree

@Suite struct SuggestionTests {
    @Test func editDistanceCountsInsertionsDeletionsAndSubstitutions() {
        #expect(Suggestion.editDistance("full", "full") == 0)
        #expect(Suggestion.editDistance("ful", "full") == 1)
        #expect(Suggestion.editDistance("fulll", "full") == 1)
        #expect(Suggestion.editDistance("fell", "full") == 1)
        #expect(Suggestion.editDistance("flul", "full") == 1)
        #expect(Suggestion.editDistance("xyz", "full") == 4)
        #expect(Suggestion.editDistance("", "abc") == 3)
        #expect(Suggestion.editDistance("权值", "权重") == 1)
        // A swap of two neighbours is one edit.
        #expect(Suggestion.editDistance("titel", "title") == 1)
        #expect(Suggestion.editDistance("ab", "ba") == 1)
    }

    @Test func suggestsTheClosestCandidateOnlyWhenItIsALikelyTypo() {
        let names = ["full", "local", "shared", "filters"]
        #expect(Suggestion.closest(to: "ful", in: names) == "full")
        #expect(Suggestion.closest(to: "sharde", in: names) == "shared")
        #expect(Suggestion.closest(to: "xyz", in: names) == nil)
        #expect(Suggestion.didYouMean("locale", in: names) == "; did you mean 'local'?")
        #expect(Suggestion.didYouMean("zzzzzz", in: names) == "")
    }

    @Test func configNodeAccessors() {
        let node = ConfigNode(.mapping([
            .init(key: "kind", keyLocation: .init(line: 1, column: 1), value: ConfigNode(.scalar("full"), at: .init(line: 1, column: 7))),
        ]))
        #expect(node["kind"]?.scalar == "full")
        #expect(node["kind"]?.location == SourceLocation(line: 1, column: 7))
        #expect(node["missing"] == nil)
        #expect(node.kindName == "a mapping")
    }
}
