import ConfigTree
import Localization

/// A max or average pool over a toy input: non-overlapping windows (stride =
/// window, as LeNet's and VGG's 2×2 pools), each outlined in the colour of the
/// output cell it gives, the smaller output, and the scenario's real output
/// size (a window as large as the toy input is global pooling: 1×1 per channel).
/// Pooling has no parameters, and the figure says so.
enum PoolingDiagram {
    static let gridBox = 216.0
    static let maxCell = 36.0
    static let top = 44.0
    static let outputX = 340.0

    static func figure(_ spec: DiagramSpec, scale: DiagramScale, words: DiagramWords) -> Figure {
        let input = spec.input, window = spec.kernel
        // Windows that fit whole, as PyTorch's pools count them without padding.
        let output = GridSize(width: input.width / window.width, height: input.height / window.height)
        let cell = Swift.min(maxCell, gridBox / Double(Swift.max(input.width, input.height)))
        let inputOrigin = Point(x: Figure.margin, y: top)
        let outputOrigin = Point(x: outputX, y: top)

        var elements: [SVGElement] = [
            .text(words.inputHeading("\(input)"), at: Point(x: Figure.margin, y: top - 12), ["dg-text", "dg-strong"]),
            .text(words.outputHeading("\(output)"), at: Point(x: outputX, y: top - 12), ["dg-text", "dg-strong"]),
        ]
        elements += GridDrawing.plain(input, cell: cell, origin: inputOrigin)
        // Two alternating colours tell neighbouring windows apart, like a chessboard.
        for row in 0..<output.height {
            for column in 0..<output.width {
                let colour = (row + column) % 2 == 0 ? 1 : 2
                let x = inputOrigin.x + cell * Double(column * window.width)
                let y = inputOrigin.y + cell * Double(row * window.height)
                // The input grid's lines show through the tint: a window needs no lines of its own.
                let width = cell * Double(window.width), height = cell * Double(window.height)
                elements.append(.rect(x: x, y: y, width: width, height: height, [DiagramPalette.fillClass(colour), "dg-tint"]))
                elements.append(.rect(x: x, y: y, width: width, height: height, ["dg-outline", DiagramPalette.strokeClass(colour)]))
                elements += GridDrawing.coloured(GridSize(width: 1, height: 1), cell: cell,
                                                 origin: Point(x: outputOrigin.x + cell * Double(column),
                                                               y: outputOrigin.y + cell * Double(row)), colour: colour)
            }
        }
        var arrow = SVGPath()
        let arrowY = top + cell * Double(input.height) / 2
        arrow.segment(from: Point(x: inputOrigin.x + cell * Double(input.width) + 12, y: arrowY),
                      to: Point(x: outputX - 12, y: arrowY))
        elements.append(.path(arrow, ["dg-axis"]))

        let toy = words.poolingToy("\(input)", "\(window)", window.width, "\(output)")
        // A window as large as the input is global pooling: one value per channel at any scale.
        // Otherwise the real pool is the scenario's field and stride over its image.
        let isGlobal = window == input
        let realOutput = isGlobal
            ? (scale.channels > 1 ? "1×1×\(scale.channels)" : "1×1")
            : "\(scale.outWidth)×\(scale.outHeight)"
        let real = words.poolingReal(scale.imageText, realOutput)
        let notes = FigureNotes.elements([toy, real, [words.poolingNoParameters]],
                                         top: top + cell * Double(input.height) + 30)
        let title = spec.pool == .max ? words.maxPoolingTitle : words.averagePoolingTitle
        let description = words.sentences([
            words.poolingDescription(title, "\(input)", "\(window)", "\(output)"), toy.joined(), real.joined(),
            words.poolingNoParameters,
        ])
        return Figure(kind: .pooling, height: notes.bottom, title: title, description: description,
                      caption: spec.caption ?? words.poolingCaption, content: elements + notes.elements)
    }
}
