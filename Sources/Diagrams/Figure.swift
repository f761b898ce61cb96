/// A drawn figure before it is written: its content, size and texts. Adds what
/// every figure has: the SVG root with `viewBox` (no fixed size, so it scales
/// with the page), `role="img"`, `<title>` and `<desc>` referenced by
/// `aria-labelledby`, the style sheet and the background.
struct Figure: Sendable {
    static let width = 600.0
    static let margin = 20.0

    var kind: DiagramKind
    var height: Double
    var title: String
    var description: String
    var caption: String
    var content: [SVGElement]

    /// `language` is the BCP 47 tag of the figure's words, for the root's `lang`.
    func rendered(idPrefix: String, language: String) -> RenderedDiagram {
        let prefix = DiagramIdentifier.sanitized(idPrefix)
        let titleID = "\(prefix)-title"
        let descriptionID = "\(prefix)-desc"
        let width = Figure.width
        let height = height.rounded(.up)

        var root = SVGElement("svg", [
            "xmlns": "http://www.w3.org/2000/svg",
            "viewBox": "0 0 \(SVGNumber.format(width)) \(SVGNumber.format(height))",
            "role": "img",
            "aria-labelledby": "\(titleID) \(descriptionID)",
            "class": "dg-diagram dg-\(kind.rawValue)",
            "lang": language,
        ])
        root.append(SVGElement("title", ["id": titleID], text: title))
        root.append(SVGElement("desc", ["id": descriptionID], text: description))
        let background = SVGElement.rect(x: 0, y: 0, width: width, height: height, ["dg-paper"])
        var classes = root.classNames()
        classes.formUnion(background.classNames())
        for element in content {
            classes.formUnion(element.classNames())
        }
        root.append(SVGElement("style", text: DiagramStyleSheet.css(forClasses: classes)))
        root.append(background)
        root.append(contentsOf: content)
        let smallest = DiagramStyleSheet.smallestFontSize(forClasses: classes) ?? RenderedDiagram.legibleFontSize
        let legibleWidth = Int((width * RenderedDiagram.legibleFontSize / smallest).rounded(.up))
        return RenderedDiagram(svg: root.xml(), title: title, description: description, caption: caption,
                               legibleWidth: legibleWidth)
    }
}
