import ConfigTree
import Networks
import Testing

/// The format expresses torchvision's classification networks exactly: each
/// fixture gives the total that torchvision's model documentation publishes.
@Suite struct TorchvisionNetworkTests {
    @Test func vgg16() throws {
        let model = try NetworkModel(declaration: TorchvisionFixtures.vgg16)
        #expect(model.totalParameters == 138_357_544)
        #expect(model.denseParameters == 102_764_544 + 16_781_312 + 4_097_000)
        #expect(model.convolutionParameters == 14_714_688)
        let byPath = Dictionary(uniqueKeysWithValues: model.rows.map { ($0.path, $0) })
        #expect(byPath["features"]?.output.description == "512×7×7")
        #expect(byPath["avgpool"]?.output.description == "512×7×7")
        #expect(byPath["2"]?.output == .flat(features: 25_088))
    }

    @Test func resnet18() throws {
        let model = try NetworkModel(declaration: TorchvisionFixtures.resnet18)
        #expect(model.totalParameters == 11_689_512)
        #expect(model.denseParameters == 513_000)
        // Batch norm: 2 per channel of every BatchNorm2d (64 + 4·64 + 5·128 + 5·256 + 5·512 channels).
        #expect(model.otherParameters == 2 * (64 + 4 * 64 + 5 * 128 + 5 * 256 + 5 * 512))
        #expect(model.convolutionParameters + model.denseParameters + model.otherParameters == model.totalParameters)

        let byPath = Dictionary(uniqueKeysWithValues: model.rows.map { ($0.path, $0) })
        #expect(byPath["maxpool"]?.output.description == "64×56×56")
        #expect(byPath["layer1"]?.type == .repeat)
        #expect(byPath["layer1.1.0"]?.type == .residual)
        #expect(byPath["layer1.1.0.conv1"]?.depth == 2)
        #expect(byPath["layer1"]?.parameters == 2 * (2 * (36_864 + 128)))
        #expect(byPath["layer2.0.conv1"]?.output.description == "128×28×28")
        #expect(byPath["layer2.0.shortcut.0"]?.parameters == 8_192)
        #expect(byPath["layer4"]?.output.description == "512×7×7")
        #expect(byPath["fc"]?.parameters == 513_000)
    }

    @Test func mobilenetV2() throws {
        let model = try NetworkModel(declaration: TorchvisionFixtures.mobilenetV2)
        #expect(model.totalParameters == 3_504_872)
        #expect(model.denseParameters == 1_281_000)
        #expect(model.output == .flat(features: 1000))
        let byPath = Dictionary(uniqueKeysWithValues: model.rows.map { ($0.path, $0) })
        #expect(byPath["features.0"]?.output.description == "32×112×112")
        // features: the stem, then per setting a first block and a `repeat` of the rest, then the 1×1 head.
        #expect(byPath["features.13"]?.output.description == "1280×7×7")
        // A depthwise 3×3 convolution over 32 channels: 9 weights per channel.
        #expect(byPath["features.1.0"]?.parameters == 288)
        #expect(byPath["features.2"]?.type == .sequential)
        #expect(byPath["features.3"]?.type == .repeat)
        #expect(byPath["features.5.1.0"]?.type == .residual)
        #expect(byPath["features.5.1.0"]?.output.description == "32×28×28")
    }

    @Test func googlenetWithoutAuxiliaryClassifiers() throws {
        let model = try NetworkModel(declaration: TorchvisionFixtures.googlenet)
        #expect(model.totalParameters == 6_624_904)
        #expect(model.denseParameters == 1_025_000)
        let byPath = Dictionary(uniqueKeysWithValues: model.rows.map { ($0.path, $0) })
        // ceil_mode pooling: 112 → 56 → 28 → 14 → 7, as torchvision's summary shows.
        #expect(byPath["1"]?.output.description == "64×56×56")
        #expect(byPath["inception3a"]?.output.description == "256×28×28")
        #expect(byPath["inception3a.branch4.0"]?.output.description == "192×28×28")
        #expect(byPath["inception4e"]?.output.description == "832×14×14")
        #expect(byPath["13"]?.output.description == "832×7×7")
        #expect(byPath["inception5b"]?.output.description == "1024×7×7")
        #expect(byPath["inception3a.branch1.conv"]?.parameters == 192 * 64)
    }
}
