import Dispatch
import Foundation
import Testing
@testable import Markdown

/// A build parses pages on every core at once. cmark-gfm keeps the characters
/// its inline extensions start on (`~` for strikethrough, `:` and `w` for
/// autolinks) in one process-wide table, which each parse fills and then
/// clears; parses that overlapped used to miss them now and then, and a page
/// came out with `~~text~~` left as it was.
@Suite struct ConcurrentParsingTests {
    @Test func parsesOnManyThreadsAllSeeTheExtensionsCharacters() {
        let count = 4_000
        let wrong = WrongOutputs()
        DispatchQueue.concurrentPerform(iterations: count) { number in
            let html = Document(markdown: "第 \(number) 段 ~~删掉~~ 见 www.example.com 与 https://example.org 完。\n").renderHTML()
            if !html.contains("<del>删掉</del>") || !html.contains("<a href=\"http://www.example.com\">") || !html.contains("<a href=\"https://example.org\">") {
                wrong.add(html)
            }
        }
        #expect(wrong.first == nil, "\(wrong.count) of \(count) parses missed an extension; the first: \(wrong.first ?? "")")
    }

    final class WrongOutputs: @unchecked Sendable {
        private let lock = NSLock()
        private(set) var count = 0
        private(set) var first: String?

        func add(_ html: String) {
            lock.lock()
            count += 1
            if first == nil { first = html }
            lock.unlock()
        }
    }
}
