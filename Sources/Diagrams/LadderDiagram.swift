import ConfigTree
import Foundation

/// The parameter ladder: the four schemes' counts as bars on a logarithmic
/// scale (bar length ∝ log10 of the count), each with its formatted count and
/// how many orders of magnitude it differs from the scheme before.
enum LadderDiagram {
    static let title = "参数个数阶梯示意图"
    static let defaultCaption = "四种连接方式的参数个数（对数刻度）"

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

    static func figure(_ spec: DiagramSpec, scale: DiagramScale) -> Figure {
        let field = scale.fieldText
        let rows = [
            Row(name: "全连接", detail: "每个神经元连全部像素", number: scale.full),
            Row(name: "局部连接", detail: "每个神经元连 \(field) 区域", number: scale.local),
            Row(name: "权值共享", detail: "所有神经元共用 \(field) 权值", number: scale.shared),
            Row(name: "\(scale.filterCountText) 个卷积核", detail: "每个卷积核 \(field) 权值", number: scale.filters),
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
        var changes: [String] = []
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
                let change = changeText(from: rows[index - 1].number.value, to: row.number.value)
                changes.append(change)
                // Beside the value when there is room, else on the line below it.
                let valueEnd = valueX + TextMetrics.width(of: row.number.text, fontSize: 14)
                let fits = valueEnd + 12 <= rightEdge - TextMetrics.width(of: change, fontSize: 13)
                labels.append(.text(change, at: Point(x: rightEdge, y: center + (fits ? 5 : 24)), ["dg-note", "dg-end"]))
            }
        }

        let header: [SVGElement] = [
            .text("参数个数（对数刻度）", at: Point(x: barX, y: top - 16), ["dg-text", "dg-strong"]),
        ]
        let scaleNote = ["对数刻度：", "条长与参数个数的 log₁₀ 成正比，", "相邻刻度相差 \(step <= 4 ? String(((try? Checked.power(10, UInt(step))) ?? .max)) : DecimalDigits.powerOfTenText(step)) 倍"]
        let real = ["实际：\(scale.imageText) 输入、", "\(scale.hiddenText) 个神经元、", "\(field) 感受野、",
                    "\(scale.filterCountText) 个卷积核"]
        let notes = FigureNotes.elements([scaleNote, real], top: axisY + 48)

        var summary: [String] = []
        for (index, row) in rows.enumerated() {
            let change = index > 0 ? "（比上一种\(changes[index - 1])）" : ""
            summary.append("\(row.name) \(row.number.text) 个参数\(change)")
        }
        let description = "\(title)：四种连接方式的参数个数画在对数刻度上，条长与参数个数的 log₁₀ 成正比。"
            + summary.joined(separator: "；") + "。" + real.joined() + "。"

        return Figure(
            kind: .ladder,
            height: notes.bottom,
            title: title,
            description: description,
            caption: spec.caption ?? defaultCaption,
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

    /// "少 4 个数量级", "多 2 个数量级", "约少 3.9 个数量级": exact when the
    /// ratio is a power of ten, else rounded to one decimal.
    static func changeText(from previous: Int, to current: Int) -> String {
        guard previous > 0, current > 0 else { return "无法比较" }
        if previous == current { return "相同" }
        let larger = Swift.max(previous, current)
        let smaller = Swift.min(previous, current)
        let direction = current < previous ? "少" : "多"
        if larger % smaller == 0, let orders = DecimalDigits.powerOfTenExponent(larger / smaller) {
            return "\(direction) \(orders) 个数量级"
        }
        let orders = log10(Double(larger)) - log10(Double(smaller))
        return "约\(direction) \(SVGNumber.format(orders)) 个数量级"
    }
}
