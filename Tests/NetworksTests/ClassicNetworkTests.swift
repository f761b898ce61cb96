import ConfigTree
import Networks
import Testing

/// LeNet as the PyTorch tutorial "Neural Networks" writes it (the same layers as content/models/lenet.yml).
let lenetDeclaration: ConfigNode = located([
    "name": "lenet",
    "input": "1x32x32",
    "layers": [
        ["conv2d": ["in": 1, "out": 6, "kernel": 5], "name": "conv1"],
        "relu",
        ["maxpool2d": ["kernel": 2]],
        ["conv2d": ["in": 6, "out": 16, "kernel": 5], "name": "conv2"],
        "relu",
        ["maxpool2d": ["kernel": 2]],
        "flatten",
        ["linear": ["in": 400, "out": 120], "name": "fc1"],
        "relu",
        ["linear": ["in": 120, "out": 84], "name": "fc2"],
        "relu",
        ["linear": ["in": 84, "out": 10], "name": "fc3"],
    ],
])

/// torchvision's AlexNet (the same layers as content/models/alexnet.yml).
let alexnetDeclaration: ConfigNode = located([
    "name": "alexnet",
    "input": "3x224x224",
    "layers": [
        ["sequential": [
            ["conv2d": ["in": 3, "out": 64, "kernel": 11, "stride": 4, "padding": 2]],
            "relu",
            ["maxpool2d": ["kernel": 3, "stride": 2]],
            ["conv2d": ["in": 64, "out": 192, "kernel": 5, "padding": 2]],
            "relu",
            ["maxpool2d": ["kernel": 3, "stride": 2]],
            ["conv2d": ["in": 192, "out": 384, "kernel": 3, "padding": 1]],
            "relu",
            ["conv2d": ["in": 384, "out": 256, "kernel": 3, "padding": 1]],
            "relu",
            ["conv2d": ["in": 256, "out": 256, "kernel": 3, "padding": 1]],
            "relu",
            ["maxpool2d": ["kernel": 3, "stride": 2]],
        ], "name": "features"],
        ["adaptive_avgpool2d": ["output": "6x6"], "name": "avgpool"],
        ["flatten": [:], "name": "flatten"],
        ["sequential": [
            ["dropout": ["p": "0.5"]],
            ["linear": ["in": 9216, "out": 4096]],
            "relu",
            ["dropout": ["p": "0.5"]],
            ["linear": ["in": 4096, "out": 4096]],
            "relu",
            ["linear": ["in": 4096, "out": 1000]],
        ], "name": "classifier"],
    ],
])

@Suite struct ClassicNetworkTests {
    @Test func lenetHasThePublishedTotal() throws {
        let model = try NetworkModel(declaration: lenetDeclaration)
        #expect(model.name == "lenet")
        #expect(model.input == .spatial(channels: 1, height: 32, width: 32))
        #expect(model.output == .flat(features: 10))
        #expect(model.totalParameters == 61_706)
        #expect(model.convolutionParameters == 156 + 2_416)
        #expect(model.denseParameters == 48_120 + 10_164 + 850)
        #expect(model.otherParameters == 0)
    }

    @Test func lenetPerLayerFiguresAndShapes() throws {
        let model = try NetworkModel(declaration: lenetDeclaration)
        let withParameters = model.rows.filter { $0.parameters > 0 }
        #expect(withParameters.map(\.displayName) == ["conv1", "conv2", "fc1", "fc2", "fc3"])
        #expect(withParameters.map(\.parameters) == [156, 2_416, 48_120, 10_164, 850])
        #expect(withParameters.map(\.category) == [.convolution, .convolution, .dense, .dense, .dense])

        let shapes = model.rows.filter { $0.type != .relu }.map(\.output.description)
        #expect(shapes == ["6×28×28", "6×14×14", "16×10×10", "16×5×5", "400", "120", "84", "10"])
        #expect(model.rows.count == 12)
        #expect(model.rows.allSatisfy { $0.depth == 0 })
        #expect(model.rows.map(\.path).prefix(3) == ["conv1", "1", "2"])
        #expect(model.rows[1].displayName == "relu")
        #expect(model.rows[0].location == lenetDeclaration["layers"]?.items?[0].entries?[0].keyLocation)
    }

    @Test func alexnetHasThePublishedTotalAndSplit() throws {
        let model = try NetworkModel(declaration: alexnetDeclaration)
        #expect(model.totalParameters == 61_100_840)
        #expect(model.convolutionParameters == 23_296 + 307_392 + 663_936 + 884_992 + 590_080)
        #expect(model.denseParameters == 37_752_832 + 16_781_312 + 4_097_000)
        #expect(model.convolutionParameters + model.denseParameters == model.totalParameters)
    }

    @Test func alexnetRowsNestAndNameLikePyTorch() throws {
        let model = try NetworkModel(declaration: alexnetDeclaration)
        let features = try #require(model.rows.first)
        #expect(features.path == "features" && features.type == .sequential && features.category == .group)
        #expect(features.parameters == model.convolutionParameters)
        #expect(features.output == .spatial(channels: 256, height: 6, width: 6))
        let byPath = Dictionary(uniqueKeysWithValues: model.rows.map { ($0.path, $0) })
        #expect(byPath["features.0"]?.output.description == "64×55×55")
        #expect(byPath["features.2"]?.output.description == "64×27×27")
        #expect(byPath["features.5"]?.output.description == "192×13×13")
        #expect(byPath["features.12"]?.output.description == "256×6×6")
        #expect(byPath["features.0"]?.depth == 1)
        #expect(byPath["avgpool"]?.output.description == "256×6×6")
        #expect(byPath["flatten"]?.output == .flat(features: 9_216))
        #expect(byPath["classifier.1"]?.parameters == 37_752_832)
        #expect(byPath["classifier"]?.parameters == model.denseParameters)
        // Group rows come before their children, and leaves add up to the total.
        let leaves = model.rows.filter { $0.category != .group }
        #expect(leaves.reduce(0) { $0 + $1.parameters } == model.totalParameters)
        #expect(model.rows.firstIndex { $0.path == "classifier" } == model.rows.firstIndex { $0.path == "classifier.0" }.map { $0 - 1 })
    }
}
