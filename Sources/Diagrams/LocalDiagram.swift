import ConfigTree

/// The local connection figure: each drawn unit connected only to its own k×k
/// patch (units × k × k edges). Each unit, its patch and its edges share a
/// colour, because each unit has weights of its own.
enum LocalDiagram {
    static let title = "局部连接示意图"
    static let defaultCaption = "局部连接：每个神经元只连自己的一小块区域"

    static func figure(_ spec: DiagramSpec, scale: DiagramScale) -> Figure {
        let layout = ConnectionLayout(input: spec.input, units: spec.hidden)
        let placement = PatchPlacement(units: spec.hidden, input: spec.input, kernel: spec.kernel)
        let kernel = spec.kernel
        let kernelArea = kernel.area

        var patches: [SVGElement] = []
        var edges: [SVGElement] = []
        var unitColour: [Int: Int] = [:]
        for (order, drawn) in layout.drawnUnits.enumerated() where placement.origins.indices.contains(drawn.unit) {
            let colour = order + 1
            unitColour[drawn.unit] = colour
            let origin = placement.origins[drawn.unit]
            let frame = layout.patchFrame(origin: origin, kernel: kernel)
            patches.append(.rect(
                x: frame.x, y: frame.y, width: frame.width, height: frame.height,
                ["dg-outline", DiagramPalette.strokeClass(colour), DiagramPalette.fillClass(colour), "dg-tint"]))
            var path = SVGPath()
            for cell in layout.patchCells(origin: origin, kernel: kernel) {
                path.segment(from: layout.cellCenter(column: cell.column, row: cell.row), to: drawn.center)
            }
            edges.append(.path(path, ["dg-edge", DiagramPalette.strokeClass(colour)]))
        }
        let units = layout.unitElements { unit in
            unitColour[unit].map { ["dg-bold", DiagramPalette.strokeClass($0)] } ?? []
        }

        let drawnUnits = layout.sampling.drawnUnits.count
        let connections = ((try? Checked.product(spec.hidden, kernelArea)) ?? .max)
        var toy = ["示意：\(spec.input) 输入、", "\(spec.hidden) 个神经元，", "每个只连自己的 \(kernel) 区域：",
                   "\(spec.hidden) × \(kernelArea) = \(connections) 条连接"]
        if layout.sampling.isSampled {
            toy[toy.count - 1] += "，"
            toy.append("图中画出 \(drawnUnits) 个神经元的 \(((try? Checked.product(drawnUnits, kernelArea)) ?? .max)) 条")
        }
        let real = ["实际：\(scale.imageText) 输入、", "\(scale.hiddenText) 个神经元，", "各连 \(scale.fieldText) 区域：",
                    "\(scale.local.text) 个参数"]

        let legendY = layout.slotCenters.first.map { $0.y } ?? ConnectionLayout.bodyTop
        let legend = LegendItems.lineSample(["dg-edge", DiagramPalette.strokeClass(9)], label: "= 1 个权值", at: Point(x: ConnectionLayout.legendX, y: legendY))
            + LegendItems.lines(["同一颜色：一个神经元", "和它自己的 \(kernel) 区域"],
                                at: Point(x: ConnectionLayout.legendX, y: legendY + 26))

        let notes = FigureNotes.elements([toy, real], top: layout.notesTop)
        let drawn = layout.sampling.columnDescription
        let description = "\(title)：左边是 \(spec.input) 的输入网格，\(drawn)；"
            + "每个神经元只连到输入上属于它自己的一块 \(kernel) 区域（同一颜色），每条线是一个权值，各神经元的权值互不相同。"
            + toy.joined() + "。" + real.joined() + "。"

        return Figure(
            kind: .local,
            height: notes.bottom,
            title: title,
            description: description,
            caption: spec.caption ?? defaultCaption,
            content: layout.gridElements()
                + [.group(["dg-patches"], patches), .group(["dg-edges"], edges)]
                + units
                + layout.labelElements(layerLabel: "隐藏层 \(spec.hidden) 个神经元")
                + legend
                + notes.elements)
    }
}
