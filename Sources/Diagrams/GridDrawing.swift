/// Grids of cells (input images, kernels, feature maps) drawn as one filled
/// rectangle plus one path of inner lines, rather than a rectangle per cell:
/// a 12×12 grid stays a few hundred bytes.
enum GridDrawing {
    /// A neutral grid, as the input image is drawn.
    static func plain(_ size: GridSize, cell: Double, origin: Point) -> [SVGElement] {
        var elements = [SVGElement.rect(x: origin.x, y: origin.y, width: cell * Double(size.width),
                                        height: cell * Double(size.height), ["dg-cell"])]
        let lines = innerLines(size, cell: cell, origin: origin)
        if !lines.isEmpty { elements.append(.path(lines, ["dg-gridline"])) }
        return elements
    }

    /// A grid tinted and outlined in palette colour `colour` (a kernel or a feature map).
    static func coloured(_ size: GridSize, cell: Double, origin: Point, colour: Int) -> [SVGElement] {
        let width = cell * Double(size.width)
        let height = cell * Double(size.height)
        var elements: [SVGElement] = [
            .rect(x: origin.x, y: origin.y, width: width, height: height, [DiagramPalette.fillClass(colour), "dg-tint"]),
        ]
        let lines = innerLines(size, cell: cell, origin: origin)
        if !lines.isEmpty { elements.append(.path(lines, ["dg-gridline"])) }
        elements.append(.rect(x: origin.x, y: origin.y, width: width, height: height,
                              ["dg-outline", DiagramPalette.strokeClass(colour)]))
        return elements
    }

    private static func innerLines(_ size: GridSize, cell: Double, origin: Point) -> SVGPath {
        var lines = SVGPath()
        let width = cell * Double(size.width)
        let height = cell * Double(size.height)
        for column in 1..<Swift.max(1, size.width) {
            let x = origin.x + cell * Double(column)
            lines.segment(from: Point(x: x, y: origin.y), to: Point(x: x, y: origin.y + height))
        }
        for row in 1..<Swift.max(1, size.height) {
            let y = origin.y + cell * Double(row)
            lines.segment(from: Point(x: origin.x, y: y), to: Point(x: origin.x + width, y: y))
        }
        return lines
    }
}
