import ConfigTree

extension TorchvisionFixtures {
    /// One row of torchvision's `InvertedResidualConfig`.
    struct BottleneckSetting {
        var input: Int, kernel: Int, expanded: Int, output: Int, squeezeExcitation: Bool, activation: String, stride: Int
    }

    /// torchvision.models.mobilenet_v3_large / _small: inverted residuals with
    /// optional squeeze-excitation (hard-sigmoid gate), ReLU or hard-swish.
    static func mobilenetV3(_ name: String, _ settings: [BottleneckSetting], lastChannel: Int) -> ConfigNode {
        func block(_ s: BottleneckSetting) -> Tree {
            var layers: [Tree] = []
            if s.expanded != s.input {
                layers.append(convNormActivation(s.expanded, kernel: 1, activation: s.activation))
            }
            layers.append(convNormActivation(s.expanded, kernel: s.kernel, stride: s.stride, groups: s.expanded, activation: s.activation))
            if s.squeezeExcitation {
                layers.append(squeezeExcitation(s.expanded, squeeze: makeDivisible(Double(s.expanded / 4)), scale: "hardsigmoid"))
            }
            layers.append(convNormActivation(s.output, kernel: 1, activation: nil))
            // torchvision adds the input back only where the shape is unchanged.
            return s.stride == 1 && s.input == s.output ? ["residual": ["main": .list(layers)]] : ["sequential": .list(layers)]
        }
        var features: [Tree] = [convNormActivation(settings[0].input, kernel: 3, stride: 2, activation: "hardswish")]
        features += settings.map(block)
        let lastConv = 6 * settings[settings.count - 1].output
        features.append(convNormActivation(lastConv, kernel: 1, activation: "hardswish"))
        return located([
            "name": .scalar(name),
            "input": "3x224x224",
            "layers": [
                named("features", ["sequential": .list(features)]),
                named("avgpool", ["adaptive_avgpool2d": ["output": 1]]),
                "flatten",
                named("classifier", ["sequential": [
                    ["linear": ["out": number(lastChannel)]], "hardswish", ["dropout": ["p": "0.2"]], ["linear": ["out": 1000]],
                ]]),
            ],
        ])
    }

    static var mobilenetV3Large: ConfigNode {
        let rows: [(Int, Int, Int, Int, Bool, String, Int)] = [
            (16, 3, 16, 16, false, "relu", 1), (16, 3, 64, 24, false, "relu", 2), (24, 3, 72, 24, false, "relu", 1),
            (24, 5, 72, 40, true, "relu", 2), (40, 5, 120, 40, true, "relu", 1), (40, 5, 120, 40, true, "relu", 1),
            (40, 3, 240, 80, false, "hardswish", 2), (80, 3, 200, 80, false, "hardswish", 1),
            (80, 3, 184, 80, false, "hardswish", 1), (80, 3, 184, 80, false, "hardswish", 1),
            (80, 3, 480, 112, true, "hardswish", 1), (112, 3, 672, 112, true, "hardswish", 1),
            (112, 5, 672, 160, true, "hardswish", 2), (160, 5, 960, 160, true, "hardswish", 1),
            (160, 5, 960, 160, true, "hardswish", 1),
        ]
        return mobilenetV3("mobilenet_v3_large", rows.map(BottleneckSetting.init), lastChannel: 1280)
    }

    static var mobilenetV3Small: ConfigNode {
        let rows: [(Int, Int, Int, Int, Bool, String, Int)] = [
            (16, 3, 16, 16, true, "relu", 2), (16, 3, 72, 24, false, "relu", 2), (24, 3, 88, 24, false, "relu", 1),
            (24, 5, 96, 40, true, "hardswish", 2), (40, 5, 240, 40, true, "hardswish", 1), (40, 5, 240, 40, true, "hardswish", 1),
            (40, 5, 120, 48, true, "hardswish", 1), (48, 5, 144, 48, true, "hardswish", 1),
            (48, 5, 288, 96, true, "hardswish", 2), (96, 5, 576, 96, true, "hardswish", 1), (96, 5, 576, 96, true, "hardswish", 1),
        ]
        return mobilenetV3("mobilenet_v3_small", rows.map(BottleneckSetting.init), lastChannel: 1024)
    }
}
