import ConfigTree
import Localization

/// The shared weights figure: the local connections again, but every unit's
/// k×k patch uses the same k×k weights. Weight position p has one style
/// everywhere (colour p, dash pattern, and the number p in the patch cell and
/// the legend), so exactly k×k styles appear however many units are drawn.
enum SharedDiagram {
    static func figure(_ spec: DiagramSpec, scale: DiagramScale, words: DiagramWords) -> Figure {
        let layout = ConnectionLayout(input: spec.paddedInput, units: spec.hidden)
        let placement = PatchPlacement(units: spec.hidden, input: spec.paddedInput, kernel: spec.kernel, stride: spec.stride)
        let kernel = spec.kernel
        let kernelArea = kernel.area
        let drawn = layout.drawnUnits.filter { placement.origins.indices.contains($0.unit) }

        // Patches: each cell tinted and numbered by its weight position.
        // The weight's name (just its number in small cells) sits in the cell's
        // upper-left corner: the cell's own edge leaves from the centre
        // towards the units on the right.
        var patches: [SVGElement] = []
        for unit in drawn {
            let origin = placement.origins[unit.unit]
            for (offset, cell) in layout.patchCells(origin: origin, kernel: kernel).enumerated() {
                let weight = offset + 1
                let label = layout.cell >= 30 ? "w\(weight)" : String(weight)
                let center = layout.cellCenter(column: cell.column, row: cell.row)
                let half = layout.cell / 2
                patches.append(.rect(x: center.x - half, y: center.y - half, width: layout.cell, height: layout.cell,
                                     ["dg-weight", DiagramPalette.fillClass(weight), "dg-tint"]))
                // 11 px like every other label, so the figure is legible on a phone at the same width as the rest.
                patches.append(.text(label, at: Point(x: center.x - half + 3, y: center.y - half + 11), ["dg-text", "dg-small"]))
            }
            let frame = layout.patchFrame(origin: origin, kernel: kernel)
            patches.append(.rect(x: frame.x, y: frame.y, width: frame.width, height: frame.height, ["dg-outline"]))
        }

        // Edges: one path per weight position, one subpath per drawn unit.
        let edges: [SVGElement] = (0..<kernelArea).map { offset in
            let weight = offset + 1
            var path = SVGPath()
            for unit in drawn {
                let cell = layout.patchCells(origin: placement.origins[unit.unit], kernel: kernel)[offset]
                path.segment(from: layout.cellCenter(column: cell.column, row: cell.row), to: unit.center)
            }
            return .path(path, weightClasses(weight))
        }

        let weights = kernelArea == 1 ? "w1" : "w1…w\(kernelArea)"
        let drawnUnits = layout.sampling.drawnUnits.count
        let connections = ((try? Checked.product(spec.hidden, kernelArea)) ?? .max)
        var toy = words.sharedToy(spec.hidden, "\(kernel)", kernelArea, weights, connections)
        if layout.sampling.isSampled {
            toy[toy.count - 1] += words.clauseSeparator
            toy.append(words.sharedDrawnUnits(drawnUnits))
        }
        let real = words.sharedReal((scale.localUnitsText ?? scale.hiddenText), scale.fieldText, scale.shared.text)

        let settings: [[String]] = spec.stride != 1 || spec.padding != 0
            ? [[words.convolutionSettings(spec.stride, spec.padding)]] : []
        let notes = FigureNotes.elements([toy] + settings + [real], top: layout.notesTop)
        let title = words.sharedTitle
        let drawnText = layout.sampling.columnDescription(words)
        let description = words.sentences([
            words.sharedDescription(title, "\(spec.input)", drawnText, "\(kernel)", weights), toy.joined(), real.joined(),
        ])

        return Figure(
            kind: .shared,
            height: Swift.max(notes.bottom, legendBottom(layout: layout, kernel: kernel) + 12),
            title: title,
            description: description,
            caption: spec.caption ?? words.sharedCaption,
            content: layout.gridElements() + layout.inputFrame(padding: spec.padding)
                + [.group(["dg-patches"], patches), .group(["dg-edges"], edges)]
                + layout.unitElements()
                + layout.labelElements(layerLabel: words.hiddenLayerHeading(spec.hidden), words: words, inputSize: spec.input)
                + legend(layout: layout, kernel: kernel, words: words)
                + notes.elements)
    }

    /// The style of weight position `weight`: its colour and its dash pattern.
    static func weightClasses(_ weight: Int) -> [String] {
        ["dg-edge", "dg-bold", DiagramPalette.strokeClass(weight), DiagramPalette.dashClass(weight)]
    }

    private static func legendCell(kernel: GridSize) -> Double {
        Swift.min(40, 140 / Double(Swift.max(1, kernel.width)), 160 / Double(Swift.max(1, kernel.height))).rounded(.down)
    }

    private static func legendTop(layout: ConnectionLayout, kernel: GridSize) -> Double {
        let height = legendCell(kernel: kernel) * Double(kernel.height)
        return Swift.max(ConnectionLayout.bodyTop, ((ConnectionLayout.bodyTop + layout.bodyBottom - height) / 2).rounded(.down))
    }

    private static func legendBottom(layout: ConnectionLayout, kernel: GridSize) -> Double {
        legendTop(layout: layout, kernel: kernel) + legendCell(kernel: kernel) * Double(kernel.height) + 20
    }

    /// The shared kernel: one cell per weight position with its name and line style.
    private static func legend(layout: ConnectionLayout, kernel: GridSize, words: DiagramWords) -> [SVGElement] {
        let size = legendCell(kernel: kernel)
        let left = ConnectionLayout.legendX
        let top = legendTop(layout: layout, kernel: kernel)
        var elements: [SVGElement] = [
            .text(words.sharedLegendHeading("\(kernel)"), at: Point(x: left, y: top - 10), ["dg-text", "dg-small", "dg-strong"]),
        ]
        let showSamples = size >= 30
        for row in 0..<kernel.height {
            for column in 0..<kernel.width {
                let weight = row * kernel.width + column + 1
                let x = left + size * Double(column)
                let y = top + size * Double(row)
                elements.append(.rect(x: x, y: y, width: size, height: size,
                                      ["dg-cell", "dg-weight", DiagramPalette.fillClass(weight), "dg-tint"]))
                let labelY = showSamples ? y + size / 2 : y + size / 2 + 4
                elements.append(.text("w\(weight)", at: Point(x: x + size / 2, y: labelY), ["dg-text", "dg-small", "dg-mid"]))
                if showSamples {
                    var sample = SVGPath()
                    sample.segment(from: Point(x: x + 6, y: y + size - 8), to: Point(x: x + size - 6, y: y + size - 8))
                    elements.append(.path(sample, weightClasses(weight)))
                }
            }
        }
        return [.group(["dg-legend"], elements)]
    }
}
