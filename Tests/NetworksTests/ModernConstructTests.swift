import ConfigTree
import Networks
import Testing

/// The constructs the modern families need, each with its shape rule and the
/// errors that point into the declaration.
@Suite struct ModernConstructTests {
    private func model(_ layers: [Tree], input: Tree = "8x4x4") throws -> NetworkModel {
        try NetworkModel(declaration: network(layers, input: input))
    }

    /// A declaration on an 8×4×4 input.
    private func net(_ layers: [Tree]) -> ConfigNode { network(layers, input: "8x4x4") }

    private func errors(_ declaration: ConfigNode) -> [String] {
        do {
            _ = try NetworkModel(declaration: declaration)
            return []
        } catch {
            return error.errors.map(\.description)
        }
    }

    private func layer(_ declaration: ConfigNode, _ index: Int, _ keys: String...) -> ConfigNode? {
        var node = declaration["layers"]?.items?[index]
        for key in keys { node = node?[key] }
        return node
    }

    // MARK: Parameter-free layers

    @Test func activationsIdentityAndStochasticDepthKeepTheShape() throws {
        let result = try model(["silu", "sigmoid", "hardswish", "hardsigmoid", "gelu", "identity",
                                ["stochastic_depth": ["p": "0.1", "mode": "row"]]])
        #expect(result.rows.map(\.output.description) == Array(repeating: "8×4×4", count: 7))
        #expect(result.totalParameters == 0)
        #expect(result.rows.map(\.type) == [.silu, .sigmoid, .hardswish, .hardsigmoid, .gelu, .identity, .stochasticDepth])
    }

    @Test func activationsTakeNoFieldsAndStochasticDepthChecksItsFields() throws {
        let declaration = net([["gelu": ["approximate": "tanh"]], ["stochastic_depth": ["p": "2", "mode": "rows"]]])
        let gelu = try #require(keyLocation(layer(declaration, 0, "gelu"), "approximate"))
        let p = try #require(layer(declaration, 1, "stochastic_depth", "p")?.location)
        let mode = try #require(layer(declaration, 1, "stochastic_depth", "mode")?.location)
        #expect(errors(declaration) == [
            "\(gelu): error: layer 0 (gelu): unknown field 'approximate'; it takes no fields",
            "\(p): error: layer 1 (stochastic_depth): p must be a number from 0 to 1, not '2'",
            "\(mode): error: layer 1 (stochastic_depth): 'mode' must be row or batch, not 'rows'",
        ])
    }

    // MARK: Channels: split and shuffle

    @Test func splitGivesEachBranchAnEqualShareAndJoinsThem() throws {
        let result = try model([
            ["split": ["identity", ["conv2d": ["in": 4, "out": 4, "kernel": 1]]]],
            ["shuffle": ["groups": 2]],
        ])
        #expect(result.rows.map(\.path) == ["0", "0.0", "0.1", "1"])
        #expect(result.rows.map(\.output.description) == ["8×4×4", "4×4×4", "4×4×4", "8×4×4"])
        #expect(result.totalParameters == 4 * 4 + 4)
    }

    @Test func splitAndShuffleNeedChannelsTheyDivide() throws {
        let uneven = net([["split": ["identity", "identity", "identity"]]])
        let split = try #require(keyLocation(layer(uneven, 0), "split"))
        #expect(errors(uneven) == ["\(split): error: layer 0 (split): 3 branches cannot share the 8 incoming channels equally"])

        let single = net([["split": ["identity"]]])
        let list = try #require(layer(single, 0, "split")?.location)
        #expect(errors(single) == ["\(list): error: layer 0 (split) must list at least two branches, one per share of the channels"])

        let shuffle = net([["shuffle": ["groups": 3]]])
        let groups = try #require(layer(shuffle, 0, "shuffle", "groups")?.location)
        #expect(errors(shuffle) == ["\(groups): error: layer 0 (shuffle): groups 3 does not divide the 8 incoming channels"])

        let missing = net(["shuffle"])
        let owner = try #require(layer(missing, 0)?.location)
        #expect(errors(missing) == ["\(owner): error: layer 0 (shuffle): missing field 'groups'"])
    }

    // MARK: Gating

    @Test func aGateMultipliesWithBroadcasting() throws {
        let result = try model([["gate": [
            ["adaptive_avgpool2d": ["output": 1]],
            ["conv2d": ["out": 2, "kernel": 1]], "relu",
            ["conv2d": ["out": 8, "kernel": 1]], "sigmoid",
        ], "name": "se"]])
        #expect(result.rows.first?.path == "se")
        #expect(result.rows.first?.output.description == "8×4×4")
        #expect(result.totalParameters == 8 * 2 + 2 + 2 * 8 + 8)
    }

    @Test func aGateThatDoesNotBroadcastIsAnError() throws {
        let declaration = net([["gate": [["conv2d": ["out": 8, "kernel": 3]]], "name": "se"]])
        let gate = try #require(keyLocation(layer(declaration, 0), "gate"))
        #expect(errors(declaration) == [
            "\(gate): error: layer se (gate): the gate gives 8×2×2 but its input is 8×4×4; to be multiplied, each dimension must be equal or 1 in one of them (PyTorch's broadcasting)",
        ])
        let flat = net([["gate": ["flatten"]]])
        #expect(errors(flat).first?.hasSuffix("the gate gives 128 but its input is 8×4×4; to be multiplied, each dimension must be equal or 1 in one of them (PyTorch's broadcasting)") == true)
    }

    // MARK: Normalization and scale

    @Test func layerNormAndScaleCountPerChannel() throws {
        let result = try model(["layernorm", "scale", ["layernorm": ["affine": false]], "flatten", "layernorm"])
        #expect(result.rows.map(\.parameters) == [2 * 8, 8, 0, 0, 2 * 128])
        #expect(result.otherParameters == 2 * 8 + 8 + 2 * 128)
    }

    @Test func layerNormAndScaleCheckTheirFeatures() throws {
        let declaration = net([["layernorm": ["features": 6]], ["scale": ["features": 6]]])
        let norm = try #require(layer(declaration, 0, "layernorm", "features")?.location)
        #expect(errors(declaration) == [
            "\(norm): error: layer 0 (layernorm): features is 6 but the incoming tensor has 8 channels (8×4×4)",
        ])
        let scale = net([["scale": ["features": 6]]])
        let features = try #require(layer(scale, 0, "scale", "features")?.location)
        #expect(errors(scale) == ["\(features): error: layer 0 (scale): features is 6 but the incoming tensor has 8 channels (8×4×4)"])
        let flat = net(["flatten", "scale"])
        #expect(errors(flat).first?.hasSuffix("layer 1 (scale): needs feature maps (C×H×W) but gets 128 flat features") == true)
    }

    @Test func pointwiseLinearActsOnTheChannels() throws {
        let result = try model([["linear": ["out": 32, "pointwise": true]], ["linear": ["in": 32, "out": 8, "pointwise": true]]])
        #expect(result.rows.map(\.output.description) == ["32×4×4", "8×4×4"])
        #expect(result.denseParameters == 8 * 32 + 32 + 32 * 8 + 8)
        let wrong = net([["linear": ["in": 16, "out": 8, "pointwise": true]]])
        let inField = try #require(layer(wrong, 0, "linear", "in")?.location)
        #expect(errors(wrong) == ["\(inField): error: layer 0 (linear): in is 16 but the incoming tensor has 8 channels (8×4×4)"])
    }

    // MARK: Side outputs

    @Test func aSideOutputIsCountedApartAndLeavesTheMainPathAlone() throws {
        let result = try model([
            ["side_output": ["flatten", ["linear": ["out": 10]]], "name": "aux"],
            ["conv2d": ["out": 4, "kernel": 1]],
        ])
        #expect(result.rows.map(\.path) == ["aux", "aux.0", "aux.1", "1"])
        #expect(result.rows.first?.output == .flat(features: 10))
        #expect(result.output.description == "4×4×4")
        #expect(result.sideOutputParameters == 128 * 10 + 10)
        #expect(result.totalParameters == 128 * 10 + 10 + 8 * 4 + 4)
        #expect(result.parametersWithoutSideOutputs == 8 * 4 + 4)
    }

    @Test func aProblemInASideOutputDoesNotHideTheMainPath() throws {
        let declaration = net([
            ["side_output": [["linear": ["out": 10]]], "name": "aux"],
            ["conv2d": ["in": 3, "out": 4, "kernel": 1]],
        ])
        let messages = errors(declaration)
        #expect(messages.count == 2)
        #expect(messages.first?.hasSuffix("layer aux.0 (linear): needs a flat input but gets 8×4×4; add a flatten layer before it") == true)
        #expect(messages.last?.hasSuffix("layer 1 (conv2d): in is 3 but the incoming tensor has 8 channels (8×4×4)") == true)
    }

    // MARK: Names

    @Test func aNameCannotBeAnUnnamedSiblingsPosition() throws {
        let declaration = net(["relu", "relu", ["conv2d": ["out": 4, "kernel": 1], "name": "1"]])
        let name = try #require(layer(declaration, 2, "name")?.location)
        #expect(errors(declaration) == [
            "\(name): error: layer 2: name '1' is the label of the unnamed layer at position 1 of the same list; give one of them another name",
        ])
        // Where no unnamed layer sits at that position, a number is a name like any other.
        let accepted = try model([["conv2d": ["out": 4, "kernel": 1], "name": "1"], ["relu": [:], "name": "act"]])
        #expect(accepted.rows.map(\.path) == ["1", "act"])
    }

    @Test func theDeclaredNameAndWhereItIsWritten() throws {
        let declaration = net(["relu"])
        let model = try NetworkModel(declaration: declaration)
        #expect(model.declaredName == "net")
        #expect(model.nameLocation == declaration["name"]?.location)
    }
}
