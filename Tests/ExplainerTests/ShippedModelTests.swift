import ConfigTree
import Foundation
import Networks
import Testing
import SiteCore

/// The model files shipped in content/models/ parse (through the site's YAML reader) and give the published totals.
@Suite struct ShippedModelTests {
    /// content/models/, found from this file (Tests/<Target>/ThisFile.swift).
    static let modelsFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("content/models")

    private func model(_ file: String) throws -> NetworkModel {
        let text = try String(contentsOf: Self.modelsFolder.appendingPathComponent(file), encoding: .utf8)
        let node = try #require(try YAMLReader.parse(text))
        return try NetworkModel(declaration: node)
    }

    @Test func lenet() throws {
        let lenet = try model("lenet.yml")
        #expect(lenet.name == "lenet")
        #expect(lenet.totalParameters == 61_706)
        #expect(lenet.rows.filter { $0.parameters > 0 }.map(\.parameters) == [156, 2_416, 48_120, 10_164, 850])
        #expect(lenet.rows.filter { $0.type != .relu }.map(\.output.description)
            == ["6×28×28", "6×14×14", "16×10×10", "16×5×5", "400", "120", "84", "10"])
        // Locations come from the file: the first layer's type key is on line 9, column 5.
        #expect(lenet.rows.first?.location == SourceLocation(line: 9, column: 5))
    }

    @Test func alexnet() throws {
        let alexnet = try model("alexnet.yml")
        #expect(alexnet.name == "alexnet")
        #expect(alexnet.title == "AlexNet（torchvision）")
        #expect(alexnet.totalParameters == 61_100_840)
        #expect(alexnet.convolutionParameters == 2_469_696)
        #expect(alexnet.denseParameters == 58_631_144)
        #expect(alexnet.rows.first { $0.path == "flatten" }?.output == .flat(features: 9_216))
    }

    /// The modern networks of the real-networks chapter give torchvision's published
    /// totals (its weights' num_params), with the dense head a small share.
    @Test(arguments: [
        ("resnet50.yml", 25_557_032, 2_049_000),
        ("mobilenet_v2.yml", 3_504_872, 1_281_000),
        ("efficientnet_b0.yml", 5_288_548, 1_281_000),
    ])
    func modernNetwork(file: String, total: Int, dense: Int) throws {
        let network = try model(file)
        #expect(network.totalParameters == total)
        #expect(network.denseParameters == dense)
        #expect(network.convolutionParameters + network.denseParameters + network.otherParameters == total)
        #expect(network.title?.contains("torchvision") == true)
    }

    @Test func everyShippedModelIsValidAndNamedAfterItsFile() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.modelsFolder.path)
            .filter { $0.hasSuffix(".yml") }.sorted()
        #expect(files.contains("lenet.yml") && files.contains("alexnet.yml"))
        for file in files {
            #expect(try model(file).name + ".yml" == file)
        }
    }

    @Test func errorsPointIntoTheYAML() throws {
        let yaml = """
            name: broken
            input: 1x32x32
            layers:
              - conv2d: {in: 1, out: 6, kernal: 5}
              - linear: {in: 400, out: 10}
            """
        let node = try #require(try YAMLReader.parse(yaml))
        #expect(throws: ConfigErrors([
            ConfigError("layer 0 (conv2d): unknown field 'kernal'; did you mean 'kernel'?", at: SourceLocation(line: 4, column: 29)),
            ConfigError("layer 0 (conv2d): missing field 'kernel'", at: SourceLocation(line: 4, column: 5)),
        ])) {
            try NetworkModel(declaration: node)
        }
    }
}
