// The search tokenizer and query parser: NFKC folding, CJK bigrams, words.
// Whatever the text, tokenizing must not trap and every token is non-empty.
import SearchIndex

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSearchTokenizer(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    guard let text = String(validating: UnsafeBufferPointer(start: data, count: size), as: UTF8.self) else { return 0 }
    let tokens = SearchTokenizer.tokens(text)
    precondition(tokens.allSatisfy { !$0.isEmpty }, "an empty token")
    for part in SearchQuery(text).parts { precondition(part.tokens.allSatisfy { !$0.isEmpty }, "an empty query token") }
    return 0
}
