/// Small legend pieces drawn to the right of a figure.
enum LegendItems {
    /// A short line in the given style followed by its meaning.
    static func lineSample(_ classes: [String], label: String, at origin: Point) -> [SVGElement] {
        var sample = SVGPath()
        sample.segment(from: origin, to: Point(x: origin.x + 28, y: origin.y))
        return [
            .path(sample, classes),
            .text(label, at: Point(x: origin.x + 34, y: origin.y + 4.5), ["dg-text", "dg-small"]),
        ]
    }

    /// Plain legend lines under each other.
    static func lines(_ lines: [String], at origin: Point, lineHeight: Double = 16) -> [SVGElement] {
        lines.enumerated().map { index, line in
            .text(line, at: Point(x: origin.x, y: origin.y + lineHeight * Double(index)), ["dg-text", "dg-small"])
        }
    }
}
