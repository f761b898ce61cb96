import ConfigTree
import Foundation

extension TorchvisionFixtures {
    /// One stage of torchvision's EfficientNet configuration.
    struct EfficientNetStage {
        var fused: Bool, expansion: Int, kernel: Int, stride: Int, input: Int, output: Int, layers: Int
    }

    /// torchvision.models.efficientnet_b0 … b7 (`width`, `depth` multipliers) and
    /// efficientnet_v2_s/m/l (`lastChannel` given): MBConv blocks (expansion,
    /// depthwise convolution, squeeze-excitation with SiLU, projection) and, for
    /// V2, FusedMBConv blocks; stochastic depth before each residual addition.
    static func efficientNet(_ name: String, _ stages: [EfficientNetStage], width: Double = 1, depth: Double = 1,
                             lastChannel: Int? = nil, dropout: String) -> ConfigNode {
        func channels(_ value: Int) -> Int { makeDivisible(Double(value) * width) }
        let totalBlocks = stages.reduce(0) { $0 + Int(ceil(Double($1.layers) * depth)) }
        var blockIndex = 0
        func block(_ stage: EfficientNetStage, input: Int, output: Int, stride: Int) -> Tree {
            let expanded = makeDivisible(Double(input * stage.expansion))
            var layers: [Tree] = []
            if stage.fused {
                if expanded != input {
                    layers.append(convNormActivation(expanded, kernel: stage.kernel, stride: stride, activation: "silu"))
                    layers.append(convNormActivation(output, kernel: 1, activation: nil))
                } else {
                    layers.append(convNormActivation(output, kernel: stage.kernel, stride: stride, activation: "silu"))
                }
            } else {
                if expanded != input { layers.append(convNormActivation(expanded, kernel: 1, activation: "silu")) }
                layers.append(convNormActivation(expanded, kernel: stage.kernel, stride: stride, groups: expanded, activation: "silu"))
                layers.append(squeezeExcitation(expanded, squeeze: max(1, input / 4), activation: "silu"))
                layers.append(convNormActivation(output, kernel: 1, activation: nil))
            }
            let probability = 0.2 * Double(blockIndex) / Double(totalBlocks)
            blockIndex += 1
            guard stride == 1 && input == output else { return ["sequential": .list(layers)] }
            layers.append(["stochastic_depth": ["p": .scalar(String(probability)), "mode": "row"]])
            return ["residual": ["main": .list(layers)]]
        }
        var features: [Tree] = [convNormActivation(channels(stages[0].input), kernel: 3, stride: 2, activation: "silu")]
        for stage in stages {
            let input = channels(stage.input), output = channels(stage.output)
            let count = Int(ceil(Double(stage.layers) * depth))
            var blocks = [block(stage, input: input, output: output, stride: stage.stride)]
            if count > 1 {
                // The repeated blocks differ only in their stochastic-depth probability, which counts nothing.
                blocks.append(["repeat": ["n": number(count - 1), "layers": [block(stage, input: output, output: output, stride: 1)]]])
                blockIndex += count - 2
            }
            features.append(["sequential": .list(blocks)])
        }
        let lastInput = channels(stages[stages.count - 1].output)
        let lastConv = lastChannel ?? 4 * lastInput
        features.append(convNormActivation(lastConv, kernel: 1, activation: "silu"))
        return located([
            "name": .scalar(name),
            "input": "3x224x224",
            "layers": [
                named("features", ["sequential": .list(features)]),
                named("avgpool", ["adaptive_avgpool2d": ["output": 1]]),
                "flatten",
                named("classifier", ["sequential": [["dropout": ["p": .scalar(dropout)]], ["linear": ["out": 1000]]]]),
            ],
        ])
    }

    static let efficientNetV1Stages = [
        (1, 3, 1, 32, 16, 1), (6, 3, 2, 16, 24, 2), (6, 5, 2, 24, 40, 2), (6, 3, 2, 40, 80, 3),
        (6, 5, 1, 80, 112, 3), (6, 5, 2, 112, 192, 4), (6, 3, 1, 192, 320, 1),
    ].map { EfficientNetStage(fused: false, expansion: $0.0, kernel: $0.1, stride: $0.2, input: $0.3, output: $0.4, layers: $0.5) }

    static func efficientNetV2Stages(_ rows: [(Bool, Int, Int, Int, Int, Int, Int)]) -> [EfficientNetStage] {
        rows.map { EfficientNetStage(fused: $0.0, expansion: $0.1, kernel: $0.2, stride: $0.3, input: $0.4, output: $0.5, layers: $0.6) }
    }

    static let efficientNetV2S = efficientNetV2Stages([
        (true, 1, 3, 1, 24, 24, 2), (true, 4, 3, 2, 24, 48, 4), (true, 4, 3, 2, 48, 64, 4),
        (false, 4, 3, 2, 64, 128, 6), (false, 6, 3, 1, 128, 160, 9), (false, 6, 3, 2, 160, 256, 15),
    ])
    static let efficientNetV2M = efficientNetV2Stages([
        (true, 1, 3, 1, 24, 24, 3), (true, 4, 3, 2, 24, 48, 5), (true, 4, 3, 2, 48, 80, 5),
        (false, 4, 3, 2, 80, 160, 7), (false, 6, 3, 1, 160, 176, 14), (false, 6, 3, 2, 176, 304, 18),
        (false, 6, 3, 1, 304, 512, 5),
    ])
    static let efficientNetV2L = efficientNetV2Stages([
        (true, 1, 3, 1, 32, 32, 4), (true, 4, 3, 2, 32, 64, 7), (true, 4, 3, 2, 64, 96, 7),
        (false, 4, 3, 2, 96, 192, 10), (false, 6, 3, 1, 192, 224, 19), (false, 6, 3, 2, 224, 384, 25),
        (false, 6, 3, 1, 384, 640, 7),
    ])
}
