import Testing
import LayerGeometry

/// Cases from the PyTorch Conv2d documentation's formula and from Dumoulin &
/// Visin, "A guide to convolution arithmetic" (their relationship numbers).
@Suite struct ConvolutionGeometryTests {
    func out(_ i: Int, k: Int, s: Int = 1, p: Padding = .valid, d: Int = 1) throws -> Int {
        try ConvolutionGeometry.outputSize(input: i, kernel: k, stride: s, padding: p, dilation: d)
    }

    @Test func theArticlesValidConvolution() throws {
        #expect(try out(1000, k: 10) == 991)
    }

    @Test func dumoulinAndVisinRelationships() throws {
        // Relationship 1: no padding, unit stride: o = i − k + 1 (i = 4, k = 3 → 2).
        #expect(try out(4, k: 3) == 2)
        // Relationship 2: padding p: o = i − k + 2p + 1 (i = 5, k = 4, p = 2 → 6).
        #expect(try out(5, k: 4, p: .explicit(2)) == 6)
        // Half padding (odd k, p = ⌊k/2⌋): o = i (i = 5, k = 3).
        #expect(try out(5, k: 3, p: .explicit(1)) == 5)
        // Full padding (p = k − 1): o = i + k − 1 (i = 5, k = 3 → 7).
        #expect(try out(5, k: 3, p: .explicit(2)) == 7)
        // Relationship 5: stride, no padding: o = ⌊(i − k)/s⌋ + 1 (i = 5, k = 3, s = 2 → 2).
        #expect(try out(5, k: 3, s: 2) == 2)
        // Relationship 6: padding and stride (i = 5, k = 3, s = 2, p = 1 → 3; i = 6 also 3).
        #expect(try out(5, k: 3, s: 2, p: .explicit(1)) == 3)
        #expect(try out(6, k: 3, s: 2, p: .explicit(1)) == 3)
        // Dilation: effective kernel d·(k−1)+1 (i = 7, k = 3, d = 2 → 3).
        #expect(try out(7, k: 3, d: 2) == 3)
    }

    @Test func pyTorchDocumentationLayersOnTheirExampleInput() throws {
        // The layers of the Conv2d docs' examples on their 50×100 input, by the docs' formula.
        // nn.Conv2d(16, 33, 3, stride=2): ⌊(50 − 2 − 1)/2⌋ + 1 = 24, ⌊(100 − 3)/2⌋ + 1 = 49.
        #expect(try out(50, k: 3, s: 2) == 24)
        #expect(try out(100, k: 3, s: 2) == 49)
        // nn.Conv2d(16, 33, (3, 5), stride=(2, 1), padding=(4, 2), dilation=(3, 1)):
        // ⌊(50 + 8 − 6 − 1)/2⌋ + 1 = 26 and (100 + 4 − 4 − 1) + 1 = 100.
        #expect(try out(50, k: 3, s: 2, p: .explicit(4), d: 3) == 26)
        #expect(try out(100, k: 5, s: 1, p: .explicit(2), d: 1) == 100)
    }

    @Test func samePaddingKeepsTheSizeAndIsLopsidedForEvenKernels() throws {
        #expect(try out(1000, k: 10, p: .same) == 1000)
        #expect(try out(7, k: 3, p: .same, d: 2) == 7)
        let even = try ConvolutionGeometry.padding(.same, kernel: 10, dilation: 1)
        #expect(even.before == 4 && even.after == 5)
        let odd = try ConvolutionGeometry.padding(.same, kernel: 3, dilation: 1)
        #expect(odd.before == 1 && odd.after == 1)
        let dilated = try ConvolutionGeometry.padding(.same, kernel: 4, dilation: 3)
        #expect(dilated.before + dilated.after == 9 && dilated.before == 4)
        #expect(try ConvolutionGeometry.padding(.explicit(2), kernel: 5, dilation: 1) == (2, 2))
        #expect(try ConvolutionGeometry.padding(.valid, kernel: 5, dilation: 1) == (0, 0))
    }

    @Test func impossibleGeometryIsAnError() {
        #expect(throws: GeometryError.sameNeedsStrideOne(stride: 2)) { try out(10, k: 3, s: 2, p: .same) }
        #expect(throws: GeometryError.kernelLargerThanInput(extent: 5, paddedInput: 4)) { try out(4, k: 5) }
        #expect(throws: GeometryError.kernelLargerThanInput(extent: 7, paddedInput: 5)) { try out(5, k: 3, d: 3) }
        #expect(throws: GeometryError.nonPositive) { try out(0, k: 1) }
        #expect(throws: GeometryError.nonPositive) { try out(5, k: 0) }
        #expect(throws: GeometryError.nonPositive) { try out(5, k: 1, s: 0) }
        #expect(throws: GeometryError.nonPositive) { try out(5, k: 1, p: .explicit(-1)) }
        #expect(throws: GeometryError.overflow) { try out(Int.max, k: 1, p: .explicit(1)) }
        #expect(throws: GeometryError.overflow) { try out(5, k: Int.max, d: 2) }
    }
}

/// Pools, as PyTorch's `pooling_output_shape` computes them (the rules Networks'
/// `maxpool2d` and `avgpool2d` use).
@Suite struct PoolGeometryTests {
    func pool(_ i: Int, k: Int, s: Int, p: Int = 0, d: Int = 1, ceil: Bool = false) throws -> Int {
        try ConvolutionGeometry.poolOutputSize(input: i, kernel: k, stride: s, padding: p, dilation: d, ceilMode: ceil)
    }

    @Test func floorAndCeilMode() throws {
        // AlexNet's 3×3/2 pools: 55 → 27 → 13 → 6.
        #expect(try pool(55, k: 3, s: 2) == 27)
        #expect(try pool(13, k: 3, s: 2) == 6)
        // GoogLeNet's ceil_mode pools: 112 → 56 (floor gives 55).
        #expect(try pool(112, k: 3, s: 2) == 55)
        #expect(try pool(112, k: 3, s: 2, ceil: true) == 56)
    }

    @Test func ceilModeDropsAWindowStartingInTheRightPadding() throws {
        // i = 6, k = 2, s = 3, p = 1: ⌈(6 + 2 − 2)/3⌉ + 1 = 3 windows, the last starting at 6 < 6 + 1: kept.
        #expect(try pool(6, k: 2, s: 3, p: 1, ceil: true) == 3)
        // i = 5, k = 2, s = 2, p = 1: ⌈(5 + 2 − 2)/2⌉ + 1 = 4, the last would start at 6 ≥ 5 + 1: dropped.
        #expect(try pool(5, k: 2, s: 2, p: 1, ceil: true) == 3)
    }

    @Test func paddingAtMostHalfTheDilatedKernel() throws {
        #expect(try pool(8, k: 3, s: 1, p: 1) == 8)
        #expect(throws: GeometryError.poolPaddingTooLarge(padding: 2, extent: 3)) { try pool(8, k: 3, s: 1, p: 2) }
        // Dilation 2 spans 5: padding 2 is allowed.
        #expect(try pool(8, k: 3, s: 1, p: 2, d: 2) == 8)
        #expect(throws: GeometryError.kernelLargerThanInput(extent: 5, paddedInput: 4)) { try pool(4, k: 5, s: 1) }
        #expect(throws: GeometryError.overflow) { try pool(Int.max - 1, k: 2, s: 1, p: 1) }
    }

    @Test func samePaddingNeedsStrideOne() throws {
        try ConvolutionGeometry.checkSame(.same, stride: 1)
        try ConvolutionGeometry.checkSame(.explicit(1), stride: 2)
        #expect(throws: GeometryError.sameNeedsStrideOne(stride: 2)) { try ConvolutionGeometry.checkSame(.same, stride: 2) }
    }
}
