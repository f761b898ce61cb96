/// The one tokenizer of search, for the index and for queries (the browser's
/// copy is in templates/assets/search.js, checked against Tests/search/tokens.json).
///
/// Text is folded (`SearchFolding`), then split: a run of Han, kana or Hangul
/// gives its overlapping bigrams, or the character alone when the run has one
/// (as Lucene's CJKBigramFilter); letters and digits of other scripts give
/// words; a combining mark stays with the character or word before it;
/// everything else separates.
public enum SearchTokenizer {
    public static func tokens(_ text: String) -> [String] {
        var tokens: [String] = []
        scan(SearchFolding.fold(text), allUnigrams: false) { tokens.append($0) }
        return tokens
    }

    /// What the index files for a text: the tokens, every CJK character of a
    /// longer run as a unigram too (so a one-character query finds every
    /// section holding that character), and every suffix of two or more
    /// characters of a word (so a query word finds the words it is part of,
    /// "net" in "alexnet", by the prefix match of `SearchQuery`).
    /// `text` is already folded.
    static func indexTokens(folded text: String, into body: (String) -> Void) {
        scan(text, allUnigrams: true) { token in
            body(token)
            guard !isCJKToken(token) else { return }
            let scalars = Array(token.unicodeScalars)
            guard scalars.count > 2 else { return }
            for start in 1...(scalars.count - 2) {
                var suffix = String.UnicodeScalarView()
                suffix.append(contentsOf: scalars[start...])
                body(String(suffix))
            }
        }
    }

    /// Whether a token came from a CJK run (a bigram or unigram) rather than a word.
    public static func isCJKToken(_ token: String) -> Bool {
        guard let first = token.unicodeScalars.first else { return false }
        return ScalarClass.isCJK(first.value)
    }

    private static func scan(_ folded: String, allUnigrams: Bool, _ emit: (String) -> Void) {
        var word = String.UnicodeScalarView()
        var run: [String.UnicodeScalarView] = []
        func flushWord() {
            if !word.isEmpty { emit(String(word)); word = String.UnicodeScalarView() }
        }
        func flushRun() {
            if run.count == 1 {
                emit(String(run[0]))
            } else if run.count > 1 {
                for index in 0..<(run.count - 1) {
                    var bigram = run[index]
                    bigram.append(contentsOf: run[index + 1])
                    emit(String(bigram))
                }
                if allUnigrams { for unit in run { emit(String(unit)) } }
            }
            run.removeAll(keepingCapacity: true)
        }
        for scalar in folded.unicodeScalars {
            switch ScalarClass(scalar) {
            case .cjk:
                flushWord()
                run.append(String.UnicodeScalarView([scalar]))
            case .word:
                flushRun()
                word.append(scalar)
            case .mark:
                if !word.isEmpty { word.append(scalar) } else if !run.isEmpty { run[run.count - 1].append(scalar) }
            case .separator:
                flushWord()
                flushRun()
            }
        }
        flushWord()
        flushRun()
    }
}
