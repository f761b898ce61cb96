import ConfigTree
import Localization

/// The several-filters figure: one patch of the toy input, F kernels each in
/// its own colour, and F feature maps, each the output of its own kernel. The
/// cell each kernel computes from the patch is filled solid in its map.
enum FiltersDiagram {
    static let gridBox = 180.0
    static let maxCell = 30.0
    static let bodyTop = 44.0
    static let kernelX = 280.0
    static let mapX = 390.0

    static func figure(_ spec: DiagramSpec, scale: DiagramScale, words: DiagramWords) -> Figure {
        let input = spec.input
        let kernel = spec.kernel
        let count = spec.filters
        let output = GridSize(width: Swift.max(1, input.width - kernel.width + 1), height: Swift.max(1, input.height - kernel.height + 1))

        let side = Double(Swift.max(1, Swift.max(input.width, input.height)))
        let cell = Swift.min(maxCell, (gridBox / side / 2).rounded(.down) * 2)
        let gridHeight = cell * Double(input.height)
        let rowHeight = count <= 3 ? 92.0 : 62.0
        let columnHeight = rowHeight * Double(count)
        let bodyHeight = Swift.max(gridHeight, columnHeight)
        let gridOrigin = Point(x: Figure.margin, y: bodyTop + ((bodyHeight - gridHeight) / 2).rounded(.down))
        let columnTop = bodyTop + (bodyHeight - columnHeight) / 2

        // The patch the kernels are shown on, and the output cell it gives.
        let patch = PatchPlacement.Origin(column: (input.width - kernel.width) / 2, row: (input.height - kernel.height) / 2)
        let patchFrame = (x: gridOrigin.x + cell * Double(patch.column), y: gridOrigin.y + cell * Double(patch.row),
                          width: cell * Double(kernel.width), height: cell * Double(kernel.height))
        let patchExit = Point(x: patchFrame.x + patchFrame.width, y: patchFrame.y + patchFrame.height / 2)

        let available = rowHeight - 26
        let kernelCell = Swift.min(14, available / Double(Swift.max(kernel.width, kernel.height)))
        let mapCell = Swift.min(14, available / Double(Swift.max(output.width, output.height)))

        var kernels: [SVGElement] = []
        var maps: [SVGElement] = []
        var edges: [SVGElement] = []
        var labels: [SVGElement] = []
        for index in 0..<count {
            let colour = index + 1
            let rowCenter = columnTop + rowHeight * (Double(index) + 0.5)
            let kernelOrigin = Point(x: kernelX, y: rowCenter - kernelCell * Double(kernel.height) / 2)
            kernels.append(.group(["dg-kernel"], GridDrawing.coloured(kernel, cell: kernelCell, origin: kernelOrigin, colour: colour)))
            let mapOrigin = Point(x: mapX, y: rowCenter - mapCell * Double(output.height) / 2)
            var map = GridDrawing.coloured(output, cell: mapCell, origin: mapOrigin, colour: colour)
            let result = Point(x: mapOrigin.x + mapCell * (Double(patch.column) + 0.5),
                               y: mapOrigin.y + mapCell * (Double(patch.row) + 0.5))
            map.append(.rect(x: result.x - mapCell / 2, y: result.y - mapCell / 2, width: mapCell, height: mapCell,
                             [DiagramPalette.fillClass(colour)]))
            maps.append(.group(["dg-map"], map))

            var path = SVGPath()
            path.segment(from: patchExit, to: Point(x: kernelX, y: rowCenter))
            path.segment(from: Point(x: kernelX + kernelCell * Double(kernel.width), y: rowCenter), to: result)
            edges.append(.path(path, ["dg-edge", "dg-bold", DiagramPalette.strokeClass(colour)]))

            labels.append(.text(words.kernelLabel(colour), at: Point(x: kernelX, y: kernelOrigin.y - 5), ["dg-text", "dg-small"]))
            labels.append(.text(words.featureMapLabel(colour), at: Point(x: mapX + mapCell * Double(output.width) + 10, y: rowCenter + 4),
                                ["dg-text", "dg-small"]))
        }

        let headerY = bodyTop - 16
        let headers: [SVGElement] = [
            .text(words.inputHeading("\(input)"), at: Point(x: Figure.margin, y: headerY), ["dg-text", "dg-strong"]),
            .text(words.kernelsHeading(count, "\(kernel)"), at: Point(x: kernelX, y: headerY), ["dg-text", "dg-strong", "dg-mid"]),
            .text(words.featureMapsHeading(count, "\(output)"), at: Point(x: mapX, y: headerY), ["dg-text", "dg-strong"]),
        ]

        let weights = ((try? Checked.product(count, kernel.area)) ?? .max)
        let toy = words.filtersToy("\(input)", count, "\(kernel)", "\(output)", kernel.area, weights)
        let real = words.filtersReal(scale.filterCountText, scale.fieldText, scale.filters.text)
        let notes = FigureNotes.elements([words.filtersKey, toy, real], top: bodyTop + bodyHeight + 32)

        let title = words.filtersTitle
        let description = words.sentences([
            words.filtersDescription(title, "\(input)", "\(kernel)", count, "\(output)"), toy.joined(), real.joined(),
        ])

        return Figure(
            kind: .filters,
            height: notes.bottom,
            title: title,
            description: description,
            caption: spec.caption ?? words.filtersCaption,
            content: GridDrawing.plain(input, cell: cell, origin: gridOrigin)
                + [.rect(x: patchFrame.x, y: patchFrame.y, width: patchFrame.width, height: patchFrame.height, ["dg-outline"])]
                + [.group(["dg-edges"], edges), .group(["dg-kernels"], kernels), .group(["dg-maps"], maps)]
                + headers + labels + notes.elements)
    }
}
