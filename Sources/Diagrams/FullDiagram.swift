import ConfigTree

/// The full connection figure: every pixel of the toy input connected to every
/// drawn hidden unit (pixels × units edges).
enum FullDiagram {
    static let title = "全连接示意图"
    static let defaultCaption = "全连接：每个像素都连到每个隐藏层神经元"

    static func figure(_ spec: DiagramSpec, scale: DiagramScale) -> Figure {
        let layout = ConnectionLayout(input: spec.input, units: spec.hidden)
        let pixels = spec.input.area

        // Hundreds of edges merge into a solid block unless they get thinner.
        let edgeClasses = ((try? Checked.product(pixels, layout.drawnUnits.count)) ?? .max) > 300
            ? ["dg-edge", "dg-faint", "dg-thin"] : ["dg-edge", "dg-faint"]
        let edges: [SVGElement] = layout.drawnUnits.map { _, center in
            var path = SVGPath()
            for row in 0..<spec.input.height {
                for column in 0..<spec.input.width {
                    path.segment(from: layout.cellCenter(column: column, row: row), to: center)
                }
            }
            return .path(path, edgeClasses)
        }

        let drawnUnits = layout.sampling.drawnUnits.count
        let connections = ((try? Checked.product(pixels, spec.hidden)) ?? .max)
        let drawnConnections = ((try? Checked.product(pixels, drawnUnits)) ?? .max)
        var toy = ["示意：\(spec.input) 输入、", "\(spec.hidden) 个神经元，", "每个像素连到每个神经元：",
                   "\(pixels) × \(spec.hidden) = \(connections) 条连接"]
        if layout.sampling.isSampled {
            toy[toy.count - 1] += "，"
            toy.append("图中画出 \(drawnUnits) 个神经元的 \(drawnConnections) 条")
        }
        let real = ["实际：\(scale.imageText) 输入、", "\(scale.hiddenText) 个神经元：", "\(scale.full.text) 个参数"]

        let legendY = layout.slotCenters.first.map { $0.y } ?? ConnectionLayout.bodyTop
        let legend = LegendItems.lineSample(["dg-edge"], label: "= 1 个权值", at: Point(x: ConnectionLayout.legendX, y: legendY))
            + LegendItems.lines(["每个神经元都连", "全部 \(pixels) 个像素"], at: Point(x: ConnectionLayout.legendX, y: legendY + 26))

        let notes = FigureNotes.elements([toy, real], top: layout.notesTop)
        let drawn = layout.sampling.columnDescription
        let description = "\(title)：左边是 \(spec.input) 的输入网格（\(pixels) 个像素），\(drawn)；"
            + "每个像素都有一条线连到每个神经元，每条线是一个权值。"
            + toy.joined() + "。" + real.joined() + "。"

        return Figure(
            kind: .full,
            height: notes.bottom,
            title: title,
            description: description,
            caption: spec.caption ?? defaultCaption,
            content: layout.gridElements()
                + [.group(["dg-edges"], edges)]
                + layout.unitElements()
                + layout.labelElements(layerLabel: "隐藏层 \(spec.hidden) 个神经元")
                + legend
                + notes.elements)
    }
}
