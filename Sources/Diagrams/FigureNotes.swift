/// The lines under a figure that say what it draws and what the real scenario
/// is. Each note is a list of segments; lines wrap only between segments.
enum FigureNotes {
    static let fontSize = 13.0
    static let lineHeight = 20.0

    /// The notes as `<text>` lines starting at baseline `top`, and the y below them.
    static func elements(_ notes: [[String]], top: Double) -> (elements: [SVGElement], bottom: Double) {
        let maxWidth = Figure.width - 2 * Figure.margin
        var elements: [SVGElement] = []
        var y = top
        for note in notes {
            for line in TextMetrics.wrap(note, maxWidth: maxWidth, fontSize: fontSize) {
                // English segments end with the space before the next one; none ends a line.
                var line = Substring(line)
                while line.last == " " { line = line.dropLast() }
                elements.append(.text(String(line), at: Point(x: Figure.margin, y: y), ["dg-note"]))
                y += lineHeight
            }
        }
        return (elements, y - lineHeight + 12)
    }
}
