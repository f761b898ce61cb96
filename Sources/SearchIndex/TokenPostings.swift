/// Every token's posting lists over the pages added so far, in site order:
/// the sections that hold it anywhere (page title, heading or text), those
/// whose heading holds it, and those whose page's title holds it. Pages come
/// in order, so every list grows sorted without sorting.
struct TokenPostings {
    private var table = KeyTable()
    /// By token number: its key and its three lists (apart, so the common
    /// path, a text token, touches only `all`).
    private(set) var keys: [UInt64] = []
    private(set) var all: [GrowingPostingList] = []
    private(set) var heading: [GrowingPostingList] = []
    private(set) var title: [GrowingPostingList] = []
    /// Tokens without a key, by the number their key holds.
    var strings: [String] { scanner.strings }

    /// Numbers the tokens without a key (its `strings`).
    private var scanner = IndexTokenScanner()
    // Reused between sections, so tokenizing allocates nothing per section.
    private var scratch: [UInt64] = []
    private var titleTokens: [Int32] = []
    /// By token number: for a bigram, its second unit's unigram once known; else -1.
    private var secondUnigram: [Int32] = []

    init() {}

    /// Adds a page whose sections are numbered from `firstSection`.
    mutating func add(_ document: SearchDocument, firstSection: Int32) {
        scratch.removeAll(keepingCapacity: true)
        scanner.keys(of: document.title, into: &scratch)
        titleTokens.removeAll(keepingCapacity: true)
        for key in scratch {
            let (token, unigram) = tokens(key)
            titleTokens.append(token)
            if unigram >= 0 { titleTokens.append(unigram) }
        }
        for (offset, section) in document.sections.enumerated() {
            let number = firstSection + Int32(offset)
            for token in titleTokens {
                all[Int(token)].add(number)
                title[Int(token)].add(number)
            }
            scratch.removeAll(keepingCapacity: true)
            scanner.keys(of: section.heading, into: &scratch)
            for key in scratch {
                let (token, unigram) = tokens(key)
                addToHeading(Int(token), number)
                if unigram >= 0 { addToHeading(Int(unigram), number) }
            }
            scratch.removeAll(keepingCapacity: true)
            scanner.keys(of: section.text, into: &scratch)
            for key in scratch {
                let (token, unigram) = tokens(key)
                addToAll(Int(token), number)
                if unigram >= 0 { addToAll(Int(unigram), number) }
            }
        }
    }

    private mutating func addToHeading(_ token: Int, _ section: Int32) {
        all[token].add(section)
        heading[token].add(section)
    }

    /// A section's common characters repeat: when the list already ends
    /// with the section, only the list's record in `all` is read (not its
    /// bytes), and nothing is written.
    @inline(__always)
    private mutating func addToAll(_ token: Int, _ section: Int32) {
        if all[token].last != section { all[token].add(section) }
    }

    /// The token a key stands for and, for a bigram that carries
    /// `TokenKey.alsoSecondUnigram`, the unigram of its second unit (else -1).
    /// That unigram's number is kept by the bigram's (`secondUnigram`): a CJK
    /// character costs one look-up in the key table, not two.
    @inline(__always)
    private mutating func tokens(_ key: UInt64) -> (token: Int32, unigram: Int32) {
        guard key & TokenKey.alsoSecondUnigram != 0 else { return (number(key), -1) }
        let bigram = number(key & ~TokenKey.alsoSecondUnigram)
        var unigram = secondUnigram[Int(bigram)]
        if unigram < 0 {
            unigram = number(TokenKey.secondUnigram(of: key))
            secondUnigram[Int(bigram)] = unigram
        }
        return (bigram, unigram)
    }

    /// The text of a token, by its number.
    func token(_ number: Int) -> String {
        let key = keys[number]
        return TokenKey.isString(key) ? strings[Int(key)] : TokenKey.token(key)
    }

    @inline(__always)
    private mutating func number(_ key: UInt64) -> Int32 {
        table.number(key) {
            keys.append(key)
            all.append(GrowingPostingList())
            heading.append(GrowingPostingList())
            title.append(GrowingPostingList())
            secondUnigram.append(-1)
            return Int32(keys.count - 1)
        }
    }
}
