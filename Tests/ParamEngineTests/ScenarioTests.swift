import ConfigTree
import Testing
import LayerGeometry
import ParamEngine

@Suite struct ScenarioTests {
    @Test func theArticleScenarioGivesTheArticlesNumbers() {
        let article = Scenario.article
        #expect(article.value(of: "full") == 1_000_000_000_000)
        #expect(article.value(of: "local") == 100_000_000)
        #expect(article.value(of: "shared") == 100)
        #expect(article.value(of: "filters") == 10_000)
        #expect(article.value(of: "pixels") == 1_000_000)
        #expect(article.value(of: "field_size") == 100)
        #expect(article.value(of: "out_width") == 991)
        #expect(article.value(of: "out_height") == 991)
        #expect(article.value(of: "positions") == 982_081)
        #expect(article.value(of: "padding") == 0)
        #expect(article.value(of: "full_connections") == 1_000_000_000_000)
        #expect(article.value(of: "local_connections") == 100_000_000)
        #expect(article.value(of: "shared_connections") == 100_000_000)
        #expect(article.value(of: "filters_connections") == 10_000_000_000)
        #expect(article.value(of: "full_biases") == 0)
        #expect(article.value(of: .filters) == 10_000)
        #expect(article.value(of: "nothing") == nil)
    }

    @Test func anEmptyDeclarationIsTheArticle() throws {
        let none = try Scenario(declaration: nil)
        let null = try Scenario(declaration: ConfigNode(.null))
        let empty = try Scenario(declaration: ConfigNode(.mapping([])))
        #expect(none == Scenario.article && null == Scenario.article && empty == Scenario.article)
    }

    @Test func biasesAddOnePerUnitOnePerKernel() throws {
        let scenario = try Scenario(declaration: declaration("bias: true"))
        #expect(scenario.value(of: "full_weights") == 1_000_000_000_000)
        #expect(scenario.value(of: "full_biases") == 1_000_000)
        #expect(scenario.value(of: "full") == 1_000_001_000_000)
        #expect(scenario.value(of: "local_biases") == 1_000_000)
        #expect(scenario.value(of: "local") == 101_000_000)
        #expect(scenario.value(of: "shared") == 101)
        #expect(scenario.value(of: "filters_weights") == 10_000)
        #expect(scenario.value(of: "filters_biases") == 100)
        #expect(scenario.value(of: "filters") == 10_100)
    }

    @Test func quantitiesAreListedInTheDocumentedOrder() throws {
        let scenario = try Scenario(
            declaration: declaration("quantities:", "  ratio: full / local", "  half: shared / 2"),
            external: [(name: "alexnet_total", value: 61_100_840)])
        let names = scenario.quantities.map(\.name)
        #expect(Array(names.prefix(BuiltInQuantity.allCases.count)) == BuiltInQuantity.allCases.map(\.name))
        #expect(Array(names.suffix(3)) == ["ratio", "half", "alexnet_total"])
        #expect(names.prefix(15) == ["width", "height", "channels", "pixels", "hidden", "field_width", "field_height",
                                     "field_size", "filter_count", "stride", "padding", "dilation", "out_width",
                                     "out_height", "positions"])
        #expect(scenario.value(of: "ratio") == 10_000)
        #expect(scenario.value(of: "half") == 50)
        #expect(scenario.value(of: "alexnet_total") == 61_100_840)
        #expect(scenario.quantities.count == BuiltInQuantity.allCases.count + 3)
    }

    @Test func inputsAreRead() throws {
        let scenario = try Scenario(declaration: declaration(
            "image: 224x200x3", "hidden: 4096", "field: 11x7", "filters: 64", "stride: 4", "padding: 2", "dilation: 1"))
        #expect(scenario.value(of: "width") == 224)
        #expect(scenario.value(of: "height") == 200)
        #expect(scenario.value(of: "channels") == 3)
        #expect(scenario.value(of: "pixels") == 224 * 200 * 3)
        #expect(scenario.value(of: "field_width") == 11)
        #expect(scenario.value(of: "field_height") == 7)
        #expect(scenario.value(of: "out_width") == (224 + 4 - 11) / 4 + 1)
        #expect(scenario.value(of: "out_height") == (200 + 4 - 7) / 4 + 1)
        #expect(scenario.value(of: "local") == 4096 * 77 * 3)
        #expect(scenario.value(of: "shared") == 77 * 3)
        #expect(scenario.value(of: "filters") == 64 * 77 * 3)
        #expect(scenario.value(of: "filters_connections") == 64 * 4096 * 77 * 3)
        #expect(scenario.inputs.padding == .explicit(2))
    }

    @Test func sizesAcceptASquareAndTheMultiplicationSign() throws {
        let scenario = try Scenario(declaration: declaration("image: 28 × 28", "field: 5", "channels: 3"))
        #expect(scenario.value(of: "pixels") == 28 * 28 * 3)
        #expect(scenario.value(of: "field_size") == 25)
        let square = try Scenario(declaration: declaration("image: 32"))
        #expect(square.value(of: "height") == 32)
    }

    @Test func samePaddingGivesExactlyAMillionUnits() throws {
        let scenario = try Scenario(declaration: declaration("padding: same"))
        #expect(scenario.value(of: "out_width") == 1000)
        #expect(scenario.value(of: "positions") == 1_000_000)
        // 10×10 kernel: 9 zeros in all, 4 before (left) and 5 after, as PyTorch pads.
        #expect(scenario.value(of: "padding") == 4)
        let dilated = try Scenario(declaration: declaration("field: 3", "dilation: 2", "stride: 3"))
        #expect(dilated.value(of: "out_width") == (1000 - 5) / 3 + 1)
    }

    @Test func aChapterOverridesTheSiteScenario() throws {
        let site = try Scenario(declaration: declaration(
            "image: 100x100", "bias: true", "quantities:", "  ratio: full_weights / local_weights", "  units: hidden"),
            external: [(name: "lenet_total", value: 61_706)])
        let chapter = try Scenario(declaration: declaration(
            "image: 200x200", "quantities:", "  units: hidden * 2", "  extra: ratio + 1"), base: site)
        #expect(chapter.value(of: "width") == 200)
        #expect(chapter.inputs.bias == true)
        // The site's quantities are evaluated again with the chapter's inputs.
        #expect(chapter.value(of: "full") == 200 * 200 * 1_000_000 + 1_000_000)
        #expect(chapter.value(of: "ratio") == 400)
        #expect(chapter.value(of: "units") == 2_000_000)
        #expect(chapter.value(of: "extra") == chapter.value(of: "ratio").map { $0 + 1 })
        #expect(chapter.value(of: "lenet_total") == 61_706)
        #expect(Array(chapter.quantities.map(\.name).suffix(4)) == ["ratio", "units", "extra", "lenet_total"])
        // Channels given by the chapter's image replace the site's.
        let grey = try Scenario(declaration: declaration("channels: 1", "image: 64x64"))
        let colour = try Scenario(declaration: declaration("image: 32x32x3"), base: grey)
        #expect(colour.value(of: "channels") == 3)
        let sameChannels = try Scenario(declaration: declaration("image: 32x32x3", "channels: 3"))
        #expect(sameChannels.value(of: "channels") == 3)
    }

    @Test func externalQuantitiesCarryOverAndCanBeReplaced() throws {
        let site = try Scenario(declaration: nil, external: [(name: "a_total", value: 1), (name: "b_total", value: 2)])
        let chapter = try Scenario(declaration: nil, base: site, external: [(name: "b_total", value: 3), (name: "c_total", value: 4)])
        #expect(chapter.quantities.suffix(3).map(\.name) == ["a_total", "b_total", "c_total"])
        #expect(chapter.value(of: "b_total") == 3)
    }

    @Test func authorsQuantitiesMayReferToEachOtherInAnyOrder() throws {
        let scenario = try Scenario(declaration: declaration(
            "quantities:", "  c: b * 2", "  b: a + 1", "  a: alexnet_total / 40", "  参数: a"),
            external: [(name: "alexnet_total", value: 61_100_840)])
        #expect(scenario.value(of: "a") == 1_527_521)
        #expect(scenario.value(of: "b") == 1_527_522)
        #expect(scenario.value(of: "c") == 3_055_044)
        #expect(scenario.value(of: "参数") == 1_527_521)
    }
}
