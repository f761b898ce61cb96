import Testing
@testable import Diagrams

@Suite struct SVGBuilderTests {
    @Test func writesAttributesInTheOrderFirstSetAndEscapesThem() {
        var element = SVGElement("text", ["class": "dg-text", "x": 1.25, "y": 3], text: "a < b & \"c\"")
        element.setAttribute("data-note", "say \"hi\" <now>\n&")
        element.setAttribute("class", "dg-note")
        #expect(element.xml()
            == "<text class=\"dg-note\" x=\"1.3\" y=\"3\" data-note=\"say &quot;hi&quot; &lt;now&gt;&#10;&amp;\">a &lt; b &amp; \"c\"</text>")
    }

    @Test func nestsChildrenOneALineAndClosesEmptyElements() {
        let group = SVGElement.group(["dg-edges"], [
            SVGElement("circle", ["r": 2]),
            SVGElement("text", text: "甲"),
        ])
        #expect(group.xml() == "<g class=\"dg-edges\">\n<circle r=\"2\"/>\n<text>甲</text>\n</g>")
        #expect(SVGElement("g").xml() == "<g/>")
    }

    @Test func dropsCharactersXMLCannotHold() {
        let element = SVGElement("desc", ["title": "a\u{1}b\tc"], text: "x\u{0}y\u{FFFE}z\u{1F600}")
        #expect(element.xml() == "<desc title=\"ab&#9;c\">xyz\u{1F600}</desc>")
    }

    @Test(arguments: [
        (0.0, "0"), (12.0, "12"), (12.04, "12"), (12.05, "12.1"), (-0.04, "0"), (-0.05, "-0.1"),
        (-3.25, "-3.3"), (0.1 + 0.2, "0.3"), (1e300, "100000000000000"), (Double.nan, "0"), (-Double.infinity, "0"),
    ])
    func formatsNumbersWithOneFixedDecimal(value: Double, text: String) {
        #expect(SVGNumber.format(value) == text)
    }

    @Test func buildsPathDataFromCommands() {
        var path = SVGPath()
        path.segment(from: Point(x: 1, y: 2.5), to: Point(x: -3, y: 4))
        path.move(to: Point(x: 0, y: 0))
        path.line(to: Point(x: 5, y: 6.66))
        #expect(path.data == "M1 2.5L-3 4M0 0L5 6.7")
        #expect(!path.isEmpty && SVGPath().isEmpty)
    }

    @Test(arguments: [
        ("fig-1", "fig-1"),
        ("第1章 图#2", "第1章-图-2"),
        ("3d", "dg-3d"),
        ("", "dg-"),
        ("a\"b c", "a-b-c"),
    ])
    func makesIdPrefixesSafe(prefix: String, expected: String) {
        #expect(DiagramIdentifier.sanitized(prefix) == expected)
    }

    @Test func collectsClassNamesOfATree() {
        let tree = SVGElement.group(["a", "b"], [.rect(x: 0, y: 0, width: 1, height: 1, ["c"]), SVGElement("g")])
        #expect(tree.classNames() == ["a", "b", "c"])
    }
}
