import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// A parsed XML element, for asserting on the structure of a figure instead
/// of searching its text.
final class XMLTree {
    let name: String
    let attributes: [String: String]
    private(set) var children: [XMLTree] = []
    fileprivate(set) var text = ""

    init(name: String, attributes: [String: String]) {
        self.name = name
        self.attributes = attributes
    }

    var classes: Set<String> {
        Set((attributes["class"] ?? "").split(separator: " ").map(String.init))
    }

    func hasClass(_ name: String) -> Bool { classes.contains(name) }

    /// This element and all its descendants, in document order.
    var allElements: [XMLTree] {
        [self] + children.flatMap(\.allElements)
    }

    func elements(named name: String) -> [XMLTree] {
        allElements.filter { $0.name == name }
    }

    func elements(withClass className: String) -> [XMLTree] {
        allElements.filter { $0.hasClass(className) }
    }

    /// The one group with this class (the figures give each layer a group).
    func group(_ className: String) -> XMLTree? {
        allElements.first { $0.name == "g" && $0.hasClass(className) }
    }

    /// Text of every `<text>` element, in document order.
    var texts: [String] {
        elements(named: "text").map(\.text)
    }

    func double(_ attribute: String) -> Double? {
        attributes[attribute].flatMap(Double.init)
    }

    fileprivate func append(_ child: XMLTree) {
        children.append(child)
    }

    struct ParseFailure: Error, CustomStringConvertible {
        var description: String
    }

    /// Parses a complete document with Foundation's XMLParser (namespaces off,
    /// so attribute names are as written).
    static func parse(_ xml: String) throws -> XMLTree {
        let parser = XMLParser(data: Data(xml.utf8))
        let builder = Builder()
        parser.delegate = builder
        guard parser.parse(), let root = builder.root else {
            throw ParseFailure(description: "not well-formed XML: \(parser.parserError.map { "\($0)" } ?? "no root element")")
        }
        return root
    }

    private final class Builder: NSObject, XMLParserDelegate {
        var root: XMLTree?
        var stack: [XMLTree] = []

        func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                    qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
            let element = XMLTree(name: elementName, attributes: attributeDict)
            if let parent = stack.last {
                parent.append(element)
            } else {
                root = element
            }
            stack.append(element)
        }

        func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
            stack.removeLast()
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            stack.last?.text += string
        }
    }
}

/// One straight segment of a path, as the figures write edges: "M x y L x y".
struct Segment: Hashable {
    var start: PointValue
    var end: PointValue
}

struct PointValue: Hashable {
    var x: Double
    var y: Double
}

enum PathData {
    struct Malformed: Error, CustomStringConvertible {
        var description: String
    }

    /// The segments of a `d` made only of "M x y L x y" subpaths; anything
    /// else is an error (so an edge is never miscounted).
    static func segments(_ data: String) throws -> [Segment] {
        var tokens: [String] = []
        var current = ""
        for character in data {
            if character == "M" || character == "L" {
                if !current.isEmpty { tokens.append(current) }
                tokens.append(String(character))
                current = ""
            } else if character == " " {
                if !current.isEmpty { tokens.append(current) }
                current = ""
            } else {
                current.append(character)
            }
        }
        if !current.isEmpty { tokens.append(current) }
        guard tokens.count % 6 == 0 else { throw Malformed(description: "not whole M/L segments: \(data.prefix(80))") }
        var segments: [Segment] = []
        var index = 0
        while index < tokens.count {
            guard tokens[index] == "M", tokens[index + 3] == "L",
                  let x1 = Double(tokens[index + 1]), let y1 = Double(tokens[index + 2]),
                  let x2 = Double(tokens[index + 4]), let y2 = Double(tokens[index + 5])
            else { throw Malformed(description: "not an M/L segment at token \(index): \(data.prefix(80))") }
            segments.append(Segment(start: PointValue(x: x1, y: y1), end: PointValue(x: x2, y: y2)))
            index += 6
        }
        return segments
    }
}
