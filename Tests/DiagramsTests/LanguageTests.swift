import Testing
import Localization
@testable import Diagrams

/// Figures in each catalog's words: English figures carry no Han character
/// and their labels stay inside the figure and clear of each other and of the
/// bars, as estimated by `TextMetrics` (the widths the layout itself uses).
@Suite struct LanguageTests {
    static let scales = [TestScales.article, TestScales.articleEnglish, TestScales.colour]

    static func containsHan(_ text: String) -> Bool {
        text.unicodeScalars.contains { scalar in
            if scalar.properties.isIdeographic { return true }
            switch scalar.value {
            // CJK radicals, ideographic iteration marks and numerals, extension blocks.
            case 0x2E80...0x2FDF, 0x3005...0x3007, 0x3021...0x3029, 0x3038...0x303B, 0x3400...0x4DBF,
                 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x3FFFF: return true
            default: return false
            }
        }
    }

    @Test func hanDetectionWorks() {
        #expect(Self.containsHan("示意"))
        #expect(!Self.containsHan("Toy: 6×6 input, 10⁶ units, w1…w9 ⋮"))
    }

    @Test(arguments: DiagramKind.allCases)
    func englishFiguresHaveNoHanCharacter(kind: DiagramKind) throws {
        let specs = SizeAndDeterminismTests.specs().filter { $0.kind == kind }
        #expect(!specs.isEmpty)
        for spec in specs {
            for scale in Self.scales {
                let rendered = renderDiagram(spec, scale: scale, idPrefix: "en", language: .english)
                for text in [rendered.svg, rendered.title, rendered.description, rendered.caption] {
                    let han = text.unicodeScalars.filter { Self.containsHan(String($0)) }
                    #expect(han.isEmpty, "\(spec): \(String(String.UnicodeScalarView(han)))")
                }
                let svg = try XMLTree.parse(rendered.svg)
                #expect(svg.attributes["lang"] == "en")
            }
        }
    }

    @Test func chineseFiguresSayTheirLanguage() throws {
        let rendered = renderDiagram(try DiagramSpec(kind: .full), scale: TestScales.article, idPrefix: "zh")
        #expect(try XMLTree.parse(rendered.svg).attributes["lang"] == "zh-CN")
        #expect(renderDiagram(try DiagramSpec(kind: .full), scale: TestScales.article, idPrefix: "zh", language: .simplifiedChinese)
                == rendered)
    }

    @Test func englishWordsReachTheFigure() throws {
        let full = renderDiagram(try DiagramSpec(kind: .full, input: GridSize(square: 8), hidden: 12), scale: TestScales.articleEnglish,
                                 idPrefix: "en", language: .english)
        #expect(full.title == "Diagram of full connection")
        #expect(full.caption == "Full connection: every pixel connects to every hidden unit")
        let texts = try XMLTree.parse(full.svg).texts
        #expect(texts.contains("Input 8×8"))
        #expect(texts.contains("Hidden layer: 12 units"))
        #expect(texts.contains("Showing 7 of 12 units"))
        #expect(texts.contains { $0.contains("1T parameters") })
        #expect(full.description.hasPrefix("Diagram of full connection: on the left, the 8×8 input grid (64 pixels); "
                                           + "on the right, 7 of the 12 hidden units (the ellipsis stands for the others); "))
        #expect(full.description.hasSuffix(". Real scale: 1000×1000 input, 1M units: 1T parameters."))
        #expect(!full.description.contains("  "))

        let ladder = renderDiagram(try DiagramSpec(kind: .ladder), scale: TestScales.articleEnglish, idPrefix: "en", language: .english)
        let ladderTexts = try XMLTree.parse(ladder.svg).texts
        #expect(ladderTexts.contains("4 orders of magnitude fewer"))
        #expect(ladderTexts.contains("2 orders of magnitude more"))
        #expect(ladder.description.contains("Local connection: 100M parameters (4 orders of magnitude fewer than the scheme before); "))
    }

    /// English labels stay inside the figure and clear of each other and of
    /// the bars wherever the Chinese ones do. (The Chinese figures have one
    /// known collision, kept because their bytes must not change: a shared
    /// figure whose kernel legend is short enough to sit at the top puts the
    /// legend heading under the end of the hidden-layer heading.)
    @Test(arguments: DiagramKind.allCases)
    func englishLabelsFitWhereChineseOnesDo(kind: DiagramKind) throws {
        let specs = SizeAndDeterminismTests.specs().filter { $0.kind == kind }
        #expect(!specs.isEmpty)
        for spec in specs {
            for (english, chinese) in zip([TestScales.articleEnglish, TestScales.article, TestScales.colour],
                                          [TestScales.articleChinese, TestScales.article, TestScales.colour]) {
                let en = Self.layoutProblems(try XMLTree.parse(renderDiagram(spec, scale: english, idPrefix: "p", language: .english).svg))
                let zh = Self.layoutProblems(try XMLTree.parse(renderDiagram(spec, scale: chinese, idPrefix: "p").svg))
                for (key, message) in en where zh[key] == nil {
                    Issue.record("\(spec.kind) \(spec.input) h\(spec.hidden) k\(spec.kernel) f\(spec.filters) at \(english.hiddenText): \(message)")
                }
            }
        }
    }

    @Test func layoutCheckFindsCollisions() throws {
        let svg = try XMLTree.parse("""
            <svg><text x="10" y="20" class="dg-text">Wide label here</text><text x="60" y="22" class="dg-note">Other</text>\
            <text x="590" y="80" class="dg-text">Off the edge</text><rect class="dg-bar" x="100" y="120" width="50" height="20"/>\
            <text x="120" y="135" class="dg-note dg-mid">On a bar</text></svg>
            """)
        #expect(Set(Self.layoutProblems(svg).keys) == ["overlap 0 1", "outside 2", "bar 3 0"])
    }

    struct Box: CustomStringConvertible {
        var text: String
        var left, right, top, bottom: Double

        func overlaps(_ other: Box) -> Bool {
            left < other.right && other.left < right && top < other.bottom && other.top < bottom
        }

        var description: String { "'\(text)' [\(Int(left))…\(Int(right)) × \(Int(top))…\(Int(bottom))]" }
    }

    /// Labels outside the viewBox's width, labels overlapping each other, and
    /// labels over a ladder bar, keyed by the labels' places in the document
    /// (the same in every language) so two languages' problems compare.
    static func layoutProblems(_ svg: XMLTree) -> [String: String] {
        // Weight labels inside patch cells are sized by the cell, not by words.
        let patchLabels = Set((svg.group("dg-patches")?.elements(named: "text") ?? []).map(ObjectIdentifier.init))
        let boxes = svg.elements(named: "text").filter { !patchLabels.contains(ObjectIdentifier($0)) }.compactMap(textBox)
        var problems: [String: String] = [:]
        for (index, box) in boxes.enumerated() where box.left < 0 || box.right > Figure.width {
            problems["outside \(index)"] = "\(box) leaves the figure (0…\(Int(Figure.width)))"
        }
        for (index, box) in boxes.enumerated() {
            for (offset, other) in boxes[(index + 1)...].enumerated() where box.overlaps(other) {
                problems["overlap \(index) \(index + 1 + offset)"] = "\(box) overlaps \(other)"
            }
        }
        for (barIndex, bar) in svg.elements(withClass: "dg-bar").enumerated() {
            guard let x = bar.double("x"), let y = bar.double("y"), let width = bar.double("width"), let height = bar.double("height")
            else { continue }
            let barBox = Box(text: "bar", left: x, right: x + width, top: y, bottom: y + height)
            for (index, box) in boxes.enumerated() where box.overlaps(barBox) {
                problems["bar \(index) \(barIndex)"] = "\(box) overlaps a bar \(barBox)"
            }
        }
        return problems
    }

    /// The estimated box of a `<text>`: its width from `TextMetrics`, placed by
    /// its anchor; from 0.8 em above the baseline to 0.2 em below.
    static func textBox(_ element: XMLTree) -> Box? {
        guard let x = element.double("x"), let y = element.double("y") else { return nil }
        let size: Double
        if element.hasClass("dg-tiny") { size = 9 }
        else if element.hasClass("dg-small") { size = 11 }
        else if element.hasClass("dg-ellipsis") { size = 20 }
        else if element.hasClass("dg-note") { size = 13 }
        else { size = 14 }
        let width = TextMetrics.width(of: element.text, fontSize: size)
        let left = element.hasClass("dg-mid") ? x - width / 2 : element.hasClass("dg-end") ? x - width : x
        return Box(text: element.text, left: left, right: left + width, top: y - 0.8 * size, bottom: y + 0.2 * size)
    }
}
