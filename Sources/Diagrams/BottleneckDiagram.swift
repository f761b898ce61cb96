import ConfigTree
import Localization

/// A bottleneck block drawn from the scenario: `channels` reduced by a 1×1
/// convolution to a quarter of them (ResNet's expansion of 4), the field as a
/// k×k convolution there, and a 1×1 convolution back to `channels`. The feature
/// maps between the steps are bars whose width is proportional to their
/// channels; each step says its channels and weights, coloured per step.
enum BottleneckDiagram {
    /// ResNet's bottleneck works on a quarter of the block's channels.
    static let reduction = 4
    static let barCenterX = 460.0
    static let barMaxWidth = 160.0
    static let barHeight = 14.0
    static let top = 24.0
    static let stepHeight = 66.0

    static func figure(_ spec: DiagramSpec, scale: DiagramScale, words: DiagramWords) -> Figure {
        let channels = scale.channels
        let width = Swift.max(channels / reduction, 1)
        let kernel = "\(scale.fieldWidth)×\(scale.fieldHeight)"
        func product(_ factors: Int...) -> Int { (try? Checked.product(factors)) ?? .max }
        let steps: [(name: String, from: Int, to: Int, formula: String, weights: Int, colour: Int)] = [
            (words.reduceStepName, channels, width, "\(channels)×\(width)", product(channels, width), 1),
            (words.middleStepName(kernel), width, width, "\(kernel)×\(width)×\(width)",
             product(scale.fieldWidth, scale.fieldHeight, width, width), 2),
            (words.expandStepName, width, channels, "\(width)×\(channels)", product(width, channels), 3),
        ]
        let total = steps.reduce(0) { (try? Checked.add($0, $1.weights)) ?? .max }
        let twoStandard = product(2, scale.fieldWidth, scale.fieldHeight, channels, channels)

        func bar(_ count: Int, y: Double, classes: [String]) -> [SVGElement] {
            let length = Swift.max(barMaxWidth * Double(count) / Double(Swift.max(channels, width)), 1)
            return [
                .rect(x: barCenterX - length / 2, y: y, width: length, height: barHeight, classes),
                .text(String(count), at: Point(x: barCenterX + length / 2 + 6, y: y + 11), ["dg-note"]),
            ]
        }

        var elements: [SVGElement] = bar(channels, y: top, classes: ["dg-cell"])
        for (index, step) in steps.enumerated() {
            let y = top + stepHeight * Double(index)
            elements.append(.text(step.name, at: Point(x: Figure.margin, y: y + 34), ["dg-text", "dg-strong"]))
            elements.append(.text(words.channelChange(step.from, step.to),
                                  at: Point(x: Figure.margin, y: y + 52), ["dg-note"]))
            elements.append(.text(words.stepWeights(step.formula, GroupedDigits.text(step.weights)),
                                  at: Point(x: 170, y: y + 52), ["dg-text"]))
            var arrow = SVGPath()
            arrow.segment(from: Point(x: barCenterX, y: y + barHeight + 4), to: Point(x: barCenterX, y: y + stepHeight - 4))
            elements.append(.path(arrow, ["dg-outline", DiagramPalette.strokeClass(step.colour)]))
            elements += bar(step.to, y: y + stepHeight, classes: [DiagramPalette.fillClass(step.colour)])
        }

        let notesTop = top + stepHeight * Double(steps.count) + barHeight + 30
        let notes = FigureNotes.elements([
            [words.bottleneckTotal(GroupedDigits.text(total))],
            [words.bottleneckComparison(kernel, channels, GroupedDigits.text(twoStandard))],
            [words.channelBarsNote],
        ], top: notesTop)

        let title = words.bottleneckTitle
        let description = words.sentences([
            words.bottleneckDescription(title, channels, width, kernel),
        ] + steps.map { words.stepWeights($0.formula, GroupedDigits.text($0.weights)) } + [
            words.bottleneckTotal(GroupedDigits.text(total)),
            words.bottleneckComparison(kernel, channels, GroupedDigits.text(twoStandard)),
        ])
        return Figure(kind: .bottleneck, height: notes.bottom, title: title, description: description,
                      caption: spec.caption ?? words.bottleneckCaption, content: elements + notes.elements)
    }
}
