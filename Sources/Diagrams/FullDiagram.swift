import ConfigTree
import Localization

/// The full connection figure: every pixel of the toy input connected to every
/// drawn hidden unit (pixels × units edges).
enum FullDiagram {
    static func figure(_ spec: DiagramSpec, scale: DiagramScale, words: DiagramWords) -> Figure {
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
        var toy = words.fullToy("\(spec.input)", spec.hidden, pixels, connections)
        if layout.sampling.isSampled {
            toy[toy.count - 1] += words.clauseSeparator
            toy.append(words.drawnConnections(drawnUnits, drawnConnections))
        }
        let real = words.fullReal(scale.imageText, scale.hiddenText, scale.full.text)

        let legendY = layout.slotCenters.first.map { $0.y } ?? ConnectionLayout.bodyTop
        let legend = LegendItems.lineSample(["dg-edge"], label: words.oneWeightLegend, at: Point(x: ConnectionLayout.legendX, y: legendY))
            + LegendItems.lines(words.fullLegend(pixels), at: Point(x: ConnectionLayout.legendX, y: legendY + 26))

        let notes = FigureNotes.elements([toy, real], top: layout.notesTop)
        let title = words.fullTitle
        let drawn = layout.sampling.columnDescription(words)
        let description = words.sentences([
            words.fullDescription(title, "\(spec.input)", pixels, drawn), toy.joined(), real.joined(),
        ])

        return Figure(
            kind: .full,
            height: notes.bottom,
            title: title,
            description: description,
            caption: spec.caption ?? words.fullCaption,
            content: layout.gridElements()
                + [.group(["dg-edges"], edges)]
                + layout.unitElements()
                + layout.labelElements(layerLabel: words.hiddenLayerHeading(spec.hidden), words: words)
                + legend
                + notes.elements)
    }
}
