import ConfigTree

/// The several-filters figure: one patch of the toy input, F kernels each in
/// its own colour, and F feature maps, each the output of its own kernel. The
/// cell each kernel computes from the patch is filled solid in its map.
enum FiltersDiagram {
    static let title = "多个卷积核示意图"
    static let defaultCaption = "多个卷积核：每个卷积核各得一张特征图"

    static let gridBox = 180.0
    static let maxCell = 30.0
    static let bodyTop = 44.0
    static let kernelX = 280.0
    static let mapX = 390.0

    static func figure(_ spec: DiagramSpec, scale: DiagramScale) -> Figure {
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

            labels.append(.text("核 \(colour)", at: Point(x: kernelX, y: kernelOrigin.y - 5), ["dg-text", "dg-small"]))
            labels.append(.text("特征图 \(colour)", at: Point(x: mapX + mapCell * Double(output.width) + 10, y: rowCenter + 4),
                                ["dg-text", "dg-small"]))
        }

        let headerY = bodyTop - 16
        let headers: [SVGElement] = [
            .text("输入 \(input)", at: Point(x: Figure.margin, y: headerY), ["dg-text", "dg-strong"]),
            .text("\(count) 个 \(kernel) 卷积核", at: Point(x: kernelX, y: headerY), ["dg-text", "dg-strong", "dg-mid"]),
            .text("\(count) 张 \(output) 特征图", at: Point(x: mapX, y: headerY), ["dg-text", "dg-strong"]),
        ]

        let weights = ((try? Checked.product(count, kernel.area)) ?? .max)
        let key = ["每种颜色是一个卷积核和它得到的特征图；", "输入上的方框是卷积核正在看的区域"]
        let toy = ["示意：\(input) 输入、", "\(count) 个 \(kernel) 卷积核，", "各得一张 \(output) 特征图：",
                   "\(count) × \(kernel.area) = \(weights) 个权值"]
        let real = ["实际：\(scale.filterCountText) 个 \(scale.fieldText) 卷积核，", "各得一张特征图：", "\(scale.filters.text) 个参数"]
        let notes = FigureNotes.elements([key, toy, real], top: bodyTop + bodyHeight + 32)

        let description = "\(title)：左边是 \(input) 的输入网格，方框标出一块 \(kernel) 区域；"
            + "中间是 \(count) 个卷积核，各用一种颜色；右边是 \(count) 张 \(output) 特征图，"
            + "每个卷积核在这块区域上算出自己特征图里的一个值（实心格）。"
            + toy.joined() + "。" + real.joined() + "。"

        return Figure(
            kind: .filters,
            height: notes.bottom,
            title: title,
            description: description,
            caption: spec.caption ?? defaultCaption,
            content: GridDrawing.plain(input, cell: cell, origin: gridOrigin)
                + [.rect(x: patchFrame.x, y: patchFrame.y, width: patchFrame.width, height: patchFrame.height, ["dg-outline"])]
                + [.group(["dg-edges"], edges), .group(["dg-kernels"], kernels), .group(["dg-maps"], maps)]
                + headers + labels + notes.elements)
    }
}
