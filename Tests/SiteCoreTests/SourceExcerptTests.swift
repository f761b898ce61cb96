import Testing
@testable import SiteCore

/// The source line and caret printed under a diagnostic.
@Suite struct SourceExcerptTests {
    @Test func theCaretStandsUnderTheColumnsCharacter() {
        #expect(SourceExcerpt.lines(for: "let x = y", column: 9) == ["let x = y", "        ^"])
        #expect(SourceExcerpt.lines(for: "abc", column: 1) == ["abc", "^"])
        // Past the end of the line (the end of an expression).
        #expect(SourceExcerpt.lines(for: "a +", column: 5) == ["a +", "    ^"])
    }

    @Test func wideCharactersTakeTwoColumnsAndTabsFour() {
        // 输出 is two wide characters: '{{' is the fourth character, at display column 6.
        #expect(SourceExcerpt.lines(for: "输出 {{ x }}", column: 4) == ["输出 {{ x }}", "     ^"])
        // Full-width punctuation is wide, too.
        #expect(SourceExcerpt.lines(for: "weight：7", column: 7) == ["weight：7", "      ^"])
        #expect(SourceExcerpt.lines(for: "\tx", column: 2) == ["    x", "    ^"])
        #expect(SourceExcerpt.lines(for: "a\t界b", column: 4) == ["a    界b", "       ^"])
        // A combining accent adds no width.
        #expect(SourceExcerpt.lines(for: "cafe\u{301} x", column: 7) == ["cafe\u{301} x", "     ^"])
    }

    @Test func displayWidthsFollowEastAsianWidth() {
        #expect(DisplayWidth.of("a") == 1)
        #expect(DisplayWidth.of("é") == 1)
        #expect(DisplayWidth.of("权值共享") == 8)
        #expect(DisplayWidth.of("，：（）") == 8)
        #expect(DisplayWidth.of("한국어") == 6)
        #expect(DisplayWidth.of("かな") == 4)
        #expect(DisplayWidth.of("𠀀") == 2)
        #expect(DisplayWidth.of("\u{200D}\u{FE0F}") == 0)
    }

    @Test func blankLinesShowNothingAndLinesAreFoundInTheFile() {
        #expect(SourceExcerpt.lines(for: "  ", column: 1) == nil)
        let diagnostic = Diagnostic(path: "a.md", line: 2, column: 3, message: "m")
        #expect(SourceExcerpt.lines(for: diagnostic, in: "one\r\ntwo\r\n") == ["two", "  ^"])
        #expect(SourceExcerpt.lines(for: Diagnostic(path: "a.md", line: 9, message: "m"), in: "one\n") == nil)
    }

    @Test func aLongLineIsCutAroundTheColumn() throws {
        let line = String(repeating: "共", count: 500) + "{{ x }}" + String(repeating: "a", count: 500)
        let excerpt = try #require(SourceExcerpt.lines(for: Substring(line), column: 501))
        // 25 wide characters (50 columns) before, then 50 columns from the column on.
        #expect(excerpt[0] == "…" + String(repeating: "共", count: 25) + "{{ x }}" + String(repeating: "a", count: 43) + "…")
        #expect(excerpt[1] == String(repeating: " ", count: 51) + "^")
        let short = try #require(SourceExcerpt.lines(for: "ab", column: 2))
        #expect(short == ["ab", " ^"])
    }

    @Test func diagnosticsAsJSON() {
        let diagnostic = Diagnostic(path: "content/a \"b\".md", line: 3, column: 7, message: "unknown 'x'\n")
        #expect(diagnostic.json == #"{"path": "content/a \"b\".md", "line": 3, "column": 7, "severity": "error", "message": "unknown 'x'\n"}"#)
    }
}
