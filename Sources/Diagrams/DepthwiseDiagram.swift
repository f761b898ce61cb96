import ConfigTree
import Foundation
import Localization

/// A standard convolution beside its depthwise-separable factorization, drawn
/// from the scenario (channels in, filter_count out, the field as kernel): each
/// step's kernel as a stack of channel slabs, how many such kernels, its weights,
/// and a bar of its weights on one linear scale, coloured per step.
enum DepthwiseDiagram {
    static let textX = 150.0
    static let barX = 150.0
    static let barMaxWidth = Figure.width - Figure.margin - barX
    static let top = 30.0
    static let rowHeight = 84.0
    static let barHeight = 12.0
    static let cell = 9.0

    struct Step {
        var name: String
        var kernel: String
        var count: Int
        var formula: String
        var weights: Int
        var colour: Int
        /// Side and channels of the drawn kernel.
        var side: Int
        var channels: Int
    }

    static func figure(_ spec: DiagramSpec, scale: DiagramScale, words: DiagramWords) -> Figure {
        let input = scale.channels, output = scale.filterCount
        let kw = scale.fieldWidth, kh = scale.fieldHeight
        let kernel = "\(kw)×\(kh)"
        func product(_ factors: Int...) -> Int { (try? Checked.product(factors)) ?? .max }
        let depthwise = product(kw, kh, input)
        let pointwise = product(input, output)
        let standard = product(kw, kh, input, output)
        let separable = (try? Checked.add(depthwise, pointwise)) ?? .max

        let steps = [
            Step(name: words.standardStepName, kernel: "\(kernel)×\(input)", count: output,
                 formula: "\(kernel)×\(input)×\(output)", weights: standard, colour: 1, side: kw, channels: input),
            Step(name: words.depthwiseStepName, kernel: "\(kernel)×1", count: input,
                 formula: "\(kernel)×\(input)", weights: depthwise, colour: 2, side: kw, channels: 1),
            Step(name: words.pointwiseStepName, kernel: "1×1×\(input)", count: output,
                 formula: "\(input)×\(output)", weights: pointwise, colour: 3, side: 1, channels: input),
        ]
        let largest = Swift.max(standard, separable, 1)
        func length(_ weights: Int) -> Double {
            // Exact proportion; a step too small to see still gets a hairline.
            Swift.max(barMaxWidth * Double(weights) / Double(largest), 1)
        }

        var elements: [SVGElement] = []
        for (index, step) in steps.enumerated() {
            let y = top + rowHeight * Double(index)
            elements.append(.text(step.name, at: Point(x: Figure.margin, y: y), ["dg-text", "dg-strong"]))
            let stack = KernelStack.elements(side: step.side, channels: step.channels, cell: cell,
                                             origin: Point(x: Figure.margin, y: y + 14 + KernelStack.offset * 3), colour: step.colour)
            elements += stack.elements
            elements.append(.text(words.kernelCount(step.kernel, GroupedDigits.text(step.count)),
                                  at: Point(x: textX, y: y + 22), ["dg-note"]))
            elements.append(.text(words.stepWeights(step.formula, GroupedDigits.text(step.weights)),
                                  at: Point(x: textX, y: y + 42), ["dg-text"]))
            elements.append(.rect(x: barX, y: y + 52, width: length(step.weights), height: barHeight,
                                  [DiagramPalette.fillClass(step.colour)]))
        }

        // The two steps together, on the same scale as the standard convolution.
        let sumY = top + rowHeight * Double(steps.count)
        elements.append(.text(words.separableSumName, at: Point(x: Figure.margin, y: sumY), ["dg-text", "dg-strong"]))
        elements.append(.text(words.stepWeights("\(GroupedDigits.text(depthwise)) + \(GroupedDigits.text(pointwise))",
                                                GroupedDigits.text(separable)),
                              at: Point(x: textX, y: sumY), ["dg-text"]))
        let depthwiseLength = length(depthwise)
        elements.append(.rect(x: barX, y: sumY + 10, width: depthwiseLength, height: barHeight, [DiagramPalette.fillClass(2)]))
        elements.append(.rect(x: barX + depthwiseLength, y: sumY + 10, width: length(pointwise), height: barHeight,
                              [DiagramPalette.fillClass(3)]))

        let ratio = String(format: "%.2f", Double(standard) / Double(Swift.max(separable, 1)))
        var notes: [[String]] = [[words.separableRatio(ratio)], [words.linearBarsNote]]
        if input > KernelStack.maxSlabs {
            notes.append([words.channelsDrawn(KernelStack.drawnSlabs(input), input)])
        }
        let drawnNotes = FigureNotes.elements(notes, top: sumY + 46)

        let title = words.depthwiseTitle
        let description = words.sentences([
            words.depthwiseDescription(title, input, output, kernel),
            words.stepWeights("\(kernel)×\(input)×\(output)", GroupedDigits.text(standard)),
            words.stepWeights("\(GroupedDigits.text(depthwise)) + \(GroupedDigits.text(pointwise))", GroupedDigits.text(separable)),
            words.separableRatio(ratio),
        ])
        return Figure(kind: .depthwise, height: drawnNotes.bottom, title: title, description: description,
                      caption: spec.caption ?? words.depthwiseCaption, content: elements + drawnNotes.elements)
    }
}
