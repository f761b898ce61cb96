import ConfigTree

extension TorchvisionFixtures {
    /// torchvision.models.inception_v3 on its 299×299 input, with the auxiliary
    /// classifier after Mixed_6e as a side output when `auxiliaryClassifier`
    /// (torchvision's weights are published with it: `aux_logits=True`).
    /// Sizes are width x height: PyTorch's kernel_size=(1, 7) is written 7x1.
    static func inceptionV3(auxiliaryClassifier: Bool) -> ConfigNode {
        /// BasicConv2d: convolution without bias, batch norm, ReLU.
        func basic(_ out: Int, _ kernel: String, stride: Int = 1, padding: String = "0", name: String? = nil) -> Tree {
            var pairs: [(key: String, value: Tree)] = [(key: "sequential", value: [
                ["conv2d": ["out": number(out), "kernel": .scalar(kernel), "stride": number(stride),
                            "padding": .scalar(padding), "bias": false], "name": "conv"],
                ["batchnorm2d": [:], "name": "bn"],
                "relu",
            ])]
            if let name { pairs.append((key: "name", value: .scalar(name))) }
            return .map(pairs)
        }
        func chain(_ name: String, _ layers: [Tree]) -> Tree { named(name, ["sequential": .list(layers)]) }
        let averagePool: Tree = ["avgpool2d": ["kernel": 3, "stride": 1, "padding": 1]]
        let maxPool: Tree = ["maxpool2d": ["kernel": 3, "stride": 2]]

        func inceptionA(_ name: String, poolFeatures: Int) -> Tree {
            named(name, ["concat": [
                basic(64, "1", name: "branch1x1"),
                chain("branch5x5", [basic(48, "1"), basic(64, "5", padding: "2")]),
                chain("branch3x3dbl", [basic(64, "1"), basic(96, "3", padding: "1"), basic(96, "3", padding: "1")]),
                chain("branch_pool", [averagePool, basic(poolFeatures, "1")]),
            ]])
        }
        func inceptionB(_ name: String) -> Tree {
            named(name, ["concat": [
                basic(384, "3", stride: 2, name: "branch3x3"),
                chain("branch3x3dbl", [basic(64, "1"), basic(96, "3", padding: "1"), basic(96, "3", stride: 2)]),
                chain("branch_pool", [maxPool]),
            ]])
        }
        func inceptionC(_ name: String, c7: Int) -> Tree {
            named(name, ["concat": [
                basic(192, "1", name: "branch1x1"),
                chain("branch7x7", [basic(c7, "1"), basic(c7, "7x1", padding: "3x0"), basic(192, "1x7", padding: "0x3")]),
                chain("branch7x7dbl", [
                    basic(c7, "1"), basic(c7, "1x7", padding: "0x3"), basic(c7, "7x1", padding: "3x0"),
                    basic(c7, "1x7", padding: "0x3"), basic(192, "7x1", padding: "3x0"),
                ]),
                chain("branch_pool", [averagePool, basic(192, "1")]),
            ]])
        }
        func inceptionD(_ name: String) -> Tree {
            named(name, ["concat": [
                chain("branch3x3", [basic(192, "1"), basic(320, "3", stride: 2)]),
                chain("branch7x7x3", [
                    basic(192, "1"), basic(192, "7x1", padding: "3x0"), basic(192, "1x7", padding: "0x3"),
                    basic(192, "3", stride: 2),
                ]),
                chain("branch_pool", [maxPool]),
            ]])
        }
        func inceptionE(_ name: String) -> Tree {
            let split: Tree = ["concat": [basic(384, "3x1", padding: "1x0"), basic(384, "1x3", padding: "0x1")]]
            return named(name, ["concat": [
                basic(320, "1", name: "branch1x1"),
                chain("branch3x3", [basic(384, "1"), split]),
                chain("branch3x3dbl", [basic(448, "1"), basic(384, "3", padding: "1"), split]),
                chain("branch_pool", [averagePool, basic(192, "1")]),
            ]])
        }
        var layers: [Tree] = [
            basic(32, "3", stride: 2, name: "Conv2d_1a_3x3"),
            basic(32, "3", name: "Conv2d_2a_3x3"),
            basic(64, "3", padding: "1", name: "Conv2d_2b_3x3"),
            named("maxpool1", maxPool),
            basic(80, "1", name: "Conv2d_3b_1x1"),
            basic(192, "3", name: "Conv2d_4a_3x3"),
            named("maxpool2", maxPool),
            inceptionA("Mixed_5b", poolFeatures: 32),
            inceptionA("Mixed_5c", poolFeatures: 64),
            inceptionA("Mixed_5d", poolFeatures: 64),
            inceptionB("Mixed_6a"),
            inceptionC("Mixed_6b", c7: 128),
            inceptionC("Mixed_6c", c7: 160),
            inceptionC("Mixed_6d", c7: 160),
            inceptionC("Mixed_6e", c7: 192),
        ]
        if auxiliaryClassifier {
            // torchvision's InceptionAux: a 5×5 average pool with stride 3, 1×1 and 5×5 BasicConv2d, a linear layer.
            layers.append(named("AuxLogits", ["side_output": [
                ["avgpool2d": ["kernel": 5, "stride": 3]],
                basic(128, "1", name: "conv0"),
                basic(768, "5", name: "conv1"),
                ["adaptive_avgpool2d": ["output": 1]],
                "flatten",
                ["linear": ["out": 1000], "name": "fc"],
            ]]))
        }
        layers += [
            inceptionD("Mixed_7a"),
            inceptionE("Mixed_7b"),
            inceptionE("Mixed_7c"),
            named("avgpool", ["adaptive_avgpool2d": ["output": 1]]),
            "flatten",
            ["dropout": ["p": "0.5"]],
            named("fc", ["linear": ["out": 1000]]),
        ]
        return located(["name": "inception_v3", "input": "3x299x299", "layers": .list(layers)])
    }
}
