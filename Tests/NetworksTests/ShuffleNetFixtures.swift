import ConfigTree

extension TorchvisionFixtures {
    /// torchvision.models.shufflenet_v2_x*: stages of ShuffleNet units. The first
    /// unit of a stage halves the size with two branches on the whole input; the
    /// others split the channels in two (`x.chunk(2, dim=1)`), pass one half
    /// through, and shuffle the joined channels.
    static func shufflenetV2(_ name: String, channels: [Int]) -> ConfigNode {
        func branch(_ features: Int, stride: Int) -> Tree {
            ["sequential": [
                conv(features, kernel: 1), "batchnorm2d", "relu",
                conv(features, kernel: 3, stride: stride, groups: features), "batchnorm2d",
                conv(features, kernel: 1), "batchnorm2d", "relu",
            ]]
        }
        func stage(from input: Int, to output: Int, repeats: Int) -> Tree {
            let features = output / 2
            let first: Tree = ["sequential": [
                ["concat": [
                    named("branch1", ["sequential": [
                        conv(input, kernel: 3, stride: 2, groups: input), "batchnorm2d",
                        conv(features, kernel: 1), "batchnorm2d", "relu",
                    ]]),
                    named("branch2", branch(features, stride: 2)),
                ]],
                ["shuffle": ["groups": 2]],
            ]]
            let unit: Tree = ["sequential": [
                ["split": ["identity", named("branch2", branch(features, stride: 1))]],
                ["shuffle": ["groups": 2]],
            ]]
            return ["sequential": [first, ["repeat": ["n": number(repeats - 1), "layers": [unit]]]]]
        }
        let repeats = [4, 8, 4]
        var layers: [Tree] = [
            named("conv1", convNormActivation(channels[0], kernel: 3, stride: 2)),
            named("maxpool", ["maxpool2d": ["kernel": 3, "stride": 2, "padding": 1]]),
        ]
        for index in 0..<3 {
            layers.append(named("stage\(index + 2)", stage(from: channels[index], to: channels[index + 1], repeats: repeats[index])))
        }
        layers += [
            named("conv5", convNormActivation(channels[4], kernel: 1)),
            ["adaptive_avgpool2d": ["output": 1]],
            "flatten",
            named("fc", ["linear": ["out": 1000]]),
        ]
        return located(["name": .scalar(name), "input": "3x224x224", "layers": .list(layers)])
    }
}
