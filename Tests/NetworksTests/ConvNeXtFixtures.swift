import ConfigTree

extension TorchvisionFixtures {
    /// torchvision.models.convnext_*: a 4×4 patchify stem with layer norm, stages
    /// of ConvNeXt blocks (7×7 depthwise convolution, layer norm, a pointwise MLP
    /// with GELU, layer scale, stochastic depth, residual), a layer norm and a
    /// strided 2×2 convolution between stages, and a layer-norm head.
    static func convNeXt(_ name: String, widths: [Int], depths: [Int]) -> ConfigNode {
        func block(_ dim: Int) -> Tree {
            ["residual": ["main": [
                named("block", ["sequential": [
                    conv(dim, kernel: 7, padding: 3, groups: dim, bias: true),
                    "layernorm",
                    ["linear": ["out": number(4 * dim), "pointwise": true]],
                    "gelu",
                    ["linear": ["out": number(dim), "pointwise": true]],
                ]]),
                ["scale": [:], "name": "layer_scale"],
                ["stochastic_depth": ["p": "0.1", "mode": "row"]],
            ]]]
        }
        var features: [Tree] = [["sequential": [conv(widths[0], kernel: 4, stride: 4, padding: 0, bias: true), "layernorm"]]]
        for (index, width) in widths.enumerated() {
            features.append(["repeat": ["n": number(depths[index]), "layers": [block(width)]]])
            if index + 1 < widths.count {
                features.append(["sequential": ["layernorm", conv(widths[index + 1], kernel: 2, stride: 2, padding: 0, bias: true)]])
            }
        }
        return located([
            "name": .scalar(name),
            "input": "3x224x224",
            "layers": [
                named("features", ["sequential": .list(features)]),
                named("avgpool", ["adaptive_avgpool2d": ["output": 1]]),
                named("classifier", ["sequential": ["layernorm", "flatten", ["linear": ["out": 1000]]]]),
            ],
        ])
    }
}
