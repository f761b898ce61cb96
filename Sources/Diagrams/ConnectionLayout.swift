import Localization

/// The shared geometry of the full, local and shared figures: the toy input
/// grid on the left, the hidden layer as a column of units on the right, and
/// room for a legend beyond it. Keeping one layout makes the three figures
/// line up when a chapter shows them one after another.
struct ConnectionLayout: Sendable {
    static let gridBox = 216.0
    static let maxCell = 36.0
    static let unitsX = 400.0
    static let unitRadius = 12.0
    static let slotSpacing = 30.0
    static let bodyTop = 44.0
    static let legendX = 440.0

    let input: GridSize
    /// Side of one pixel cell; even, so pixel centres fall on whole units.
    let cell: Double
    let gridOrigin: Point
    let sampling: UnitSampling
    /// Centre of each slot of the unit column (units and the ellipsis).
    let slotCenters: [Point]
    let bodyBottom: Double

    init(input: GridSize, units: Int) {
        self.input = input
        let side = Double(Swift.max(1, Swift.max(input.width, input.height)))
        cell = Swift.min(ConnectionLayout.maxCell, (ConnectionLayout.gridBox / side / 2).rounded(.down) * 2)
        sampling = UnitSampling(total: units)
        let gridHeight = cell * Double(input.height)
        let columnHeight = Double(sampling.slots.count) * ConnectionLayout.slotSpacing
        let bodyHeight = Swift.max(gridHeight, columnHeight)
        let top = ConnectionLayout.bodyTop
        gridOrigin = Point(x: Figure.margin, y: top + ((bodyHeight - gridHeight) / 2).rounded(.down))
        let columnTop = top + (bodyHeight - columnHeight) / 2
        slotCenters = sampling.slots.indices.map { index in
            Point(x: ConnectionLayout.unitsX, y: columnTop + ConnectionLayout.slotSpacing * (Double(index) + 0.5))
        }
        bodyBottom = top + bodyHeight
    }

    func cellCenter(column: Int, row: Int) -> Point {
        Point(x: gridOrigin.x + cell * (Double(column) + 0.5), y: gridOrigin.y + cell * (Double(row) + 0.5))
    }

    /// The rectangle covered by a k×k patch whose top-left cell is `origin`.
    func patchFrame(origin: PatchPlacement.Origin, kernel: GridSize) -> (x: Double, y: Double, width: Double, height: Double) {
        (gridOrigin.x + cell * Double(origin.column), gridOrigin.y + cell * Double(origin.row),
         cell * Double(kernel.width), cell * Double(kernel.height))
    }

    /// Cells of a k×k patch in row-major order: weight position 1 is its top-left cell.
    func patchCells(origin: PatchPlacement.Origin, kernel: GridSize) -> [(column: Int, row: Int)] {
        (0..<Swift.max(0, kernel.height)).flatMap { row in
            (0..<Swift.max(0, kernel.width)).map { column in (origin.column + column, origin.row + row) }
        }
    }

    /// The drawn units with their centres, in column order.
    var drawnUnits: [(unit: Int, center: Point)] {
        zip(sampling.slots, slotCenters).compactMap { slot, center in
            if case .unit(let index) = slot { return (index, center) }
            return nil
        }
    }

    /// The input grid.
    func gridElements() -> [SVGElement] {
        GridDrawing.plain(input, cell: cell, origin: gridOrigin)
    }

    /// The unit column: a circle per drawn unit with its 1-based number, and a
    /// vertical ellipsis where units are left out. `classes` adds per-unit paint.
    func unitElements(classes: (Int) -> [String] = { _ in [] }) -> [SVGElement] {
        var elements: [SVGElement] = []
        for (slot, center) in zip(sampling.slots, slotCenters) {
            switch slot {
            case .unit(let index):
                elements.append(.circle(center: center, radius: ConnectionLayout.unitRadius, ["dg-unit"] + classes(index)))
                elements.append(.text(String(index + 1), at: Point(x: center.x, y: center.y + 4), ["dg-text", "dg-small", "dg-mid"]))
            case .ellipsis:
                elements.append(.text("⋮", at: Point(x: center.x, y: center.y + 7), ["dg-ellipsis", "dg-mid"]))
            }
        }
        return elements
    }

    /// With `padding` rings of zeros drawn around the input: a bold frame around the input itself.
    func inputFrame(padding: Int) -> [SVGElement] {
        guard padding > 0 else { return [] }
        let inset = cell * Double(padding)
        return [.rect(x: gridOrigin.x + inset, y: gridOrigin.y + inset,
                      width: cell * Double(input.width - 2 * padding), height: cell * Double(input.height - 2 * padding),
                      ["dg-outline"])]
    }

    /// Headings above the grid and the column, and the sampling count under the column.
    /// `inputSize` names the input without its padding (the grid itself by default).
    func labelElements(layerLabel: String, words: DiagramWords, inputSize: GridSize? = nil) -> [SVGElement] {
        let y = ConnectionLayout.bodyTop - 16
        var elements: [SVGElement] = [
            .text(words.inputHeading("\(inputSize ?? input)"), at: Point(x: gridOrigin.x, y: y), ["dg-text", "dg-strong"]),
            .text(layerLabel, at: Point(x: ConnectionLayout.unitsX, y: y), ["dg-text", "dg-strong", "dg-mid"]),
        ]
        if sampling.isSampled {
            elements.append(.text(
                words.samplingCount(sampling.drawnUnits.count, sampling.total),
                at: Point(x: ConnectionLayout.unitsX, y: bodyBottom + 18),
                ["dg-note", "dg-mid"]))
        }
        return elements
    }

    /// Where the notes under the figure start.
    var notesTop: Double {
        bodyBottom + (sampling.isSampled ? 46 : 32)
    }
}
