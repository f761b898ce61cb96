import ConfigTree
import Networks
import Testing

/// Output shapes and counts of small declarations, worked out by hand with
/// PyTorch's formulas (o = ⌊(i + 2p − d·(k − 1) − 1) / s⌋ + 1).
@Suite struct ShapeInferenceTests {
    private func model(_ layers: [Tree], input: Tree = "3x32x32") throws -> NetworkModel {
        try NetworkModel(declaration: network(layers, input: input))
    }

    private func shapes(_ layers: [Tree], input: Tree = "3x32x32") throws -> [String] {
        try model(layers, input: input).rows.map(\.output.description)
    }

    @Test func convolutionPaddingStrideAndDilation() throws {
        let result = try model([
            ["conv2d": ["out": 8, "kernel": 3, "stride": 2, "padding": 1]],  // (32 + 2 − 3) / 2 + 1 = 16
            ["conv2d": ["out": 8, "kernel": 3, "dilation": 2]],              // span 5: 16 − 5 + 1 = 12
            // Sizes are width x height: a 7-wide, 1-high kernel (PyTorch's kernel_size=(1, 7)).
            ["conv2d": ["out": 4, "kernel": "7x1", "padding": "3x0"]],      // 12 × (12 + 6 − 7 + 1)
            ["conv2d": ["out": 4, "kernel": "1x7", "stride": "1x2", "padding": "valid"]],  // (12 − 7) / 2 + 1 = 3
        ])
        #expect(result.rows.map(\.output.description) == ["8×16×16", "8×12×12", "4×12×12", "4×3×12"])
        #expect(result.rows.map(\.parameters) == [3 * 3 * 3 * 8 + 8, 3 * 3 * 8 * 8 + 8, 1 * 7 * 8 * 4 + 4, 7 * 1 * 4 * 4 + 4])
    }

    @Test func samePaddingKeepsTheSizeEvenForAnEvenKernel() throws {
        #expect(try shapes([["conv2d": ["out": 5, "kernel": 4, "padding": "same"]]]) == ["5×32×32"])
    }

    @Test func groupsAndBiasChangeTheCount() throws {
        let result = try model([
            ["conv2d": ["out": 12, "kernel": 1, "bias": false]],
            ["conv2d": ["out": 12, "kernel": 3, "padding": 1, "groups": 12, "bias": false]],  // depthwise: 9 per channel
            ["conv2d": ["in": 12, "out": 6, "kernel": 3, "groups": 3]],                       // 3·3·(12/3)·6 + 6
            ["batchnorm2d": ["affine": false]],
            ["batchnorm2d": ["features": 6]],
        ])
        #expect(result.rows.map(\.parameters) == [36, 108, 222, 0, 12])
        #expect(result.convolutionParameters == 366 && result.otherParameters == 12 && result.totalParameters == 378)
        #expect(result.rows.last?.category == .normalization)
    }

    @Test func maxPoolingFloorAndCeilMode() throws {
        let pool: (Int, Bool) -> Tree = { input, ceil in
            ["maxpool2d": ["kernel": 3, "stride": 2, "ceil_mode": .scalar(ceil ? "true" : "false")]]
        }
        // 12: floor (12 − 3) / 2 + 1 = 5; ceil rounds up to 6, whose last window starts at 10, inside.
        #expect(try shapes([pool(12, false)], input: "1x12x12") == ["1×5×5"])
        #expect(try shapes([pool(12, true)], input: "1x12x12") == ["1×6×6"])
        // Odd sizes divide evenly: ceil changes nothing.
        #expect(try shapes([pool(13, true)], input: "1x13x13") == ["1×6×6"])
    }

    @Test func ceilModeDropsAWindowThatWouldStartInTheRightPadding() throws {
        // 6 with kernel 2, stride 3: ⌈(6 − 2) / 3⌉ + 1 = 3, but the third window
        // would start at 6, past the input: PyTorch gives 2.
        #expect(try shapes([["maxpool2d": ["kernel": 2, "stride": 3, "ceil_mode": true]]], input: "2x6x6") == ["2×2×2"])
        // With left padding 1 the same window starts inside the padded range (6 < 6 + 1): 3.
        #expect(try shapes([["maxpool2d": ["kernel": 2, "stride": 3, "padding": 1, "ceil_mode": true]]], input: "2x6x6") == ["2×3×3"])
    }

    @Test func poolingStrideDefaultsToTheKernelAndAcceptsDilationAndPadding() throws {
        #expect(try shapes([
            ["maxpool2d": ["kernel": 2]],                      // 32 → 16
            ["maxpool2d": ["kernel": 2, "dilation": 2]],       // span 3, stride 2: (16 − 3) / 2 + 1 = 7
            ["avgpool2d": ["kernel": 2, "padding": 1]],        // (7 + 2 − 2) / 2 + 1 = 4
            ["avgpool2d": ["kernel": "1x2"]],                  // width 1, height 2: 2 × 4
            ["adaptive_avgpool2d": ["output": "5x3"]],         // width 5, height 3
        ]) == ["3×16×16", "3×7×7", "3×4×4", "3×2×4", "3×3×5"])
    }

    @Test func flatInputsAndFlattenForDenseNetworks() throws {
        let mlp = try model([["linear": ["out": 100]], "relu", ["dropout": ["p": 0]], ["linear": ["out": 10, "bias": false]]], input: 784)
        #expect(mlp.input == .flat(features: 784))
        #expect(mlp.rows.map(\.output.description) == ["100", "100", "100", "10"])
        #expect(mlp.totalParameters == 784 * 100 + 100 + 100 * 10)
        #expect(try shapes(["flatten", "flatten"], input: [2, 3, 4]) == ["24", "24"])
    }

    @Test func residualAddsMainPathAndShortcut() throws {
        let result = try model([
            ["residual": ["main": [["conv2d": ["out": 3, "kernel": 3, "padding": 1]]]], "name": "identity"],
            ["residual": [
                "main": [["conv2d": ["out": 6, "kernel": 3, "stride": 2, "padding": 1, "bias": false]], "relu6"],
                "shortcut": [["conv2d": ["out": 6, "kernel": 1, "stride": 2, "bias": false]]],
            ]],
        ])
        #expect(result.rows.map(\.path) == ["identity", "identity.0", "1", "1.0", "1.1", "1.shortcut.0"])
        #expect(result.rows.map(\.output.description) == ["3×32×32", "3×32×32", "6×16×16", "6×16×16", "6×16×16", "6×16×16"])
        #expect(result.rows.map(\.parameters) == [84, 84, 162 + 18, 162, 0, 18])
        #expect(result.rows.map(\.depth) == [0, 1, 0, 1, 1, 1])
        #expect(result.rows[0].displayName == "identity" && result.rows[2].displayName == "residual")
    }

    @Test func concatJoinsChannelsOrFeatures() throws {
        let result = try model([
            ["concat": [
                ["conv2d": ["out": 4, "kernel": 1]],
                ["sequential": [["conv2d": ["out": 2, "kernel": 3, "padding": 1]], "relu"], "name": "wide"],
                ["maxpool2d": ["kernel": 3, "stride": 1, "padding": 1]],
            ]],
            "flatten",
            ["concat": [["linear": ["out": 3]], ["linear": ["out": 5]]]],
        ], input: "3x8x8")
        #expect(result.rows.map(\.path) == ["0", "0.0", "0.wide", "0.wide.0", "0.wide.1", "0.2", "1", "2", "2.0", "2.1"])
        #expect(result.rows[0].output.description == "9×8×8")
        #expect(result.rows[6].output == .flat(features: 576))
        #expect(result.rows[7].output == .flat(features: 8))
        #expect(result.rows[0].parameters == 16 + 56)
        #expect(result.rows[2].parameters == 56 && result.rows[2].category == .group)
    }

    @Test func repeatRunsItsLayersInSequenceAndNumbersTheRepetitions() throws {
        let result = try model([
            ["repeat": ["n": 3, "layers": [["conv2d": ["out": 3, "kernel": 3]], "relu"]], "name": "stack"],
        ], input: "3x10x10")
        #expect(result.rows.map(\.path) == ["stack", "stack.0.0", "stack.0.1", "stack.1.0", "stack.1.1", "stack.2.0", "stack.2.1"])
        #expect(result.rows.map(\.output.description) == ["3×4×4", "3×8×8", "3×8×8", "3×6×6", "3×6×6", "3×4×4", "3×4×4"])
        #expect(result.rows[0].parameters == 3 * 84 && result.totalParameters == 3 * 84)
    }

    @Test func nameAndTitleAreKept() throws {
        let model = try NetworkModel(declaration: located(["name": "tiny_net2", "title": "小网络", "input": "1x4x4", "layers": ["relu"]]))
        #expect(model.name == "tiny_net2" && model.title == "小网络")
        #expect(model.output == .spatial(channels: 1, height: 4, width: 4))
        #expect(model.totalParameters == 0)
    }
}
