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
}
