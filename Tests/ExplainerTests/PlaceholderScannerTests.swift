import Testing
@testable import Explainer

@Suite struct PlaceholderScannerTests {
    typealias Segment = PlaceholderScanner.Segment

    @Test func findsPlaceholdersWithTheirOffsets() {
        let segments = PlaceholderScanner.scan("共 {{ full }} 个,{{local|cn}}", escape: "\\")
        #expect(segments == [.text("共 "), .placeholder(" full ", offset: 6), .text(" 个,"), .placeholder("local|cn", offset: 21)])
    }

    @Test func escapedBracesStayLiteral() {
        #expect(PlaceholderScanner.scan("写 \\{{ full }} 即可", escape: "\\") == [.text("写 {{ full }} 即可")])
        #expect(PlaceholderScanner.scan("写 \u{1A}{{ full }} 即可", escape: EscapeMarker.marker) == [.text("写 {{ full }} 即可")])
    }

    @Test func textWithoutPlaceholdersIsOneSegment() {
        #expect(PlaceholderScanner.scan("a { b } }} c", escape: "\\") == [.text("a { b } }} c")])
    }

    @Test func anUnclosedPlaceholderEndsTheScanAfterThePlaceholdersBeforeIt() {
        #expect(PlaceholderScanner.scan("a {{ full", escape: "\\") == [.text("a "), .unterminated("{{ full", offset: 2)])
        #expect(PlaceholderScanner.scan("{{ x }} b {{ y", escape: "\\") == [.placeholder(" x ", offset: 2), .text(" b "), .unterminated("{{ y", offset: 10)])
    }
}

@Suite struct EscapeMarkerTests {
    @Test func marksOnlyEscapingBackslashes() {
        #expect(EscapeMarker.mark("a \\{{ b }}") == "a \u{1A}{{ b }}")
        // An escaped backslash does not escape the braces.
        #expect(EscapeMarker.mark("a \\\\{{ b }}") == "a \\\\{{ b }}")
        #expect(EscapeMarker.mark("a \\\\\\{{ b }}") == "a \\\\\u{1A}{{ b }}")
        #expect(EscapeMarker.mark("no escapes {{ b }}") == "no escapes {{ b }}")
        // Byte length is kept, so cmark's columns still match the file.
        #expect(EscapeMarker.mark("x \\{{ y }}").utf8.count == "x \\{{ y }}".utf8.count)
    }
}
