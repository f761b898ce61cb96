import ConfigTree
import Foundation
import Testing
import Diagrams
import Localization

/// The depthwise, bottleneck and pooling kinds (issue #16): snapshots in both
/// languages, the counts they write, and the `pool` key.
@Suite struct ModernDiagramTests {
    /// The new chapter's scenario: a 3×3 convolution from 256 to 256 channels on a 6×6 map (same padding).
    static let modern = DiagramScale(
        imageWidth: 6, imageHeight: 6, channels: 256,
        hidden: 256, hiddenText: "256",
        fieldWidth: 3, fieldHeight: 3,
        filterCount: 256, filterCountText: "256",
        full: DiagramNumber(value: 2_359_296, text: "2.36×10⁶"),
        local: DiagramNumber(value: 589_824, text: "5.90×10⁵"),
        shared: DiagramNumber(value: 2_304, text: "2304"),
        filters: DiagramNumber(value: 589_824, text: "5.90×10⁵"),
        outWidth: 6, outHeight: 6)

    /// A 2×2, stride-2 pool over the article's image.
    static let pooled = DiagramScale(
        imageWidth: 1000, imageHeight: 1000, channels: 1,
        hidden: 1_000_000, hiddenText: "10⁶",
        fieldWidth: 2, fieldHeight: 2,
        filterCount: 100, filterCountText: "100",
        full: DiagramNumber(value: 1_000_000_000_000, text: "10¹²"),
        local: DiagramNumber(value: 1_000_000, text: "10⁶"),
        shared: DiagramNumber(value: 4, text: "4"),
        filters: DiagramNumber(value: 400, text: "400"),
        outWidth: 500, outHeight: 500)

    static let cases: [(name: String, spec: @Sendable () throws -> DiagramSpec, scale: DiagramScale)] = [
        ("depthwise", { try DiagramSpec(kind: .depthwise) }, modern),
        ("bottleneck", { try DiagramSpec(kind: .bottleneck) }, modern),
        ("pooling", { try DiagramSpec(kind: .pooling) }, pooled),
        ("pooling-global", {
            try DiagramSpec.parse(block("kind: pooling", "pool: average", "input: 6x6", "kernel: 6x6"))
        }, modern),
    ]

    @Test(arguments: cases.map(\.name))
    func matchesSnapshots(name: String) throws {
        let entry = try #require(Self.cases.first { $0.name == name })
        let spec = try entry.spec()
        let chinese = renderDiagram(spec, scale: entry.scale, idPrefix: "snapshot-\(name)").svg + "\n"
        try SnapshotTests.compare(chinese, name: name)
        let english = renderDiagram(spec, scale: entry.scale, idPrefix: "snapshot-en-\(name)", language: .english).svg + "\n"
        try SnapshotTests.compare(english, name: "en-\(name)")
        #expect(chinese.utf8.count <= 20_000 && english.utf8.count <= 20_000)
        #expect(!english.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) })
    }

    @Test func depthwiseCountsEachStepAndTheRatio() throws {
        let figure = renderDiagram(try DiagramSpec(kind: .depthwise), scale: Self.modern, idPrefix: "d")
        #expect(figure.svg.contains("3×3×256×256 = 589,824 个参数"))
        #expect(figure.svg.contains("3×3×256 = 2,304 个参数"))
        #expect(figure.svg.contains("256×256 = 65,536 个参数"))
        #expect(figure.svg.contains("2,304 + 65,536 = 67,840 个参数"))
        // 589,824 / 67,840 = 8.694…
        #expect(figure.svg.contains("8.69 倍"))
        // 256 channels, 4 slabs drawn: the figure says so.
        #expect(figure.svg.contains("画出 4 / 256 个通道"))
        #expect(figure.title == "深度可分离卷积示意图" && figure.description.contains("589,824"))
    }

    @Test func bottleneckReducesToAQuarter() throws {
        let figure = renderDiagram(try DiagramSpec(kind: .bottleneck), scale: Self.modern, idPrefix: "b", language: .english)
        #expect(figure.svg.contains("256 → 64 channels"))
        #expect(figure.svg.contains("3×3×64×64 = 36,864 weights"))
        #expect(figure.svg.contains("Total 69,632 weights"))
        #expect(figure.svg.contains("1,179,648 weights"))
    }

    @Test func poolingSaysItsOutputAndZeroParameters() throws {
        let toy = renderDiagram(try DiagramSpec(kind: .pooling), scale: Self.pooled, idPrefix: "p")
        #expect(toy.svg.contains("输出 3×3"))
        #expect(toy.svg.contains("输出 500×500"))
        #expect(toy.svg.contains("0 个参数"))
        #expect(toy.title == "最大池化示意图")
        let global = renderDiagram(try DiagramSpec.parse(block("kind: pooling", "pool: average", "input: 6x6", "kernel: 6x6")),
                                   scale: Self.modern, idPrefix: "g")
        #expect(global.title == "平均池化示意图")
        #expect(global.svg.contains("输出 1×1×256"))
    }

    @Test func thePoolKeyIsCheckedAndBelongsToPooling() {
        let unknown = #expect(throws: ConfigErrors.self) { try DiagramSpec.parse(block("kind: pooling", "pool: mean")) }
        #expect(unknown?.errors.first?.message == "'pool' must be max or average, not 'mean'")
        let misplaced = #expect(throws: ConfigErrors.self) { try DiagramSpec.parse(block("kind: full", "pool: max")) }
        #expect(misplaced?.errors.first?.message == "'pool' applies to kind 'pooling' only, not 'full'")
        let noKernel = #expect(throws: ConfigErrors.self) { try DiagramSpec.parse(block("kind: depthwise", "kernel: 3")) }
        #expect(noKernel?.errors.count == 1)
        let onePixel = #expect(throws: ConfigErrors.self) { try DiagramSpec.parse(block("kind: pooling", "kernel: 1")) }
        #expect(onePixel?.errors.first?.message == "a pooling window of 1x1 leaves the input as it is; use 2x2 or larger")
    }

    @Test func localAndSharedTakeStrideAndPadding() throws {
        let spec = try DiagramSpec.parse(block("kind: local", "stride: 2", "padding: 1"))
        #expect(spec.stride == 2 && spec.padding == 1 && spec.paddedInput == GridSize(square: 8))
        // (6 + 2 − 3)/2 + 1 = 3 positions per axis: 9 patches, 4 units drawn by default.
        #expect(spec.hidden == 4)
        let figure = renderDiagram(spec, scale: TestScales.article, idPrefix: "l")
        #expect(figure.svg.contains("步长 2、四周补 1 圈 0（粗框外）"))
        #expect(figure.svg.contains("输入 6×6"))
        let shared = renderDiagram(try DiagramSpec.parse(block("kind: shared", "stride: 3")), scale: TestScales.article,
                                   idPrefix: "s", language: .english)
        #expect(shared.svg.contains("Stride 3"))
        let tooMany = #expect(throws: ConfigErrors.self) {
            try DiagramSpec.parse(block("kind: local", "hidden: 10", "stride: 2", "padding: 1"))
        }
        #expect(tooMany?.errors.first?.message ==
            "'hidden' 10 needs 10 different 3x3 patches, but the default 6x6 input padded with 1 on each side has only 9 at stride 2")
        let wrongKind = #expect(throws: ConfigErrors.self) { try DiagramSpec.parse(block("kind: full", "stride: 2")) }
        #expect(wrongKind?.errors.count == 1)
        let tooLong = #expect(throws: ConfigErrors.self) { try DiagramSpec.parse(block("kind: local", "stride: 4")) }
        #expect(tooLong?.errors.first?.message.hasPrefix("'stride' must be at most 3, not 4") == true)
    }
}

/// A diagram block of `key: value` lines.
private func block(_ lines: String...) -> ConfigNode {
    TestBlocks.node(lines.joined(separator: "\n"))
}
