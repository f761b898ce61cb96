import ConfigTree
import Testing
import LayerGeometry
import ParamEngine

/// Properties over many generated scenarios. The generator is SplitMix64 with
/// a fixed seed: the same scenarios on every run.
@Suite struct ScenarioPropertyTests {
    struct Generator {
        var state: UInt64

        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }

        mutating func int(_ range: ClosedRange<Int>) -> Int {
            range.lowerBound + Int(next() % UInt64(range.upperBound - range.lowerBound + 1))
        }
    }

    struct Case {
        var lines: [String]
        var width, height, channels, hidden, fieldWidth, fieldHeight, filters, stride, dilation: Int
        var bias: Bool
        var padding: Padding
    }

    static func cases(count: Int) -> [Case] {
        var random = Generator(state: 20_240_501)
        var cases: [Case] = []
        while cases.count < count {
            let width = random.int(1...1200), height = random.int(1...1200)
            let c = Case(
                lines: [], width: width, height: height, channels: random.int(1...4), hidden: random.int(1...10_000_000),
                fieldWidth: random.int(1...min(width, 15)), fieldHeight: random.int(1...min(height, 15)),
                filters: random.int(1...512), stride: random.int(1...4), dilation: random.int(1...3),
                bias: random.int(0...1) == 1, padding: .valid)
            var filled = c
            switch random.int(0...2) {
            case 0: filled.padding = .valid
            case 1: filled.padding = c.stride == 1 ? .same : .explicit(1)
            default: filled.padding = .explicit(random.int(0...4))
            }
            filled.lines = [
                "image: \(width)x\(height)x\(c.channels)", "hidden: \(c.hidden)", "field: \(c.fieldWidth)x\(c.fieldHeight)",
                "filters: \(c.filters)", "bias: \(c.bias)", "stride: \(c.stride)", "padding: \(filled.padding)",
                "dilation: \(c.dilation)",
            ]
            cases.append(filled)
        }
        return cases
    }

    /// Kernel positions along one axis, counted one by one (no formula): starts
    /// from −before in steps of the stride while the dilated kernel stays within the padded input.
    static func countedPositions(input: Int, kernel: Int, stride: Int, padding: Padding, dilation: Int) -> Int {
        let span = dilation * (kernel - 1) + 1
        let (before, after): (Int, Int)
        switch padding {
        case .valid: (before, after) = (0, 0)
        case .explicit(let p): (before, after) = (p, p)
        case .same: (before, after) = ((span - 1) / 2, span - 1 - (span - 1) / 2)
        }
        var count = 0
        var start = -before
        while start + span <= input + after {
            count += 1
            start += stride
        }
        return count
    }

    func make(_ c: Case) -> Scenario? {
        let node = ConfigNode(.mapping(c.lines.enumerated().map { index, line in
            let parts = line.split(separator: ":", maxSplits: 1)
            let value = String(parts[1].dropFirst())
            return ConfigNode.Entry(key: String(parts[0]), keyLocation: .init(line: index + 1, column: 1),
                                    value: ConfigNode(.scalar(value), at: .init(line: index + 1, column: parts[0].count + 3)))
        }))
        return try? Scenario(declaration: node)
    }

    @Test func schemesNeverGrowAndCountsFollowTheirDefinitions() {
        var valid = 0, refused = 0
        for c in Self.cases(count: 400) {
            let outWidth = Self.countedPositions(input: c.width, kernel: c.fieldWidth, stride: c.stride, padding: c.padding, dilation: c.dilation)
            let outHeight = Self.countedPositions(input: c.height, kernel: c.fieldHeight, stride: c.stride, padding: c.padding, dilation: c.dilation)
            guard let scenario = make(c) else {
                // Refused only when the dilated kernel has no position in the padded image.
                #expect(outWidth == 0 || outHeight == 0, "\(c.lines)")
                refused += 1
                continue
            }
            valid += 1
            func v(_ name: String) -> Int { scenario.value(of: name) ?? -1 }
            #expect(v("full") >= v("local") && v("local") >= v("shared"), "\(c.lines)")
            #expect(v("filters") == c.filters * c.fieldWidth * c.fieldHeight * c.channels + (c.bias ? c.filters : 0))
            #expect(v("full_weights") == c.width * c.height * c.channels * c.hidden)
            #expect(v("local") == c.hidden * c.fieldWidth * c.fieldHeight * c.channels + (c.bias ? c.hidden : 0))
            #expect(v("out_width") == outWidth, "\(c.lines)")
            #expect(v("out_height") == outHeight, "\(c.lines)")
            #expect(v("positions") == outWidth * outHeight)
        }
        // The generator must exercise both outcomes, or the test proves little.
        #expect(valid > 300 && refused > 0, "valid \(valid), refused \(refused)")
    }

    @Test func exactFormatsReadBackToTheSameInteger() throws {
        for c in Self.cases(count: 150) {
            guard let scenario = make(c) else { continue }
            for (name, value) in scenario.quantities {
                #expect(Int(try NumberFormat.plain.format(value).text) == value, "\(name)")
                #expect(Int(try NumberFormat.grouped.format(value).text.filter { $0 != "," }) == value, "\(name)")
                #expect(ChineseNumeralReader.value(of: try NumberFormat.cnCount.format(value).text) == value, "\(name)")
                let cn = try NumberFormat.cn.format(value).text
                #expect(!cn.contains("兆") && !cn.isEmpty)
                if let orders = try? NumberFormat.orders.format(value).text, let exponent = Int(orders) {
                    #expect((0..<exponent).reduce(1) { power, _ in power * 10 } == value)
                }
            }
        }
    }
}

/// Reads Chinese numerals back (test-only, independent of the writer): sections
/// split at the last 亿, then at 万; within a section 千 百 十 multiply the digit
/// before them; 零 only marks a gap.
enum ChineseNumeralReader {
    static let digits: [Character: Int] = ["零": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9]

    static func value(of text: String) -> Int? {
        if let index = text.lastIndex(of: "亿") {
            guard let high = value(of: String(text[..<index])) else { return nil }
            let rest = String(text[text.index(after: index)...])
            return high * 100_000_000 + (rest.isEmpty ? 0 : value(of: rest) ?? -1)
        }
        if let index = text.lastIndex(of: "万") {
            guard let high = value(of: String(text[..<index])) else { return nil }
            let rest = String(text[text.index(after: index)...])
            return high * 10_000 + (rest.isEmpty ? 0 : value(of: rest) ?? -1)
        }
        var total = 0, digit: Int?
        for character in text {
            if let d = digits[character] {
                digit = d
                continue
            }
            let place: Int
            switch character {
            case "千": place = 1000
            case "百": place = 100
            case "十": place = 10
            default: return nil
            }
            total += (digit ?? 1) * place
            digit = nil
        }
        return total + (digit ?? 0)
    }
}
