import ConfigTree
import Foundation
import Localization

/// The parameter ladder: the four schemes' counts as bars on a logarithmic
/// scale (bar length ∝ log10 of the count), each with its formatted count and
/// how many orders of magnitude it differs from the scheme before.
enum LadderDiagram {
    static let barX = 180.0
    static let barMaxWidth = 250.0
    static let top = 48.0
    static let rowHeight = 56.0
    static let barHeight = 20.0
    static let rightEdge = Figure.width - Figure.margin

    struct Row {
        var name: String
        var detail: String
        var number: DiagramNumber
    }

    static func figure(_ spec: DiagramSpec, scale: DiagramScale, words: DiagramWords) -> Figure {
        let field = scale.fieldText
        let rows = [
            Row(name: words.ladderFullName, detail: words.ladderFullDetail, number: scale.full),
            Row(name: words.ladderLocalName, detail: words.ladderLocalDetail(field), number: scale.local),
            Row(name: words.ladderSharedName, detail: words.ladderSharedDetail(field), number: scale.shared),
            Row(name: words.ladderKernelsName(scale.filterCountText), detail: words.ladderKernelsDetail(field), number: scale.filters),
        ]
        let maxExponent = Swift.max(1, rows.map { DecimalDigits.ceilingExponent($0.number.value) }.max() ?? 1)
        let step = tickStep(maxExponent)
        let axisY = top + rowHeight * Double(rows.count) + 4

        var rules = SVGPath()
        var axis = SVGPath()
        axis.segment(from: Point(x: barX, y: axisY), to: Point(x: barX + barMaxWidth, y: axisY))
        var tickLabels: [SVGElement] = []
        for exponent in stride(from: 0, through: maxExponent, by: step) {
            let x = barX + barMaxWidth * Double(exponent) / Double(maxExponent)
            rules.segment(from: Point(x: x, y: top - 6), to: Point(x: x, y: axisY))
            axis.segment(from: Point(x: x, y: axisY), to: Point(x: x, y: axisY + 5))
            tickLabels.append(.text(DecimalDigits.powerOfTenText(exponent), at: Point(x: x, y: axisY + 20),
                                    ["dg-note", "dg-small", "dg-mid"]))
        }

        var bars: [SVGElement] = []
        var labels: [SVGElement] = []
        var changes: [MagnitudeChange] = []
        for (index, row) in rows.enumerated() {
            let center = top + rowHeight * (Double(index) + 0.5)
            let length = barLength(row.number.value, maxExponent: maxExponent)
            if length > 0 {
                bars.append(.rect(x: barX, y: center - barHeight / 2, width: length, height: barHeight, ["dg-bar"]))
            }
            labels.append(.text(row.name, at: Point(x: Figure.margin, y: center - 2), ["dg-text", "dg-strong"]))
            labels.append(.text(row.detail, at: Point(x: Figure.margin, y: center + 15), ["dg-note", "dg-small"]))
            let valueX = barX + length + 8
            labels.append(.text(row.number.text, at: Point(x: valueX, y: center + 5), ["dg-text", "dg-strong", "dg-value"]))
            if index > 0 {
                changes.append(change(from: rows[index - 1].number.value, to: row.number.value))
                let change = changeText(from: rows[index - 1].number.value, to: row.number.value, words: words)
                // Beside the value when there is room, else on the line below it.
                let valueEnd = valueX + TextMetrics.width(of: row.number.text, fontSize: 14)
                let fits = valueEnd + 12 <= rightEdge - TextMetrics.width(of: change, fontSize: 13)
                labels.append(.text(change, at: Point(x: rightEdge, y: center + (fits ? 5 : 24)), ["dg-note", "dg-end"]))
            }
        }

        let header: [SVGElement] = [
            .text(words.ladderAxisHeading, at: Point(x: barX, y: top - 16), ["dg-text", "dg-strong"]),
        ]
        let factor = step <= 4 ? String(((try? Checked.power(10, UInt(step))) ?? .max)) : DecimalDigits.powerOfTenText(step)
        let scaleNote = words.ladderScaleNote(factor)
        let real = words.ladderReal(scale.imageText, scale.hiddenText, field, scale.filterCountText)
        let notes = FigureNotes.elements([scaleNote, real], top: axisY + 48)

        let summary = rows.enumerated().map { index, row in
            words.ladderSummaryRow(row.name, row.number.text, index > 0 ? changes[index - 1] : nil)
        }
        let title = words.ladderTitle
        let description = words.sentences([
            words.ladderDescription(title), summary.joined(separator: words.ladderSummarySeparator), real.joined(),
        ])

        return Figure(
            kind: .ladder,
            height: notes.bottom,
            title: title,
            description: description,
            caption: spec.caption ?? words.ladderCaption,
            content: [.path(rules, ["dg-rule"])]
                + [.group(["dg-bars"], bars)]
                + [.path(axis, ["dg-axis"])]
                + tickLabels + header + labels + notes.elements)
    }

    /// Ticks every `step` powers of ten, at most six intervals.
    static func tickStep(_ maxExponent: Int) -> Int {
        for step in [1, 2, 3, 4, 5, 6, 10, 15, 20] where (maxExponent + step - 1) / step <= 6 {
            return step
        }
        return Swift.max(1, (maxExponent + 5) / 6)
    }

    /// Bar length ∝ log10(value); no bar for a count of 1 or less.
    static func barLength(_ value: Int, maxExponent: Int) -> Double {
        guard value > 1, maxExponent > 0 else { return 0 }
        let exponent = DecimalDigits.powerOfTenExponent(value).map(Double.init) ?? log10(Double(value))
        return barMaxWidth * Swift.min(1, exponent / Double(maxExponent))
    }

    /// The label beside a bar, in `words` (zh-CN unless a language is given).
    static func changeText(from previous: Int, to current: Int, words: DiagramWords = LanguageCatalog.default.diagrams) -> String {
        words.ladderChange(change(from: previous, to: current))
    }

    /// How many orders of magnitude `current` differs from `previous`: exact
    /// when the ratio is a power of ten, else rounded to one decimal.
    static func change(from previous: Int, to current: Int) -> MagnitudeChange {
        guard previous > 0, current > 0 else { return .incomparable }
        if previous == current { return .same }
        let larger = Swift.max(previous, current)
        let smaller = Swift.min(previous, current)
        let orders: String
        let exact: Bool
        if larger % smaller == 0, let exponent = DecimalDigits.powerOfTenExponent(larger / smaller) {
            (orders, exact) = (String(exponent), true)
        } else {
            (orders, exact) = (SVGNumber.format(log10(Double(larger)) - log10(Double(smaller))), false)
        }
        return current < previous ? .fewer(orders: orders, exact: exact) : .more(orders: orders, exact: exact)
    }
}
