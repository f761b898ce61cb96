/// One element of an SVG document: a name, attributes in the order they were
/// first set (so output is stable), and either text or child elements.
///
/// All escaping happens here, when the tree is written; drawing code only
/// builds values.
public struct SVGElement: Sendable, Hashable {
    public struct Attribute: Sendable, Hashable {
        public var name: String
        public var value: String
    }

    public var name: String
    public private(set) var attributes: [Attribute]
    public var children: [SVGElement]
    /// Text content; written before any children (the figures never mix both).
    public var text: String?

    public init(
        _ name: String,
        _ attributes: KeyValuePairs<String, any SVGAttributeValue> = [:],
        text: String? = nil,
        children: [SVGElement] = []
    ) {
        self.name = name
        self.attributes = []
        self.text = text
        self.children = children
        for (attributeName, value) in attributes {
            setAttribute(attributeName, value)
        }
    }

    /// The value of an attribute, if set.
    public subscript(attribute name: String) -> String? {
        attributes.first(where: { $0.name == name })?.value
    }

    /// Sets an attribute, keeping its first position if it was already set.
    public mutating func setAttribute(_ name: String, _ value: any SVGAttributeValue) {
        let text = value.svgAttributeText
        if let index = attributes.firstIndex(where: { $0.name == name }) {
            attributes[index].value = text
        } else {
            attributes.append(Attribute(name: name, value: text))
        }
    }

    public mutating func append(_ child: SVGElement) {
        children.append(child)
    }

    public mutating func append(contentsOf newChildren: [SVGElement]) {
        children.append(contentsOf: newChildren)
    }

    /// The element as XML text. Elements with children put each child on its
    /// own line, which keeps snapshots readable and diffs small.
    public func xml() -> String {
        var output = ""
        write(into: &output)
        return output
    }

    private func write(into output: inout String) {
        output += "<"
        output += name
        for attribute in attributes {
            output += " "
            output += attribute.name
            output += "=\""
            output += XMLEscaping.attribute(attribute.value)
            output += "\""
        }
        if text == nil && children.isEmpty {
            output += "/>"
            return
        }
        output += ">"
        if let text {
            output += XMLEscaping.text(text)
        }
        if !children.isEmpty {
            output += "\n"
            for child in children {
                child.write(into: &output)
                output += "\n"
            }
        }
        output += "</"
        output += name
        output += ">"
    }
}
