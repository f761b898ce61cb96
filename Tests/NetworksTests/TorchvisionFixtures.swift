import ConfigTree

// torchvision's classification networks written in the declaration format, built
// the way torchvision's own code builds them (from its configuration tables), so
// that the counts can be compared with the published totals.

enum TorchvisionFixtures {
    /// torchvision.models.vgg16 (configuration "D", no batch norm).
    static var vgg16: ConfigNode {
        let configuration: [Int?] = [64, 64, nil, 128, 128, nil, 256, 256, 256, nil, 512, 512, 512, nil, 512, 512, 512, nil]
        var features: [Tree] = []
        for channels in configuration {
            if let channels {
                features.append(["conv2d": ["out": .scalar(String(channels)), "kernel": 3, "padding": 1]])
                features.append("relu")
            } else {
                features.append(["maxpool2d": ["kernel": 2, "stride": 2]])
            }
        }
        return located([
            "name": "vgg16",
            "input": "3x224x224",
            "layers": [
                ["sequential": .list(features), "name": "features"],
                ["adaptive_avgpool2d": ["output": "7x7"], "name": "avgpool"],
                "flatten",
                ["sequential": [
                    ["linear": ["in": 25088, "out": 4096]], "relu", "dropout",
                    ["linear": ["out": 4096]], "relu", "dropout",
                    ["linear": ["out": 1000]],
                ], "name": "classifier"],
            ],
        ])
    }

    /// torchvision.models.resnet18: BasicBlocks, convolutions without bias,
    /// a 1×1 projection shortcut ("downsample") where the shape changes.
    static var resnet18: ConfigNode {
        func block(_ channels: Int, stride: Int = 1, projection: Bool = false) -> Tree {
            let width = Tree.scalar(String(channels))
            var residual: [(key: String, value: Tree)] = [(key: "main", value: [
                ["conv2d": ["out": width, "kernel": 3, "stride": .scalar(String(stride)), "padding": 1, "bias": false], "name": "conv1"],
                ["batchnorm2d": [:], "name": "bn1"],
                "relu",
                ["conv2d": ["out": width, "kernel": 3, "padding": 1, "bias": false], "name": "conv2"],
                ["batchnorm2d": [:], "name": "bn2"],
            ])]
            if projection {
                residual.append((key: "shortcut", value: [
                    ["conv2d": ["out": width, "kernel": 1, "stride": .scalar(String(stride)), "bias": false]],
                    "batchnorm2d",
                ]))
            }
            return ["residual": .map(residual)]
        }
        return located([
            "name": "resnet18",
            "input": "3x224x224",
            "layers": [
                ["conv2d": ["in": 3, "out": 64, "kernel": 7, "stride": 2, "padding": 3, "bias": false], "name": "conv1"],
                ["batchnorm2d": ["features": 64], "name": "bn1"],
                "relu",
                ["maxpool2d": ["kernel": 3, "stride": 2, "padding": 1], "name": "maxpool"],
                ["repeat": ["n": 2, "layers": [block(64), "relu"]], "name": "layer1"],
                ["sequential": [block(128, stride: 2, projection: true), "relu", block(128), "relu"], "name": "layer2"],
                ["sequential": [block(256, stride: 2, projection: true), "relu", block(256), "relu"], "name": "layer3"],
                ["sequential": [block(512, stride: 2, projection: true), "relu", block(512), "relu"], "name": "layer4"],
                ["adaptive_avgpool2d": ["output": 1], "name": "avgpool"],
                "flatten",
                ["linear": ["in": 512, "out": 1000], "name": "fc"],
            ],
        ])
    }

    /// torchvision.models.mobilenet_v2 (width 1.0): inverted residual blocks with
    /// depthwise convolutions (groups = channels) and ReLU6.
    static var mobilenetV2: ConfigNode {
        func convBNReLU6(_ channels: Int, kernel: Int, stride: Int = 1, groups: Int = 1) -> [Tree] {
            [
                ["conv2d": ["out": .scalar(String(channels)), "kernel": .scalar(String(kernel)), "stride": .scalar(String(stride)),
                            "padding": .scalar(String((kernel - 1) / 2)), "groups": .scalar(String(groups)), "bias": false]],
                "batchnorm2d",
                "relu6",
            ]
        }
        func invertedResidual(from input: Int, to output: Int, stride: Int, expansion: Int) -> Tree {
            let hidden = input * expansion
            var layers: [Tree] = expansion == 1 ? [] : convBNReLU6(hidden, kernel: 1)
            layers += convBNReLU6(hidden, kernel: 3, stride: stride, groups: hidden)
            layers += [["conv2d": ["out": .scalar(String(output)), "kernel": 1, "bias": false]], "batchnorm2d"]
            // torchvision adds the input back only where the shape is unchanged.
            return stride == 1 && input == output ? ["residual": ["main": .list(layers)]] : ["sequential": .list(layers)]
        }
        // (expansion t, output channels c, blocks n, first stride s), as in torchvision.
        let settings = [(1, 16, 1, 1), (6, 24, 2, 2), (6, 32, 3, 2), (6, 64, 4, 2), (6, 96, 3, 1), (6, 160, 3, 2), (6, 320, 1, 1)]
        var features: [Tree] = [["sequential": .list(convBNReLU6(32, kernel: 3, stride: 2))]]
        var channels = 32
        for (expansion, output, count, stride) in settings {
            features.append(invertedResidual(from: channels, to: output, stride: stride, expansion: expansion))
            if count > 1 {
                features.append(["repeat": ["n": .scalar(String(count - 1)), "layers": [
                    invertedResidual(from: output, to: output, stride: 1, expansion: expansion),
                ]]])
            }
            channels = output
        }
        features.append(["sequential": .list(convBNReLU6(1280, kernel: 1))])
        return located([
            "name": "mobilenet_v2",
            "input": "3x224x224",
            "layers": [
                ["sequential": .list(features), "name": "features"],
                ["adaptive_avgpool2d": ["output": 1]],
                "flatten",
                ["sequential": [["dropout": ["p": "0.2"]], ["linear": ["out": 1000]]], "name": "classifier"],
            ],
        ])
    }

    /// torchvision.models.googlenet without the auxiliary classifiers (as
    /// evaluated: `aux_logits=False`). torchvision's "5×5" branch uses a 3×3
    /// kernel, and its convolutions are BasicConv2d: no bias, then batch norm.
    static var googlenet: ConfigNode { googlenet(auxiliaryClassifiers: false) }

    /// torchvision.models.googlenet, with `aux_logits=True` when `auxiliaryClassifiers`:
    /// two side heads, after inception4a and inception4d.
    static func googlenet(auxiliaryClassifiers: Bool) -> ConfigNode {
        func basicConv(_ channels: Int, kernel: Int, stride: Int = 1, padding: Int = 0, name: String? = nil) -> Tree {
            var pairs: [(key: String, value: Tree)] = [(key: "sequential", value: [
                ["conv2d": ["out": .scalar(String(channels)), "kernel": .scalar(String(kernel)), "stride": .scalar(String(stride)),
                            "padding": .scalar(String(padding)), "bias": false], "name": "conv"],
                ["batchnorm2d": [:], "name": "bn"],
                "relu",
            ])]
            if let name { pairs.append((key: "name", value: .scalar(name))) }
            return .map(pairs)
        }
        func inception(_ name: String, _ c1: Int, _ c3reduce: Int, _ c3: Int, _ c5reduce: Int, _ c5: Int, _ poolProjection: Int) -> Tree {
            ["concat": [
                basicConv(c1, kernel: 1, name: "branch1"),
                ["sequential": [basicConv(c3reduce, kernel: 1), basicConv(c3, kernel: 3, padding: 1)], "name": "branch2"],
                ["sequential": [basicConv(c5reduce, kernel: 1), basicConv(c5, kernel: 3, padding: 1)], "name": "branch3"],
                ["sequential": [
                    ["maxpool2d": ["kernel": 3, "stride": 1, "padding": 1, "ceil_mode": true]],
                    basicConv(poolProjection, kernel: 1),
                ], "name": "branch4"],
            ], "name": .scalar(name)]
        }
        let pool: Tree = ["maxpool2d": ["kernel": 3, "stride": 2, "ceil_mode": true]]
        // torchvision's InceptionAux: pool to 4×4, a 1×1 BasicConv2d to 128, two linear layers.
        func auxiliary(_ name: String) -> [Tree] {
            guard auxiliaryClassifiers else { return [] }
            return [["side_output": [
                ["adaptive_avgpool2d": ["output": 4]],
                basicConv(128, kernel: 1, name: "conv"),
                "flatten",
                ["linear": ["in": 2048, "out": 1024], "name": "fc1"],
                "relu",
                ["dropout": ["p": "0.7"]],
                ["linear": ["out": 1000], "name": "fc2"],
            ], "name": .scalar(name)]]
        }
        let layers: [Tree] = [
            basicConv(64, kernel: 7, stride: 2, padding: 3, name: "conv1"),
            pool,
            basicConv(64, kernel: 1, name: "conv2"),
            basicConv(192, kernel: 3, padding: 1, name: "conv3"),
            pool,
            inception("inception3a", 64, 96, 128, 16, 32, 32),
            inception("inception3b", 128, 128, 192, 32, 96, 64),
            pool,
            inception("inception4a", 192, 96, 208, 16, 48, 64),
        ] + auxiliary("aux1") + [
            inception("inception4b", 160, 112, 224, 24, 64, 64),
            inception("inception4c", 128, 128, 256, 24, 64, 64),
            inception("inception4d", 112, 144, 288, 32, 64, 64),
        ] + auxiliary("aux2") + [
            inception("inception4e", 256, 160, 320, 32, 128, 128),
            ["maxpool2d": ["kernel": 2, "stride": 2, "ceil_mode": true]],
            inception("inception5a", 256, 160, 320, 32, 128, 128),
            inception("inception5b", 384, 192, 384, 48, 128, 128),
            ["adaptive_avgpool2d": ["output": "1x1"]],
            "flatten",
            ["dropout": ["p": "0.2"]],
            ["linear": ["in": 1024, "out": 1000], "name": "fc"],
        ]
        return located([
            "name": .scalar(auxiliaryClassifiers ? "googlenet_aux" : "googlenet"),
            "input": "3x224x224",
            "layers": .list(layers),
        ])
    }
}
