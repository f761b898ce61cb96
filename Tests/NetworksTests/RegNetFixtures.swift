import ConfigTree
import Foundation

extension TorchvisionFixtures {
    /// torchvision's RegNet settings: `BlockParams.from_init_params` arguments.
    struct RegNetSetting {
        var depth: Int, w0: Int, wa: Float, wm: Float, groupWidth: Int, squeezeExcitation: Bool
    }

    /// The stages `BlockParams.from_init_params` derives, computed as torchvision
    /// does (in float32, as its tensors are, rounding half to even):
    /// (width, depth, group width) per stage.
    static func regNetStages(_ s: RegNetSetting) -> [(width: Int, depth: Int, groupWidth: Int)] {
        let quant: Float = 8
        let blockWidths = (0..<s.depth).map { index -> Int in
            let continuous = Float(index) * s.wa + Float(s.w0)
            let capacity = (log(continuous / Float(s.w0)) / Float(log(Double(s.wm)))).rounded(.toNearestOrEven)
            return Int((Float(s.w0) * pow(s.wm, capacity) / quant).rounded(.toNearestOrEven) * quant)
        }
        var stages: [(width: Int, depth: Int, groupWidth: Int)] = []
        for width in blockWidths {
            if let last = stages.last, last.width == width {
                stages[stages.count - 1].depth += 1
            } else {
                stages.append((width, 1, s.groupWidth))
            }
        }
        // `_adjust_widths_groups_compatibilty` with a bottleneck multiplier of 1.
        return stages.map { stage in
            let groupWidth = min(s.groupWidth, stage.width)
            return (makeDivisible(Double(stage.width), groupWidth), stage.depth, groupWidth)
        }
    }

    /// torchvision.models.regnet_x_* / regnet_y_*: a 3×3 stem, stages of residual
    /// bottleneck blocks (1×1, grouped 3×3, squeeze-excitation for Y, 1×1) with a
    /// projection shortcut where the shape changes, then ReLU after the addition.
    static func regNet(_ name: String, _ setting: RegNetSetting) -> ConfigNode {
        func block(input: Int, output: Int, stride: Int, groupWidth: Int) -> Tree {
            var transform: [Tree] = [
                named("a", convNormActivation(output, kernel: 1)),
                named("b", convNormActivation(output, kernel: 3, stride: stride, groups: output / groupWidth)),
            ]
            if setting.squeezeExcitation {
                let squeeze = Int((0.25 * Double(input)).rounded(.toNearestOrEven))
                transform.append(named("se", squeezeExcitation(output, squeeze: squeeze)))
            }
            transform.append(named("c", convNormActivation(output, kernel: 1, activation: nil)))
            var residual: [(key: String, value: Tree)] = [(key: "main", value: .list(transform))]
            if input != output || stride != 1 {
                residual.append((key: "shortcut", value: [convNormActivation(output, kernel: 1, stride: stride, activation: nil)]))
            }
            return ["sequential": [["residual": .map(residual)], "relu"]]
        }
        var trunk: [Tree] = []
        var current = 32
        for (index, stage) in regNetStages(setting).enumerated() {
            var blocks = [block(input: current, output: stage.width, stride: 2, groupWidth: stage.groupWidth)]
            if stage.depth > 1 {
                blocks.append(["repeat": ["n": number(stage.depth - 1), "layers": [
                    block(input: stage.width, output: stage.width, stride: 1, groupWidth: stage.groupWidth),
                ]]])
            }
            trunk.append(named("block\(index + 1)", ["sequential": .list(blocks)]))
            current = stage.width
        }
        return located([
            "name": .scalar(name),
            "input": "3x224x224",
            "layers": [
                named("stem", convNormActivation(32, kernel: 3, stride: 2)),
                named("trunk_output", ["sequential": .list(trunk)]),
                named("avgpool", ["adaptive_avgpool2d": ["output": 1]]),
                "flatten",
                named("fc", ["linear": ["out": 1000]]),
            ],
        ])
    }
}
