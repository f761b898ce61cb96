import Foundation
import Testing
import Diagrams
import Localization

/// One expected SVG per kind under Snapshots/, to catch any unintended change
/// of the drawings; they double as viewable examples.
///
/// A missing snapshot is written and the test fails (review and commit it).
/// To accept an intended change, run with DIAGRAMS_RECORD_SNAPSHOTS=1: the
/// files are rewritten and the test still fails once, so nothing is accepted
/// silently.
@Suite struct SnapshotTests {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")

    static let cases: [(name: String, kind: DiagramKind, input: GridSize?, hidden: Int?, kernel: GridSize?, filters: Int?)] = [
        ("full", .full, nil, nil, nil, nil),
        ("local", .local, nil, nil, nil, nil),
        ("shared", .shared, nil, nil, nil, nil),
        ("filters", .filters, nil, nil, nil, nil),
        ("ladder", .ladder, nil, nil, nil, nil),
        ("full-sampled", .full, GridSize(square: 8), 12, nil, nil),
    ]

    @Test(arguments: cases.map(\.name))
    func matchesSnapshot(name: String) throws {
        let entry = try #require(Self.cases.first { $0.name == name })
        let spec = try DiagramSpec(kind: entry.kind, input: entry.input, hidden: entry.hidden, kernel: entry.kernel, filters: entry.filters)
        let svg = renderDiagram(spec, scale: TestScales.article, idPrefix: "snapshot-\(name)").svg + "\n"
        try Self.compare(svg, name: name)
    }

    /// The same figures in English, with the numbers an English site's
    /// `compact` format writes (snapshots named en-*.svg).
    @Test(arguments: cases.map(\.name))
    func matchesEnglishSnapshot(name: String) throws {
        let entry = try #require(Self.cases.first { $0.name == name })
        let spec = try DiagramSpec(kind: entry.kind, input: entry.input, hidden: entry.hidden, kernel: entry.kernel, filters: entry.filters)
        let svg = renderDiagram(spec, scale: TestScales.articleEnglish, idPrefix: "snapshot-en-\(name)", language: .english).svg + "\n"
        try Self.compare(svg, name: "en-\(name)")
    }

    static func compare(_ svg: String, name: String) throws {
        let file = Self.directory.appendingPathComponent("\(name).svg")

        guard let expected = try? String(contentsOf: file, encoding: .utf8) else {
            try FileManager.default.createDirectory(at: Self.directory, withIntermediateDirectories: true)
            try svg.write(to: file, atomically: true, encoding: .utf8)
            Issue.record("recorded a new snapshot at \(file.path); review it and run again")
            return
        }
        if expected != svg {
            if ProcessInfo.processInfo.environment["DIAGRAMS_RECORD_SNAPSHOTS"] == "1" {
                try svg.write(to: file, atomically: true, encoding: .utf8)
                Issue.record("rewrote snapshot \(file.path); review the change and run again")
                return
            }
            let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let actualLines = svg.split(separator: "\n", omittingEmptySubsequences: false)
            let firstDifference = zip(expectedLines, actualLines).enumerated().first { $0.element.0 != $0.element.1 }
            let line = firstDifference?.offset ?? min(expectedLines.count, actualLines.count)
            Issue.record("""
                \(name).svg differs from its snapshot at line \(line + 1):
                expected: \(line < expectedLines.count ? String(expectedLines[line].prefix(200)) : "(end of file)")
                actual:   \(line < actualLines.count ? String(actualLines[line].prefix(200)) : "(end of file)")
                """)
        }
    }
}
