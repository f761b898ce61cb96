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
    /// By token number: the last section added to its `all` list. Checked
    /// before the list itself: a section's common characters repeat, and this
    /// small array is likelier in cache than the list.
    private var lastSection: [Int32] = []

    init() {}

    /// Adds a page whose sections are numbered from `firstSection`.
    mutating func add(_ document: SearchDocument, firstSection: Int32) {
        scratch.removeAll(keepingCapacity: true)
        scanner.keys(of: document.title, into: &scratch)
        titleTokens.removeAll(keepingCapacity: true)
        for key in scratch { titleTokens.append(number(key)) }
        for (offset, section) in document.sections.enumerated() {
            let number = firstSection + Int32(offset)
            for token in titleTokens {
                lastSection[Int(token)] = number
                all[Int(token)].add(number)
                title[Int(token)].add(number)
            }
            scratch.removeAll(keepingCapacity: true)
            scanner.keys(of: section.heading, into: &scratch)
            for key in scratch {
                let token = Int(self.number(key))
                lastSection[token] = number
                all[token].add(number)
                heading[token].add(number)
            }
            scratch.removeAll(keepingCapacity: true)
            scanner.keys(of: section.text, into: &scratch)
            for key in scratch {
                let token = Int(self.number(key))
                if lastSection[token] != number {
                    lastSection[token] = number
                    all[token].add(number)
                }
            }
        }
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
            lastSection.append(-1)
            return Int32(keys.count - 1)
        }
    }
}
