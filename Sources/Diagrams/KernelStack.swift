/// A kernel drawn as a stack of k×k slabs, one per input channel, each offset
/// down and to the right of the one behind. Channels beyond `maxSlabs` are not
/// drawn; the figure says how many are (honest sampling).
enum KernelStack {
    static let maxSlabs = 4
    /// Kernels wider than this many cells are drawn as this many (the text gives the real size).
    static let maxCells = 5
    static let offset = 5.0

    /// The slabs drawn for `channels` channels.
    static func drawnSlabs(_ channels: Int) -> Int { Swift.min(Swift.max(channels, 1), maxSlabs) }

    /// Elements of the stack whose front slab's top-left corner is `origin`; returns them and the stack's width.
    static func elements(side: Int, channels: Int, cell: Double, origin: Point, colour: Int) -> (elements: [SVGElement], width: Double) {
        let cells = Swift.min(Swift.max(side, 1), maxCells)
        let slabs = drawnSlabs(channels)
        var elements: [SVGElement] = []
        // Back slabs first, so the front one covers them.
        for slab in stride(from: slabs - 1, through: 0, by: -1) {
            let shift = offset * Double(slab)
            elements += GridDrawing.coloured(GridSize(width: cells, height: cells), cell: cell,
                                             origin: Point(x: origin.x + shift, y: origin.y - shift), colour: colour)
        }
        return (elements, cell * Double(cells) + offset * Double(slabs - 1))
    }
}
