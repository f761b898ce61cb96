import ConfigTree
import Networks
import Testing

/// torchvision's newer classification families written in the format, each
/// reproducing the `num_params` of torchvision's weights metadata exactly.
@Suite struct ModernTorchvisionTests {
    @Test(arguments: [
        ("shufflenet_v2_x0_5", [24, 48, 96, 192, 1024], 1_366_792),
        ("shufflenet_v2_x1_0", [24, 116, 232, 464, 1024], 2_278_604),
        ("shufflenet_v2_x1_5", [24, 176, 352, 704, 1024], 3_503_624),
        ("shufflenet_v2_x2_0", [24, 244, 488, 976, 2048], 7_393_996),
    ])
    func shufflenetV2(name: String, channels: [Int], published: Int) throws {
        let model = try NetworkModel(declaration: TorchvisionFixtures.shufflenetV2(name, channels: channels))
        #expect(model.totalParameters == published)
        #expect(model.output == .flat(features: 1000))
        let byPath = Dictionary(uniqueKeysWithValues: model.rows.map { ($0.path, $0) })
        #expect(byPath["stage2"]?.output.description == "\(channels[1])×28×28")
        #expect(byPath["stage4"]?.output.description == "\(channels[3])×7×7")
        // The pass-through half of a unit: an identity on half the channels.
        #expect(byPath["stage3.1.0.0.0.0"]?.type == .identity)
        #expect(byPath["stage3.1.0.0.0.0"]?.output.description == "\(channels[2] / 2)×14×14")
    }

    @Test func mobilenetV3Large() throws {
        let model = try NetworkModel(declaration: TorchvisionFixtures.mobilenetV3Large)
        #expect(model.totalParameters == 5_483_032)
        let byPath = Dictionary(uniqueKeysWithValues: model.rows.map { ($0.path, $0) })
        #expect(byPath["features"]?.output.description == "960×7×7")
        // Block 4: 72 channels squeezed to 24 and back, with biases: 72·24 + 24 + 24·72 + 72.
        #expect(byPath["features.4.2"]?.type == .gate)
        #expect(byPath["features.4.2"]?.parameters == 72 * 24 + 24 + 24 * 72 + 72)
        #expect(byPath["features.4.2"]?.output.description == "72×28×28")
    }

    @Test func mobilenetV3Small() throws {
        let model = try NetworkModel(declaration: TorchvisionFixtures.mobilenetV3Small)
        #expect(model.totalParameters == 2_542_856)
        #expect(model.output == .flat(features: 1000))
    }

    @Test(arguments: [
        ("efficientnet_b0", 1.0, 1.0, 5_288_548),
        ("efficientnet_b1", 1.0, 1.1, 7_794_184),
        ("efficientnet_b2", 1.1, 1.2, 9_109_994),
        ("efficientnet_b3", 1.2, 1.4, 12_233_232),
        ("efficientnet_b4", 1.4, 1.8, 19_341_616),
        ("efficientnet_b5", 1.6, 2.2, 30_389_784),
        ("efficientnet_b6", 1.8, 2.6, 43_040_704),
        ("efficientnet_b7", 2.0, 3.1, 66_347_960),
    ])
    func efficientNet(name: String, width: Double, depth: Double, published: Int) throws {
        let declaration = TorchvisionFixtures.efficientNet(name, TorchvisionFixtures.efficientNetV1Stages,
                                                           width: width, depth: depth, dropout: "0.2")
        let model = try NetworkModel(declaration: declaration)
        #expect(model.totalParameters == published)
    }

    @Test func efficientNetB0Rows() throws {
        let model = try NetworkModel(declaration: TorchvisionFixtures.efficientNet(
            "efficientnet_b0", TorchvisionFixtures.efficientNetV1Stages, dropout: "0.2"))
        let byPath = Dictionary(uniqueKeysWithValues: model.rows.map { ($0.path, $0) })
        #expect(byPath["features"]?.output.description == "1280×7×7")
        #expect(byPath["features.2.1.0.0"]?.type == .residual)
        #expect(byPath["features.2.1.0.0.4"]?.type == .stochasticDepth)
    }

    @Test(arguments: [
        ("efficientnet_v2_s", 21_458_488),
        ("efficientnet_v2_m", 54_139_356),
        ("efficientnet_v2_l", 118_515_272),
    ])
    func efficientNetV2(name: String, published: Int) throws {
        let stages = ["efficientnet_v2_s": TorchvisionFixtures.efficientNetV2S,
                      "efficientnet_v2_m": TorchvisionFixtures.efficientNetV2M,
                      "efficientnet_v2_l": TorchvisionFixtures.efficientNetV2L][name] ?? []
        let model = try NetworkModel(declaration: TorchvisionFixtures.efficientNet(name, stages, lastChannel: 1280, dropout: "0.2"))
        #expect(model.totalParameters == published)
    }

    @Test(arguments: [
        ("regnet_y_400mf", 16, 48, Float(27.89), Float(2.09), 8, true, 4_344_144),
        ("regnet_y_800mf", 14, 56, 38.84, 2.4, 16, true, 6_432_512),
        ("regnet_y_1_6gf", 27, 48, 20.71, 2.65, 24, true, 11_202_430),
        ("regnet_y_3_2gf", 21, 80, 42.63, 2.66, 24, true, 19_436_338),
        ("regnet_y_8gf", 17, 192, 76.82, 2.19, 56, true, 39_381_472),
        ("regnet_y_16gf", 18, 200, 106.23, 2.48, 112, true, 83_590_140),
        ("regnet_y_32gf", 20, 232, 115.89, 2.53, 232, true, 145_046_770),
        ("regnet_x_400mf", 22, 24, 24.48, 2.54, 16, false, 5_495_976),
        ("regnet_x_800mf", 16, 56, 35.73, 2.28, 16, false, 7_259_656),
        ("regnet_x_1_6gf", 18, 80, 34.01, 2.25, 24, false, 9_190_136),
        ("regnet_x_3_2gf", 25, 88, 26.31, 2.25, 48, false, 15_296_552),
        ("regnet_x_8gf", 23, 80, 49.56, 2.88, 120, false, 39_572_648),
        ("regnet_x_16gf", 22, 216, 55.59, 2.1, 128, false, 54_278_536),
        ("regnet_x_32gf", 23, 320, 69.86, 2.0, 168, false, 107_811_560),
    ])
    func regNet(name: String, depth: Int, w0: Int, wa: Float, wm: Float, groupWidth: Int, se: Bool, published: Int) throws {
        let setting = TorchvisionFixtures.RegNetSetting(depth: depth, w0: w0, wa: wa, wm: wm, groupWidth: groupWidth, squeezeExcitation: se)
        let model = try NetworkModel(declaration: TorchvisionFixtures.regNet(name, setting))
        #expect(model.totalParameters == published)
    }

    @Test(arguments: [
        ("convnext_tiny", [96, 192, 384, 768], [3, 3, 9, 3], 28_589_128),
        ("convnext_small", [96, 192, 384, 768], [3, 3, 27, 3], 50_223_688),
        ("convnext_base", [128, 256, 512, 1024], [3, 3, 27, 3], 88_591_464),
        ("convnext_large", [192, 384, 768, 1536], [3, 3, 27, 3], 197_767_336),
    ])
    func convNeXt(name: String, widths: [Int], depths: [Int], published: Int) throws {
        let model = try NetworkModel(declaration: TorchvisionFixtures.convNeXt(name, widths: widths, depths: depths))
        #expect(model.totalParameters == published)
        let byPath = Dictionary(uniqueKeysWithValues: model.rows.map { ($0.path, $0) })
        #expect(byPath["features.1.0.0.layer_scale"]?.parameters == widths[0])
        #expect(byPath["features.1.0.0.block.2"]?.output.description == "\(4 * widths[0])×56×56")
        #expect(byPath["features"]?.output.description == "\(widths[3])×7×7")
    }

    @Test func googlenetWithAndWithoutAuxiliaryClassifiers() throws {
        let model = try NetworkModel(declaration: TorchvisionFixtures.googlenet(auxiliaryClassifiers: true))
        // torchvision publishes GoogLeNet's weights without the auxiliary heads.
        #expect(model.parametersWithoutSideOutputs == 6_624_904)
        // Each InceptionAux: 1×1 convolution to 128 with batch norm, 2048→1024 and 1024→1000 linear layers.
        let aux1 = 512 * 128 + 2 * 128 + 2048 * 1024 + 1024 + 1024 * 1000 + 1000
        let aux2 = 528 * 128 + 2 * 128 + 2048 * 1024 + 1024 + 1024 * 1000 + 1000
        #expect(model.sideOutputParameters == aux1 + aux2)
        #expect(model.totalParameters == 13_004_888)
        #expect(model.output == .flat(features: 1000))
        let byPath = Dictionary(uniqueKeysWithValues: model.rows.map { ($0.path, $0) })
        #expect(byPath["aux1"]?.type == .sideOutput)
        #expect(byPath["aux1"]?.output == .flat(features: 1000))
        #expect(byPath["aux1.conv.conv"]?.output.description == "128×4×4")
        // The main path goes on from the tensor the head was fed.
        #expect(byPath["inception4b"]?.output.description == "512×14×14")
    }

    @Test func inceptionV3WithAndWithoutTheAuxiliaryClassifier() throws {
        let model = try NetworkModel(declaration: TorchvisionFixtures.inceptionV3(auxiliaryClassifier: true))
        // torchvision publishes Inception v3's weights with the auxiliary head.
        #expect(model.totalParameters == 27_161_264)
        #expect(model.sideOutputParameters == 768 * 128 + 2 * 128 + 128 * 768 * 25 + 2 * 768 + 768 * 1000 + 1000)
        #expect(model.parametersWithoutSideOutputs == 23_834_568)
        let without = try NetworkModel(declaration: TorchvisionFixtures.inceptionV3(auxiliaryClassifier: false))
        #expect(without.totalParameters == 23_834_568)
        #expect(without.sideOutputParameters == 0)
        let byPath = Dictionary(uniqueKeysWithValues: model.rows.map { ($0.path, $0) })
        #expect(byPath["Mixed_5b"]?.output.description == "256×35×35")
        #expect(byPath["Mixed_6e"]?.output.description == "768×17×17")
        #expect(byPath["AuxLogits.conv1.conv"]?.output.description == "768×1×1")
        #expect(byPath["Mixed_7c"]?.output.description == "2048×8×8")
        // A 1-high, 7-wide kernel (PyTorch's (1, 7)) keeps the 17×17 size with padding 3x0.
        #expect(byPath["Mixed_6b.branch7x7.1.conv"]?.parameters == 128 * 128 * 7)
    }
}
