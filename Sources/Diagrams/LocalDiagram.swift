import ConfigTree
import Localization

/// The local connection figure: each drawn unit connected only to its own k×k
/// patch (units × k × k edges). Each unit, its patch and its edges share a
/// colour, because each unit has weights of its own.
enum LocalDiagram {
    static func figure(_ spec: DiagramSpec, scale: DiagramScale, words: DiagramWords) -> Figure {
        let layout = ConnectionLayout(input: spec.paddedInput, units: spec.hidden)
        let placement = PatchPlacement(units: spec.hidden, input: spec.paddedInput, kernel: spec.kernel, stride: spec.stride)
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
        var toy = words.localToy("\(spec.input)", spec.hidden, "\(kernel)", kernelArea, connections)
        if layout.sampling.isSampled {
            toy[toy.count - 1] += words.clauseSeparator
            toy.append(words.drawnConnections(drawnUnits, ((try? Checked.product(drawnUnits, kernelArea)) ?? .max)))
        }
        let real = words.localReal(scale.imageText, (scale.localUnitsText ?? scale.hiddenText), scale.fieldText, scale.local.text)

        let legendY = layout.slotCenters.first.map { $0.y } ?? ConnectionLayout.bodyTop
        let legend = LegendItems.lineSample(["dg-edge", DiagramPalette.strokeClass(9)], label: words.oneWeightLegend, at: Point(x: ConnectionLayout.legendX, y: legendY))
            + LegendItems.lines(words.localLegend("\(kernel)"),
                                at: Point(x: ConnectionLayout.legendX, y: legendY + 26))

        let settings: [[String]] = spec.stride != 1 || spec.padding != 0
            ? [[words.convolutionSettings(spec.stride, spec.padding)]] : []
        let notes = FigureNotes.elements([toy] + settings + [real], top: layout.notesTop)
        let title = words.localTitle
        let drawn = layout.sampling.columnDescription(words)
        let description = words.sentences([
            words.localDescription(title, "\(spec.input)", drawn, "\(kernel)"), toy.joined(), real.joined(),
        ])

        return Figure(
            kind: .local,
            height: notes.bottom,
            title: title,
            description: description,
            caption: spec.caption ?? words.localCaption,
            content: layout.gridElements() + layout.inputFrame(padding: spec.padding)
                + [.group(["dg-patches"], patches), .group(["dg-edges"], edges)]
                + units
                + layout.labelElements(layerLabel: words.hiddenLayerHeading(spec.hidden), words: words, inputSize: spec.input)
                + legend
                + notes.elements)
    }
}
