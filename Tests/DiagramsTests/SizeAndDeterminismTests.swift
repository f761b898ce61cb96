import Testing
@testable import Diagrams

@Suite struct SizeAndDeterminismTests {
    /// Every valid spec over a grid of sizes up to the limits, kernels included.
    static func specs() -> [DiagramSpec] {
        var specs: [DiagramSpec] = []
        let sides = [1, 2, 3, 6, 11, 12]
        for kind in DiagramKind.allCases {
            for width in sides {
                for height in [1, 6, 12] {
                    for kernel in [1, 2, 3, 5, 10, 12] {
                        for hidden in [1, 4, 7, 8, 16] {
                            for filters in [1, 6] {
                                // Only the sizes the kind draws, so the Set below removes repeats.
                                let keys = kind.toyKeys
                                if let spec = try? DiagramSpec(
                                    kind: kind,
                                    input: keys.contains(.input) ? GridSize(width: width, height: height) : nil,
                                    hidden: keys.contains(.hidden) ? hidden : nil,
                                    kernel: keys.contains(.kernel) ? GridSize(square: kernel) : nil,
                                    filters: keys.contains(.filters) ? filters : nil) {
                                    specs.append(spec)
                                }
                            }
                        }
                    }
                }
            }
        }
        return Array(Set(specs)).sorted { "\($0)" < "\($1)" }
    }

    @Test func everyAllowedSizeStaysUnder30KBAndIsWellFormed() throws {
        let specs = Self.specs()
        #expect(specs.count > 250, "the grid covers the kinds and limits")
        var largest = (size: 0, spec: "")
        for spec in specs {
            let svg = renderDiagram(spec, scale: TestScales.article, idPrefix: "size").svg
            let size = svg.utf8.count
            if size > largest.size { largest = (size, "\(spec.kind) \(spec.input) k\(spec.kernel) h\(spec.hidden) f\(spec.filters)") }
            #expect(size < 30_000, "\(spec) is \(size) bytes")
            _ = try XMLTree.parse(svg)
        }
        // The densest figure allowed (full, 12×12 to 7 drawn units) is the largest.
        #expect(largest.spec.hasPrefix("full 12×12"), "largest: \(largest)")
    }

    @Test func theLargestFullFigureDrawsAllItsEdges() throws {
        let spec = try DiagramSpec(kind: .full, input: GridSize(square: 12), hidden: 16)
        let svg = try XMLTree.parse(renderDiagram(spec, scale: TestScales.article, idPrefix: "big").svg)
        let paths = try #require(svg.group("dg-edges")).elements(named: "path")
        let edges = try paths.map { try PathData.segments($0.attributes["d"] ?? "").count }.reduce(0, +)
        #expect(edges == 144 * 7)
    }

    @Test(arguments: DiagramKind.allCases)
    func renderingTwiceGivesTheSameBytes(kind: DiagramKind) throws {
        let spec = try DiagramSpec(kind: kind, hidden: kind == .full ? 9 : nil)
        let first = renderDiagram(spec, scale: TestScales.article, idPrefix: "p")
        let second = renderDiagram(spec, scale: TestScales.article, idPrefix: "p")
        #expect(first == second)
        #expect(Array(first.svg.utf8) == Array(second.svg.utf8))
    }

    @Test func oddScenarioValuesDoNotBreakTheDrawing() throws {
        let odd = DiagramScale(
            imageWidth: 0, imageHeight: -5, channels: 0, hidden: 0, hiddenText: "",
            fieldWidth: 0, fieldHeight: 0, filterCount: 0, filterCountText: "0",
            full: DiagramNumber(value: 0, text: "0"), local: DiagramNumber(value: -1, text: "-1"),
            shared: DiagramNumber(value: 1, text: "1"), filters: DiagramNumber(value: Int.max, text: "9.22×10¹⁸"))
        for kind in DiagramKind.allCases {
            let svg = renderDiagram(try DiagramSpec(kind: kind), scale: odd, idPrefix: "odd").svg
            _ = try XMLTree.parse(svg)
            #expect(svg.utf8.count < 30_000)
        }
    }

    @Test func patchesAreDistinctForEveryAllowedLocalLayout() {
        for input in 1...12 {
            for kernel in 1...input {
                let positions = (input - kernel + 1) * (input - kernel + 1)
                for units in 1...min(16, positions) {
                    let placement = PatchPlacement(units: units, input: GridSize(square: input), kernel: GridSize(square: kernel))
                    #expect(Set(placement.origins).count == units, "\(units) units, \(input)x\(input), kernel \(kernel)")
                    #expect(placement.origins.allSatisfy { $0.column + kernel <= input && $0.row + kernel <= input })
                }
            }
        }
    }
}
