import ConfigTree
import Testing
import LayerGeometry
import ParamEngine

/// Every bad scenario input: message and location (line, column of the YAML
/// layout `declaration(...)` builds).
@Suite struct ScenarioErrorTests {
    func only(_ node: ConfigNode, base: Scenario? = nil, external: [(name: String, value: Int)] = []) -> ConfigError? {
        let errors = scenarioErrors(node, base: base, external: external)
        #expect(errors.count == 1, "\(errors.map(\.description))")
        return errors.first
    }

    func expect(_ node: ConfigNode, _ message: String, line: Int, column: Int, base: Scenario? = nil,
                sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let error = only(node, base: base)
        #expect(error?.message == message, sourceLocation: sourceLocation)
        #expect(error?.location == ConfigTree.SourceLocation(line: line, column: column), sourceLocation: sourceLocation)
    }

    @Test func unknownKeyWithSuggestion() {
        expect(declaration("image: 10x10", "hiden: 4"), "unknown scenario key 'hiden'; did you mean 'hidden'?", line: 2, column: 1)
        expect(declaration("kernel: 3x3"), "unknown scenario key 'kernel'; did you mean 'field'?", line: 1, column: 1)
        expect(declaration("colour: red"),
               "unknown scenario key 'colour' (known keys: image, channels, hidden, field, filters, bias, stride, padding, dilation, groups, classes, quantities)",
               line: 1, column: 1)
    }

    @Test func allProblemsOfOneDeclarationAreReported() {
        let errors = scenarioErrors(declaration("imag: 10x10", "hidden: 0", "bias: yes"))
        #expect(errors.map(\.message) == [
            "unknown scenario key 'imag'; did you mean 'image'?",
            "'hidden' must be at least 1, not 0",
            "'bias' must be true or false, not 'yes' (YAML 1.2 reads yes as text)",
        ])
        #expect(errors.map(\.location.line) == [1, 2, 3])
    }

    @Test func zeroOrNegativeSizes() {
        expect(declaration("hidden: 0"), "'hidden' must be at least 1, not 0", line: 1, column: 9)
        expect(declaration("filters: -5"), "'filters' must be at least 1, not -5", line: 1, column: 10)
        expect(declaration("image: 1000x0"), "'image' height must be at least 1, not 0", line: 1, column: 13)
        expect(declaration("image: 10x10x0"), "'image' channels must be at least 1, not 0", line: 1, column: 14)
        expect(declaration("field: -3"), "'field' must be at least 1, not -3", line: 1, column: 8)
        expect(declaration("stride: 0"), "'stride' must be at least 1, not 0", line: 1, column: 9)
        expect(declaration("dilation: 0"), "'dilation' must be at least 1, not 0", line: 1, column: 11)
        expect(declaration("padding: -1"), "'padding' must be at least 0, not -1", line: 1, column: 10)
    }

    @Test func malformedValues() {
        expect(declaration("field: 10x"), "'field' must be a size written N or WxH (width x height), not '10x'", line: 1, column: 11)
        expect(declaration("image: axb"), "'image' must be a size written N, WxH or WxHxC (width x height x channels), not 'axb'", line: 1, column: 8)
        expect(declaration("image: 1x2x3x4"), "'image' must be a size written N, WxH or WxHxC (width x height x channels), not '1x2x3x4'", line: 1, column: 8)
        expect(declaration("field: 3x3x3"), "'field' must be a size written N or WxH (width x height), not '3x3x3'", line: 1, column: 8)
        expect(declaration("hidden: 1e6"), "'hidden' must be a whole number, not '1e6'", line: 1, column: 9)
        expect(declaration("hidden: 99999999999999999999"), "'hidden' must be at most 9223372036854775807, not 99999999999999999999", line: 1, column: 9)
        expect(declaration("hidden:"), "'hidden' needs a value: a whole number", line: 1, column: 8)
        expect(declaration("padding: valud"), "'padding' must be 'valid', 'same' or a number of zeros per side, not 'valud'; did you mean 'valid'?", line: 1, column: 10)
        expect(declaration("bias: 1"), "'bias' must be true or false, not '1'", line: 1, column: 7)
        let list = ConfigNode(.mapping([.init(key: "image", keyLocation: .init(line: 1, column: 1),
                                              value: ConfigNode(.sequence([]), at: .init(line: 2, column: 3)))]))
        #expect(only(list)?.message == "'image' must be a size written N, WxH or WxHxC (width x height x channels), not a list")
        #expect(only(ConfigNode(.scalar("big"), at: .init(line: 4, column: 9)))?.message
                == "a scenario is a mapping of inputs (image, hidden, field, …), found a scalar")
    }

    @Test func contradictoryChannels() {
        expect(declaration("image: 32x32x3", "channels: 1"),
               "channels: 1 contradicts the image's 3 channels; give the channels in one place", line: 2, column: 11)
    }

    @Test func kernelLargerThanItsInput() {
        expect(declaration("image: 8x8", "field: 10"), "the 10x10 field is larger than the 8x8 image", line: 2, column: 8)
        // Blamed on the image when only the image is declared here.
        let site = Scenario.article
        expect(declaration("image: 5x50"), "the 10x10 field is larger than the 5x50 image", line: 1, column: 8, base: site)
        expect(declaration("image: 12x12", "field: 5", "dilation: 3"),
               "the kernel is larger than its input: with dilation 3 it spans 13 pixels of width (3·(5−1)+1), more than the image's width of 12 (no padding)",
               line: 3, column: 11)
        expect(declaration("image: 20x8", "field: 5x4", "dilation: 4", "padding: 1"),
               "the kernel is larger than its input: with dilation 4 it spans 13 pixels of height (4·(4−1)+1), more than the padded height of 10 (8 + 2·1)",
               line: 3, column: 11)
        // With padding the dilated kernel fits.
        #expect(scenarioErrors(declaration("image: 12x12", "field: 5", "dilation: 3", "padding: 1")).isEmpty)
    }

    @Test func samePaddingNeedsStrideOne() {
        expect(declaration("padding: same", "stride: 2"), "padding 'same' needs stride 1 (as in PyTorch), but the stride is 2",
               line: 1, column: 10)
    }

    @Test func overflowNamesTheQuantity() {
        let error = only(declaration("image: 1000000x1000000", "hidden: 100000000"))
        #expect(error?.message ==
            "full_weights overflows: pixels · hidden = 1000000000000 · 100000000 does not fit in a 64-bit integer (at most 9223372036854775807)")
        #expect(error?.location == ConfigTree.SourceLocation(line: 1, column: 8))
        // Two quantities overflow independently: both are named; their dependents are not.
        let huge = scenarioErrors(declaration("image: 4000000000x4000000000"))
        #expect(huge.map { $0.message.prefix(while: { $0 != ":" }) } == ["pixels overflows", "positions overflows"])
        #expect(huge.first?.message.hasPrefix("pixels overflows: width · height · channels = 4000000000 · 4000000000 · 1") == true)
    }

    @Test func badAuthorQuantities() {
        expect(declaration("quantities:", "  ratio: full / locl"),
               "quantity 'ratio': unknown quantity 'locl'; did you mean 'local'?", line: 2, column: 17)
        expect(declaration("quantities:", "  ratio: full /"),
               "quantity 'ratio': expected a quantity name, a number or '(' after '/', found the end of the expression",
               line: 2, column: 16)
        expect(declaration("quantities:", "  third: full / 3"),
               "quantity 'third': its value 1000000000000/3 is not a whole number; write floor(…), ceil(…) or round(…) around it to choose the whole number", line: 2, column: 10)
        expect(declaration("quantities:", "  huge: full * full"),
               "quantity 'huge': 'full * full' overflows: its exact value does not fit in a 64-bit integer (at most 9223372036854775807)",
               line: 2, column: 14)
        expect(declaration("quantities:", "  full: 3"), "'full' is a built-in quantity; choose another name", line: 2, column: 3)
        expect(declaration("quantities:", "  2x: 3"),
               "'2x' is not a valid quantity name: use letters, digits and '_', not starting with a digit", line: 2, column: 3)
        expect(declaration("quantities:", "  empty:"), "quantity 'empty' needs an expression", line: 2, column: 9)
        expect(declaration("quantities:", "  zero: local / (shared - 100)"),
               "quantity 'zero': division by zero: '(shared - 100)' is 0", line: 2, column: 15)
    }

    @Test func circularQuantitiesAreReportedOnce() {
        let errors = scenarioErrors(declaration("quantities:", "  a: b + 1", "  b: c * 2", "  c: a", "  d: a + 1", "  e: e"))
        #expect(errors.map(\.message) == ["circular definition: a → b → c → a", "circular definition: e → e"])
        #expect(errors.map(\.location) == [ConfigTree.SourceLocation(line: 2, column: 3), ConfigTree.SourceLocation(line: 6, column: 3)])
    }

    @Test func externalNamesCannotBeRedefined() {
        let errors = scenarioErrors(declaration("quantities:", "  alexnet_total: 5"), external: [(name: "alexnet_total", value: 1)])
        #expect(errors.map(\.message) == ["'alexnet_total' is already defined by the site (a model's quantity); choose another name"])
        let clash = scenarioErrors(declaration("hidden: 5"), external: [(name: "full", value: 1)])
        #expect(clash.map(\.message) == ["the site's quantity 'full' has the name of a built-in quantity"])
    }

    @Test func inheritedQuantitiesThatFailAreReportedAtTheChapter() throws {
        let site = try Scenario(declaration: declaration("quantities:", "  shrink: full / local"))
        // A chapter whose inputs make the site's quantity fractional.
        let chapter = ConfigNode(.mapping([
            .init(key: "hidden", keyLocation: .init(line: 3, column: 1), value: ConfigNode(.scalar("3"), at: .init(line: 3, column: 9))),
            .init(key: "field", keyLocation: .init(line: 4, column: 1), value: ConfigNode(.scalar("7"), at: .init(line: 4, column: 8))),
        ]), at: .init(line: 3, column: 1))
        let error = only(chapter, base: site)
        #expect(error?.message == "inherited quantity 'shrink' = full / local: its value 1000000/49 is not a whole number; write floor(…), ceil(…) or round(…) around it to choose the whole number")
        #expect(error?.location == ConfigTree.SourceLocation(line: 3, column: 1))
    }
}
