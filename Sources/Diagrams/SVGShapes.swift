/// Shorthands for the few shapes the figures use, so drawing code reads as
/// geometry. Classes are joined here; geometry goes through `SVGNumber`.
extension SVGElement {
    static func group(_ classes: [String] = [], _ children: [SVGElement]) -> SVGElement {
        var group = SVGElement("g", children: children)
        if !classes.isEmpty { group.setAttribute("class", classes.joined(separator: " ")) }
        return group
    }

    static func text(_ content: String, at point: Point, _ classes: [String]) -> SVGElement {
        SVGElement("text", ["class": classes.joined(separator: " "), "x": point.x, "y": point.y], text: content)
    }

    static func rect(x: Double, y: Double, width: Double, height: Double, _ classes: [String]) -> SVGElement {
        SVGElement("rect", ["class": classes.joined(separator: " "), "x": x, "y": y, "width": width, "height": height])
    }

    static func circle(center: Point, radius: Double, _ classes: [String]) -> SVGElement {
        SVGElement("circle", ["class": classes.joined(separator: " "), "cx": center.x, "cy": center.y, "r": radius])
    }

    static func path(_ path: SVGPath, _ classes: [String]) -> SVGElement {
        SVGElement("path", ["class": classes.joined(separator: " "), "d": path.data])
    }

    /// Every class name used in this element and its descendants.
    func classNames() -> Set<String> {
        var names = Set((self[attribute: "class"] ?? "").split(separator: " ").map(String.init))
        for child in children {
            names.formUnion(child.classNames())
        }
        return names
    }
}
