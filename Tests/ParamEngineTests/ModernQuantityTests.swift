import ConfigTree
import Testing
import ParamEngine

/// The quantities of issue #16: units that follow a real convolution's stride and
/// padding, and the 1×1, depthwise-separable, grouped and pooled-head counts.
@Suite struct ModernQuantityTests {
    @Test func strideAndPaddingCarryThroughToUnitsAndConnections() throws {
        let scenario = try Scenario(declaration: declaration("stride: 2", "padding: 4"))
        // (1000 + 2·4 − 10)/2 + 1 = 500 positions per axis.
        #expect(scenario.value(of: "out_width") == 500)
        #expect(scenario.value(of: "positions") == 250_000)
        #expect(scenario.value(of: "local_units") == 250_000)
        #expect(scenario.value(of: "local_weights") == 25_000_000)
        #expect(scenario.value(of: "local_connections") == 25_000_000)
        #expect(scenario.value(of: "shared_connections") == 25_000_000)
        #expect(scenario.value(of: "filters_connections") == 2_500_000_000)
        // The fully connected layer has no positions: it keeps hidden's 10⁶ units.
        #expect(scenario.value(of: "full_connections") == 1_000_000_000_000)
        #expect(scenario.value(of: "shared") == 100)
    }

    @Test func hiddenGivenWithTheConvolutionKeepsItsUnits() throws {
        #expect(Scenario.article.value(of: "local_units") == 1_000_000)
        let site = try Scenario(declaration: declaration("hidden: 1000000", "padding: valid"))
        #expect(site.value(of: "local_units") == 1_000_000)
        #expect(site.value(of: "local_connections") == 100_000_000)
        let both = try Scenario(declaration: declaration("hidden: 4096", "stride: 4"))
        #expect(both.value(of: "local_units") == 4096)
        // A chapter over the site's scenario that changes the image only keeps hidden units.
        let chapter = try Scenario(declaration: declaration("image: 500x500"), base: site)
        #expect(chapter.value(of: "local_units") == 1_000_000)
        // One that sets the stride counts positions; a later one that restates hidden goes back.
        let strided = try Scenario(declaration: declaration("stride: 2"), base: site)
        #expect(strided.value(of: "local_units") == 496 * 496)
        let restated = try Scenario(declaration: declaration("hidden: 1000"), base: strided)
        #expect(restated.value(of: "local_units") == 1000)
        let inherited = try Scenario(declaration: declaration("bias: true"), base: strided)
        #expect(inherited.value(of: "local_units") == 496 * 496)
    }

    @Test func aDilationOrAPaddingAloneSwitchesToPositions() throws {
        let same = try Scenario(declaration: declaration("padding: same"))
        #expect(same.value(of: "local_units") == 1_000_000)
        let dilated = try Scenario(declaration: declaration("dilation: 2"))
        // 1000 − 2·9 = 982 positions per axis.
        #expect(dilated.value(of: "local_units") == 982 * 982)
        let padded = try Scenario(declaration: declaration("padding: 0"))
        #expect(padded.value(of: "local_units") == 991 * 991)
        #expect(padded.value(of: "local_biases") == 0)
        let withBias = try Scenario(declaration: declaration("padding: 0", "bias: true"))
        #expect(withBias.value(of: "local_biases") == 991 * 991)
    }

    @Test func depthwiseSeparableAgainstStandard() throws {
        let scenario = try Scenario(declaration: declaration(
            "image: 56x56", "channels: 128", "field: 3", "filters: 128", "padding: same"))
        #expect(scenario.value(of: "filters_weights") == 3 * 3 * 128 * 128)
        #expect(scenario.value(of: "depthwise_weights") == 3 * 3 * 128)
        #expect(scenario.value(of: "pointwise_weights") == 128 * 128)
        #expect(scenario.value(of: "separable_weights") == 3 * 3 * 128 + 128 * 128)
        // 147,456 / 17,536 ≈ 8.4: between 8 and 9 for a 3×3 kernel and 128 channels.
        let ratio = Double(scenario.value(of: "filters_weights")!) / Double(scenario.value(of: "separable_weights")!)
        #expect(ratio > 8 && ratio < 9)
        // With many channels the ratio approaches k·k = 9.
        let wide = try Scenario(declaration: declaration("channels: 1024", "field: 3", "filters: 1024"))
        let wideRatio = Double(wide.value(of: "filters_weights")!) / Double(wide.value(of: "separable_weights")!)
        #expect(wideRatio > 8.9 && wideRatio < 9)
    }

    @Test func groupedConvolutionDividesByTheGroups() throws {
        let scenario = try Scenario(declaration: declaration("channels: 256", "field: 3", "filters: 256", "groups: 32"))
        #expect(scenario.value(of: "groups") == 32)
        #expect(scenario.value(of: "grouped_weights") == 3 * 3 * 8 * 256)
        #expect(scenario.value(of: "grouped_weights")! * 32 == scenario.value(of: "filters_weights"))
        #expect(Scenario.article.value(of: "grouped_weights") == Scenario.article.value(of: "filters_weights"))
    }

    @Test func groupsThatDoNotDivideTheChannelsAreAnErrorAtTheKey() {
        let error = #expect(throws: ConfigErrors.self) {
            try Scenario(declaration: declaration("channels: 6", "filters: 8", "groups: 4"))
        }
        #expect(error?.errors.count == 1)
        #expect(error?.errors.first?.message.contains("groups: 4 must divide both the 6 input channels") == true)
        #expect(error?.errors.first?.location == SourceLocation(line: 3, column: 9))
    }

    @Test func aPooledHeadAgainstADenseHead() throws {
        // AlexNet's last feature map: 256 channels of 6×6; a 1×1 convolution keeps the 6×6.
        let scenario = try Scenario(declaration: declaration("image: 6x6", "channels: 256", "field: 1", "filters: 256"))
        #expect(scenario.value(of: "classes") == 1000)
        #expect(scenario.value(of: "dense_head_weights") == 6 * 6 * 256 * 1000)
        #expect(scenario.value(of: "pooled_head_weights") == 256 * 1000)
        let ten = try Scenario(declaration: declaration("image: 6x6", "channels: 256", "field: 1", "filters: 256", "classes: 10"))
        #expect(ten.value(of: "pooled_head_weights") == 2560)
    }
}
