import ConfigTree
import Networks
import Testing

/// Each kind of bad declaration gives an error with a message naming the layer
/// and the location of the node at fault.
@Suite struct DeclarationErrorTests {
    /// The errors a declaration throws (none if it is accepted).
    private func errors(_ declaration: ConfigNode) -> [ConfigError] {
        do {
            _ = try NetworkModel(declaration: declaration)
            return []
        } catch {
            return error.errors
        }
    }

    /// The only error, as `line:col: error: message`.
    private func error(_ declaration: ConfigNode) -> String? {
        let all = errors(declaration)
        #expect(all.count == 1, "expected one error, got \(all.map(\.description))")
        return all.first?.description
    }

    /// The node at `layers[index]` under the given keys.
    private func node(_ declaration: ConfigNode, layer index: Int, _ keys: String...) -> ConfigNode? {
        var node = declaration["layers"]?.items?[index]
        for key in keys { node = node?[key] }
        return node
    }

    // MARK: Types and fields

    @Test func unknownLayerTypeSuggestsTheClosest() throws {
        let declaration = network([["conv2": ["out": 6, "kernel": 5]]])
        let location = try #require(keyLocation(node(declaration, layer: 0), "conv2"))
        #expect(error(declaration) == "\(location): error: layer 0: unknown layer type 'conv2'; did you mean 'conv2d'?")

        let named = network([["name": "fc1", "dense": ["out": 10]]])
        let namedLocation = try #require(keyLocation(node(named, layer: 0), "dense"))
        #expect(error(named) == "\(namedLocation): error: layer fc1: unknown layer type 'dense'; layer types are \(LayerType.allCases.map(\.rawValue).joined(separator: ", "))")

        let scalar = network(["relu", "maxpool"])
        let scalarLocation = try #require(node(scalar, layer: 1)?.location)
        #expect(error(scalar) == "\(scalarLocation): error: layer 1: unknown layer type 'maxpool'; did you mean 'maxpool2d'?")
    }

    @Test func unknownFieldSuggestsTheClosest() throws {
        let declaration = network([["conv2d": ["out": 6, "kernal": 5], "name": "conv1"]])
        let location = try #require(keyLocation(node(declaration, layer: 0, "conv2d"), "kernal"))
        let all = errors(declaration).map(\.description)
        #expect(all.contains("\(location): error: layer conv1 (conv2d): unknown field 'kernal'; did you mean 'kernel'?"))

        let relu = network([["relu": ["inplace": true]]])
        let reluLocation = try #require(keyLocation(node(relu, layer: 0, "relu"), "inplace"))
        #expect(error(relu) == "\(reluLocation): error: layer 0 (relu): unknown field 'inplace'; it takes no fields")
    }

    @Test func missingFieldPointsAtTheLayer() throws {
        let declaration = network(["relu", ["conv2d": ["kernel": 5]]])
        let location = try #require(keyLocation(node(declaration, layer: 1), "conv2d"))
        #expect(error(declaration) == "\(location): error: layer 1 (conv2d): missing field 'out'")

        let pool = network([["adaptive_avgpool2d": [:], "name": "avgpool"]])
        let poolLocation = try #require(keyLocation(node(pool, layer: 0), "adaptive_avgpool2d"))
        #expect(error(pool) == "\(poolLocation): error: layer avgpool (adaptive_avgpool2d): missing field 'output'")
    }

    @Test func layerItemsMustHaveExactlyOneType() throws {
        let none = network([["name": "conv1"]])
        let noneLocation = try #require(node(none, layer: 0)?.location)
        #expect(error(none)?.hasPrefix("\(noneLocation): error: layer conv1 has no type; write one of conv2d, batchnorm2d") == true)

        let two = network([["conv2d": ["out": 6, "kernel": 5], "relu": [:]]])
        let twoLocation = try #require(keyLocation(node(two, layer: 0), "relu"))
        #expect(error(two) == "\(twoLocation): error: layer 0 has several types (conv2d, relu); write one layer per list item")

        let list = network([["relu"]])
        let listLocation = try #require(node(list, layer: 0)?.location)
        #expect(error(list) == "\(listLocation): error: layer 0 must be a layer such as 'conv2d: {out: 6, kernel: 5}' or 'relu', found a list")

        let twice = network([["relu": [:], "name": "act"], ["sequential": [["relu": [:], "name": "act"]]], ["relu6": [:], "name": "act"]])
        let twiceLocation = try #require(node(twice, layer: 2, "name")?.location)
        #expect(error(twice) == "\(twiceLocation): error: layer 2: name 'act' is already used by layer 0 of the same list")

        let badName = network([["relu": [:], "name": ["a"]]])
        let nameLocation = try #require(node(badName, layer: 0, "name")?.location)
        #expect(error(badName) == "\(nameLocation): error: layer 0: name must be non-empty text, found a list")
    }

    @Test func fieldsMustBeAMapping() throws {
        let declaration = network([["conv2d": 5]])
        let location = try #require(node(declaration, layer: 0, "conv2d")?.location)
        let all = errors(declaration).map(\.description)
        #expect(all.first == "\(location): error: layer 0 (conv2d): expected a mapping of fields like {in: …} after the type, found '5'")
    }

    // MARK: Values

    @Test func zeroNegativeAndMalformedValues() throws {
        let declaration = network([
            ["conv2d": ["out": 0, "kernel": "3x3x3", "stride": -1, "padding": "-1", "bias": "yes"], "name": "c"],
            ["dropout": ["p": "1.5"]],
        ])
        let conv = node(declaration, layer: 0, "conv2d")
        let expected = [
            "\(try #require(conv?["out"]?.location)): error: layer c (conv2d): 'out' must be at least 1, not 0",
            "\(try #require(conv?["kernel"]?.location)): error: layer c (conv2d): 'kernel' must be a size written N or WxH (width x height), not '3x3x3'",
            "\(try #require(conv?["stride"]?.location)): error: layer c (conv2d): 'stride' must be at least 1, not -1",
            "\(try #require(conv?["bias"]?.location)): error: layer c (conv2d): 'bias' must be true or false, not 'yes' (YAML 1.2 reads yes as text)",
            "\(try #require(conv?["padding"]?.location)): error: layer c (conv2d): 'padding' must be at least 0, not -1 (or same, valid)",
            "\(try #require(node(declaration, layer: 1, "dropout", "p")?.location)): error: layer 1 (dropout): p must be a number from 0 to 1, not '1.5'",
        ]
        #expect(errors(declaration).map(\.description) == expected)
    }

    @Test func numbersTooLargeForIntegers() throws {
        let declaration = network([["linear": ["out": "99999999999999999999"]]], input: 10)
        let location = try #require(node(declaration, layer: 0, "linear", "out")?.location)
        #expect(error(declaration) == "\(location): error: layer 0 (linear): 'out' must be at most 9223372036854775807, not 99999999999999999999")

        let negative = network([["maxpool2d": ["kernel": 2, "padding": "-99999999999999999999"]]])
        #expect(error(negative)?.hasSuffix("layer 0 (maxpool2d): 'padding' must be at least 0, not -99999999999999999999") == true)
    }

    // MARK: Shapes

    @Test func kernelLargerThanItsPaddedInput() throws {
        let declaration = network([["conv2d": ["out": 6, "kernel": 5, "padding": "0x1"], "name": "conv1"]], input: "1x4x4")
        let location = try #require(node(declaration, layer: 0, "conv2d", "kernel")?.location)
        #expect(error(declaration) == "\(location): error: layer conv1 (conv2d): kernel 5×5 is larger than its input 4×4 with padding 0×1")

        let dilated = network([["maxpool2d": ["kernel": 2, "dilation": 4]]], input: "1x4x4")
        let dilatedLocation = try #require(node(dilated, layer: 0, "maxpool2d", "kernel")?.location)
        #expect(error(dilated) == "\(dilatedLocation): error: layer 0 (maxpool2d): kernel 2×2 with dilation 4×4 is larger than its input 4×4 with padding 0×0")
    }

    @Test func convolutionChannelMismatch() throws {
        let declaration = network([
            ["conv2d": ["out": 6, "kernel": 5]],
            "relu",
            ["conv2d": ["in": 16, "out": 16, "kernel": 5], "name": "conv2"],
        ], input: "1x32x32")
        let location = try #require(node(declaration, layer: 2, "conv2d", "in")?.location)
        #expect(error(declaration) == "\(location): error: layer conv2 (conv2d): in is 16 but the incoming tensor has 6 channels (6×28×28)")
    }

    @Test func linearInputMustMatchWhatFlattenGives() throws {
        let declaration = network([
            ["conv2d": ["out": 16, "kernel": 5]],
            "flatten",
            ["sequential": [["linear": ["in": 400, "out": 120]]], "name": "classifier"],
        ], input: "1x32x32")
        let location = try #require(node(declaration, layer: 2, "sequential")?.items?[0]["linear"]?["in"]?.location)
        #expect(error(declaration) == "\(location): error: layer classifier.0 (linear): in is 400 but the incoming tensor has 12544 features")
    }

    @Test func layersThatNeedFeatureMapsOrAFlatInput() throws {
        let dense = network([["linear": ["out": 10]]], input: "3x4x4")
        let denseLocation = try #require(keyLocation(node(dense, layer: 0), "linear"))
        #expect(error(dense) == "\(denseLocation): error: layer 0 (linear): needs a flat input but gets 3×4×4; add a flatten layer before it")

        let conv = network(["flatten", ["conv2d": ["out": 2, "kernel": 1]]], input: "3x4x4")
        let convLocation = try #require(keyLocation(node(conv, layer: 1), "conv2d"))
        #expect(error(conv) == "\(convLocation): error: layer 1 (conv2d): needs feature maps (C×H×W) but gets 48 flat features")
    }

    @Test func groupsMustDivideTheChannels() throws {
        let incoming = network([["conv2d": ["out": 6, "kernel": 1, "groups": 2]]], input: "3x8x8")
        let incomingLocation = try #require(node(incoming, layer: 0, "conv2d", "groups")?.location)
        #expect(error(incoming) == "\(incomingLocation): error: layer 0 (conv2d): groups 2 does not divide the 3 incoming channels")

        let outgoing = network([["conv2d": ["in": 4, "out": 6, "kernel": 1, "groups": 4]]], input: "4x8x8")
        let outgoingLocation = try #require(node(outgoing, layer: 0, "conv2d", "groups")?.location)
        #expect(error(outgoing) == "\(outgoingLocation): error: layer 0 (conv2d): groups 4 does not divide the 6 out channels")
    }

    @Test func batchNormFeaturesMustMatchTheChannels() throws {
        let declaration = network([["batchnorm2d": ["features": 64], "name": "bn1"]], input: "32x8x8")
        let location = try #require(node(declaration, layer: 0, "batchnorm2d", "features")?.location)
        #expect(error(declaration) == "\(location): error: layer bn1 (batchnorm2d): features is 64 but the incoming tensor has 32 channels (32×8×8)")
    }

    @Test func residualPathsMustAgree() throws {
        let identity = network([["residual": ["main": [["conv2d": ["out": 8, "kernel": 3, "padding": 1]]]], "name": "block"]], input: "4x8x8")
        let identityLocation = try #require(keyLocation(node(identity, layer: 0), "residual"))
        #expect(error(identity) == "\(identityLocation): error: layer block (residual): the main path gives 8×8×8 but its input (the identity shortcut) is 4×8×8; the two must agree to be added")

        let projection = network([["residual": [
            "main": [["conv2d": ["out": 8, "kernel": 3, "stride": 2, "padding": 1]]],
            "shortcut": [["conv2d": ["out": 8, "kernel": 1]]],
        ]]], input: "4x8x8")
        let projectionLocation = try #require(keyLocation(node(projection, layer: 0), "residual"))
        #expect(error(projection) == "\(projectionLocation): error: layer 0 (residual): the main path gives 8×4×4 but the shortcut gives 8×8×8; the two must agree to be added")
    }

    @Test func concatBranchesMustAgreeInHeightAndWidth() throws {
        let declaration = network([["concat": [
            ["conv2d": ["out": 4, "kernel": 1]],
            ["maxpool2d": ["kernel": 2]],
        ], "name": "mixed"]], input: "3x8x8")
        let location = try #require(keyLocation(node(declaration, layer: 0), "concat"))
        #expect(error(declaration) == "\(location): error: layer mixed (concat): branches must agree in height and width to be joined, but give 4×8×8, 3×4×4")

        let kinds = network([["concat": ["flatten", "relu"]]], input: "3x8x8")
        #expect(error(kinds)?.hasSuffix("layer 0 (concat): branches must all give feature maps or all flat features, but give 192, 3×8×8") == true)
    }

    @Test func poolingAndPaddingRulesFromPyTorch() throws {
        let pool = network([["maxpool2d": ["kernel": 3, "padding": 2]]])
        let poolLocation = try #require(node(pool, layer: 0, "maxpool2d", "padding")?.location)
        #expect(error(pool) == "\(poolLocation): error: layer 0 (maxpool2d): padding 2×2 must be at most half of the kernel (3×3)")

        let same = network([["conv2d": ["out": 4, "kernel": 3, "stride": 2, "padding": "same"]]])
        let sameLocation = try #require(node(same, layer: 0, "conv2d", "padding")?.location)
        #expect(error(same) == "\(sameLocation): error: layer 0 (conv2d): padding: same needs stride 1, not 2×2")
    }

    // MARK: Overflow and size limits

    @Test func overflowIsAnErrorNamingTheQuantity() throws {
        let layer = network([["linear": ["out": "5000000000000000000"]]], input: 2)
        let layerLocation = try #require(keyLocation(node(layer, layer: 0), "linear"))
        #expect(error(layer) == "\(layerLocation): error: layer 0 (linear): its parameter count overflows")

        // Each layer fits (4·10^18 weights + 4·10^18 biases; 4·10^18 weights), their sum does not.
        let sum = network([["linear": ["out": "4000000000000000000"]], ["linear": ["in": "4000000000000000000", "out": 1, "bias": false]]], input: 1)
        let sumLocation = try #require(sum["layers"]?.location)
        #expect(error(sum) == "\(sumLocation): error: the network: its parameter count overflows")

        let flatten = network([["flatten": [:], "name": "flat"]], input: "4x3037000500x3037000500")
        let flattenLocation = try #require(keyLocation(node(flatten, layer: 0), "flatten"))
        #expect(error(flatten) == "\(flattenLocation): error: layer flat (flatten): the flattened size of 4×3037000500×3037000500 overflows")

        let padding = network([["conv2d": ["out": 1, "kernel": 1, "padding": "4611686018427387904"]]])
        #expect(error(padding)?.hasSuffix("layer 0 (conv2d): its output size overflows") == true)
    }

    @Test func repeatThatWouldExpandBeyondTheRowLimit() throws {
        let declaration = network([["repeat": ["n": 1_000_000_000, "layers": ["relu", "relu"]], "name": "stack"]])
        let location = try #require(keyLocation(node(declaration, layer: 0), "repeat"))
        #expect(error(declaration) == "\(location): error: layer stack (repeat): n 1000000000 expands the network to more than 100000 layers")
    }

    @Test func aProblemInsideRepeatIsReportedOnceForItsFirstRepetition() throws {
        let declaration = network([["repeat": ["n": 3, "layers": [["conv2d": ["in": 3, "out": 8, "kernel": 1]]]], "name": "stack"]])
        let location = try #require(node(declaration, layer: 0, "repeat", "layers")?.items?[0]["conv2d"]?["in"]?.location)
        // The first repetition turns 3 channels into 8; the second receives 8.
        #expect(error(declaration) == "\(location): error: layer stack.1.0 (conv2d): in is 3 but the incoming tensor has 8 channels (8×32×32)")

        let syntax = network([["repeat": ["n": 3, "layers": [["conv2d": ["out": 8]]]], "name": "stack"]])
        #expect(error(syntax)?.hasSuffix("layer stack.0.0 (conv2d): missing field 'kernel'") == true)
    }

    // MARK: Several problems, one pass

    @Test func independentProblemsAreAllReported() throws {
        let declaration = network([
            ["conv2d": ["out": 6, "kernal": 5]],
            ["relu": [:], "name": "act"],
            ["linaer": ["out": 10]],
        ])
        let messages = errors(declaration).map(\.message)
        #expect(messages == [
            "layer 0 (conv2d): unknown field 'kernal'; did you mean 'kernel'?",
            "layer 0 (conv2d): missing field 'kernel'",
            "layer 2: unknown layer type 'linaer'; did you mean 'linear'?",
        ])

        // Shape problems after a layer that sets the shape again (linear) are found too.
        let shapes = network([
            ["conv2d": ["in": 4, "out": 6, "kernel": 3]],
            "flatten",
            ["linear": ["in": 100, "out": 10]],
            ["linear": ["in": 20, "out": 10]],
        ], input: "3x8x8")
        #expect(errors(shapes).map(\.message) == [
            "layer 0 (conv2d): in is 4 but the incoming tensor has 3 channels (3×8×8)",
            "layer 3 (linear): in is 20 but the incoming tensor has 10 features",
        ])
    }

    // MARK: The declaration itself

    @Test func topLevelFields() throws {
        let notAMapping = located(["relu"])
        #expect(error(notAMapping) == "1:1: error: a network declaration must be a mapping with name, input and layers, found a list")

        let missing = located(["name": "x", "layer": ["relu"]])
        let layerLocation = try #require(keyLocation(missing, "layer"))
        #expect(errors(missing).map(\.description) == [
            "\(layerLocation): error: unknown field 'layer' in a network declaration; did you mean 'layers'?",
            "1:1: error: a network declaration needs 'input'",
            "1:1: error: a network declaration needs 'layers'",
        ])

        let badValues = located(["name": "二号", "input": "3x224", "layers": [] as Tree])
        #expect(errors(badValues).map(\.message) == [
            "name must be an identifier (letters, digits and _, starting with a letter), not '二号'",
            "input must be C×H×W like 3x224x224, or a feature count, not '3x224'",
            "layers must list at least one layer",
        ])
    }
}

/// Sizes take ConfigTree's one order, width x height; the list form, which was
/// PyTorch's (height, width), is refused with the spelling that keeps its meaning.
@Suite struct SizeOrderTests {
    @Test func sizesAreWidthByHeight() throws {
        let model = try NetworkModel(declaration: network([
            ["conv2d": ["out": 2, "kernel": "7x1", "padding": "3x0"]],   // PyTorch kernel_size=(1, 7), padding=(0, 3)
            ["conv2d": ["out": 2, "kernel": "1x3"]],                    // 3 high: 8 − 3 + 1 = 6 rows
        ], input: "1x8x10"))
        #expect(model.rows.map(\.output.description) == ["2×8×10", "2×6×10"])
    }

    @Test func theOldListFormExplainsTheNewOrder() throws {
        let declaration = network([["conv2d": ["out": 2, "kernel": [1, 7]], "name": "c"]])
        let kernel = try #require(declaration["layers"]?.items?[0]["conv2d"]?["kernel"])
        let errors: [ConfigError]
        do {
            _ = try NetworkModel(declaration: declaration)
            errors = []
        } catch {
            errors = error.errors
        }
        #expect(errors.map(\.description) == [
            "\(kernel.location): error: layer c (conv2d): 'kernel' is written width x height, not as a list: [1, 7] was (height, width), so write 7x1",
        ])
    }
}
