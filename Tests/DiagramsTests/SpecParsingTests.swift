import ConfigTree
import Testing
@testable import Diagrams

@Suite struct SpecParsingTests {
    @Test func defaultsPerKind() throws {
        let full = try #require(TestBlocks.spec("kind: full").spec)
        #expect(full.kind == .full)
        #expect(full.input == GridSize(width: 6, height: 6))
        #expect(full.hidden == 4)
        #expect(full.scenario == nil && full.caption == nil)

        let local = try #require(TestBlocks.spec("kind: local").spec)
        #expect(local.kernel == GridSize(width: 3, height: 3))
        #expect(local.hidden == 4)

        let filters = try #require(TestBlocks.spec("kind: filters").spec)
        #expect(filters.filters == 3)
        #expect(filters.kernel == GridSize(square: 3))

        #expect(TestBlocks.spec("kind: ladder").spec?.kind == .ladder)
    }

    @Test func readsEveryKeyWithItsSpellings() throws {
        let spec = try #require(TestBlocks.spec("""
            kind: local
            input: 8 x 10
            kernel: 3X2
            hidden: 5
            caption: 局部连接:每个神经元只看一小块
            scenario: site
            """).spec)
        #expect(spec.input == GridSize(width: 8, height: 10))
        #expect(spec.kernel == GridSize(width: 3, height: 2))
        #expect(spec.hidden == 5)
        #expect(spec.caption == "局部连接:每个神经元只看一小块")
        #expect(spec.scenario == "site")
        #expect(spec.scenarioLocation == SourceLocation(line: 6, column: 11))

        let filters = try #require(TestBlocks.spec("kind: filters\ninput: 5×5\nfilters: 6\nkernel: 2").spec)
        #expect(filters.input == GridSize(square: 5))
        #expect(filters.kernel == GridSize(square: 2))
        #expect(filters.filters == 6)
    }

    @Test func defaultHiddenShrinksToTheDistinctPatchesOfASmallInput() throws {
        // A 3×3 input has a single 3×3 patch, so one unit, not the usual four.
        #expect(TestBlocks.spec("kind: shared\ninput: 3").spec?.hidden == 1)
        #expect(TestBlocks.spec("kind: local\ninput: 4").spec?.hidden == 4)
        #expect(TestBlocks.spec("kind: full\ninput: 1").spec?.hidden == 4)
    }

    /// Each bad block: the exact message and where it points.
    @Test(arguments: [
        ("kind: ful", "unknown diagram kind 'ful'; did you mean 'full'?", 1, 7),
        ("kind: circle", "unknown diagram kind 'circle'; expected one of full, local, shared, filters, ladder, depthwise, bottleneck, pooling", 1, 7),
        ("input: 6x6", "missing 'kind:' in diagram block; expected one of full, local, shared, filters, ladder, depthwise, bottleneck, pooling", 1, 1),
        ("kind: [full]", "'kind' expects one of full, local, shared, filters, ladder, depthwise, bottleneck, pooling; found a list", 1, 7),
        ("kind:", "'kind' expects one of full, local, shared, filters, ladder, depthwise, bottleneck, pooling; found nothing", 1, 6),
        ("kind: full\nkernal: 3", "unknown key 'kernal' in diagram block; did you mean 'kernel'?", 2, 1),
        ("kind: full\ncolour: red", "unknown key 'colour' in diagram block; keys are kind, input, hidden, kernel, filters, stride, padding, pool, scenario, caption", 2, 1),
        ("kind: local\ninput: 0x6", "'input' width must be at least 1, not 0", 2, 8),
        ("kind: local\ninput: -6", "'input' must be at least 1, not -6", 2, 8),
        ("kind: local\ninput: 6x", "'input' must be a size written N or WxH (width x height), not '6x'", 2, 10),
        ("kind: local\ninput: six", "'input' must be a size written N or WxH (width x height), not 'six'", 2, 8),
        ("kind: local\ninput: 6x6x3", "'input' must be a size written N or WxH (width x height), not '6x6x3'", 2, 8),
        ("kind: local\ninput: [6, 6]", "'input' must be a size written N or WxH (width x height), not a list", 2, 8),
        ("kind: full\ninput: 13x13", "'input' width must be at most 12, not 13 (larger grids do not draw legibly)", 2, 8),
        ("kind: full\ninput: 6x99999999999999999999", "'input' height must be at most 12, not 99999999999999999999 (larger grids do not draw legibly)", 2, 10),
        ("kind: local\nhidden: -3", "'hidden' must be at least 1, not -3", 2, 9),
        ("kind: local\nhidden: 0", "'hidden' must be at least 1, not 0", 2, 9),
        ("kind: local\nhidden: four", "'hidden' must be a whole number, not 'four'", 2, 9),
        ("kind: local\nhidden: 2.5", "'hidden' must be a whole number, not '2.5'", 2, 9),
        ("kind: full\nhidden: 17", "'hidden' must be at most 16, not 17 (more units do not draw legibly; a column of more than 7 is sampled with an ellipsis)", 2, 9),
        ("kind: full\nhidden: 99999999999999999999999",
         "'hidden' must be at most 16, not 99999999999999999999999 (more units do not draw legibly; a column of more than 7 is sampled with an ellipsis)", 2, 9),
        ("kind: local\nkernel: 0", "'kernel' must be at least 1, not 0", 2, 9),
        ("kind: local\nkernel: 13x13", "'kernel' width must be at most 12, not 13 (a kernel fits inside the toy input)", 2, 9),
        ("kind: local\nkernel: 7x7", "'kernel' 7x7 is larger than the default 6x6 input", 2, 9),
        ("kind: local\ninput: 4x4\nkernel: 3x5", "'kernel' 3x5 is larger than the 4x4 input", 3, 9),
        ("kind: local\ninput: 2x2", "the default kernel 3x3 is larger than the 2x2 input; give a 'kernel:' that fits", 2, 8),
        ("kind: shared\nkernel: 4x4", "a shared kernel of 4x4 has 16 weights, more than the 9 that can be told apart by colour; use at most 3x3", 2, 9),
        ("kind: local\nhidden: 16\ninput: 5x5", "'hidden' 16 needs 16 different 3x3 patches, but the 5x5 input has only 9", 2, 9),
        ("kind: local\nkernel: 5\nhidden: 5", "'hidden' 5 needs 5 different 5x5 patches, but the default 6x6 input has only 4", 3, 9),
        ("kind: filters\nfilters: 7", "'filters' must be at most 6, not 7 (each feature map is drawn in its own colour)", 2, 10),
        ("kind: filters\nfilters: 0", "'filters' must be at least 1, not 0", 2, 10),
        ("kind: full\nkernel: 3", "'kernel' does not apply to a full diagram (it takes input, hidden)", 2, 1),
        ("kind: filters\nhidden: 3", "'hidden' does not apply to a filters diagram (it takes input, kernel, filters)", 2, 1),
        ("kind: ladder\ninput: 6x6", "'input' does not apply to a ladder diagram: it draws the scenario's own numbers, not a toy layer", 2, 1),
        ("kind: full\ncaption:", "'caption' expects a caption text; found nothing", 2, 9),
        ("kind: full\ncaption: [a, b]", "'caption' expects a caption text; found a list", 2, 10),
        ("kind: full\nscenario: {a: b}", "'scenario' expects a scenario name ('site' or a chapter slug); found a mapping", 2, 11),
        ("kind: full\nscenario: \"  \"", "'scenario' expects a scenario name ('site' or a chapter slug); found nothing", 2, 11),
    ])
    func rejects(block: String, message: String, line: Int, column: Int) throws {
        let errors = TestBlocks.spec(block).errors
        #expect(errors.count == 1, "\(errors)")
        let error = try #require(errors.first)
        #expect(error.message == message)
        #expect(error.location == SourceLocation(line: line, column: column))
    }

    @Test func hiddenMayNotExceedPatchesEvenWhenNoDefaultIsInvolved() {
        // 16 patches of 3×3 in a 6×6 input: sixteen units fit, seventeen are over the limit anyway.
        #expect(TestBlocks.spec("kind: local\nhidden: 16").spec?.hidden == 16)
        #expect(TestBlocks.spec("kind: shared\ninput: 12x3\nkernel: 3\nhidden: 10").spec?.hidden == 10)
        #expect(TestBlocks.spec("kind: shared\ninput: 12x3\nkernel: 3\nhidden: 11").errors.first?.message
            == "'hidden' 11 needs 11 different 3x3 patches, but the 12x3 input has only 10")
    }

    @Test func reportsEveryProblemOfABlockInOnePassInSourceOrder() {
        let errors = TestBlocks.spec("""
            hidden: 0
            kind: ful
            kernl: 3
            input: 6x6x6
            """).errors
        #expect(errors.map(\.location.line) == [1, 2, 3, 4])
        #expect(errors.map(\.message) == [
            "'hidden' must be at least 1, not 0",
            "unknown diagram kind 'ful'; did you mean 'full'?",
            "unknown key 'kernl' in diagram block; did you mean 'kernel'?",
            "'input' must be a size written N or WxH (width x height), not '6x6x6'",
        ])
    }

    @Test func sizeCombinationsAreCheckedOnlyOnceEachSizeIsValid() {
        // A malformed input must not also produce "kernel larger than input".
        let errors = TestBlocks.spec("kind: local\ninput: 0x0\nkernel: 5").errors
        #expect(errors.map(\.message) == ["'input' width must be at least 1, not 0"])
    }

    @Test func rejectsABodyThatIsNotAMapping() throws {
        let list = ConfigNode(.sequence([ConfigNode(.scalar("full"))]), at: SourceLocation(line: 1, column: 1))
        #expect(throws: ConfigErrors([ConfigError(
            "a diagram block is a mapping of keys such as 'kind: full'; found a list", at: .start)])) {
            try DiagramSpec.parse(list)
        }
        let scalar = ConfigNode(.scalar("full"), at: SourceLocation(line: 1, column: 1))
        #expect(throws: ConfigErrors([ConfigError(
            "a diagram block is a mapping of keys such as 'kind: full'; found a scalar", at: .start)])) {
            try DiagramSpec.parse(scalar)
        }
        let empty = ConfigNode(.null, at: SourceLocation(line: 2, column: 1))
        #expect(throws: ConfigErrors([ConfigError(
            "a diagram block needs at least 'kind:' (one of full, local, shared, filters, ladder, depthwise, bottleneck, pooling)",
            at: SourceLocation(line: 2, column: 1))])) {
            try DiagramSpec.parse(empty)
        }
    }

    @Test func specsBuiltInCodeFollowTheSameRules() throws {
        let spec = try DiagramSpec(kind: .shared, input: GridSize(square: 8), hidden: 6, kernel: GridSize(width: 3, height: 2))
        #expect(spec.hidden == 6 && spec.kernel == GridSize(width: 3, height: 2))
        let location = SourceLocation(line: 4, column: 2)
        #expect(throws: ConfigErrors([ConfigError("'kernel' 7x7 is larger than the default 6x6 input", at: location)])) {
            try DiagramSpec(kind: .local, kernel: GridSize(square: 7), at: location)
        }
        #expect(throws: ConfigErrors([ConfigError("'hidden' must be at least 1, not -2", at: .start)])) {
            try DiagramSpec(kind: .full, hidden: -2)
        }
    }

    @Test func sizesGivenInCodeAreCheckedInTheWordsOfABlock() {
        func message(_ make: () throws(ConfigErrors) -> DiagramSpec) -> String? {
            do throws(ConfigErrors) {
                _ = try make()
                return nil
            } catch {
                return error.errors.first?.message
            }
        }
        #expect(message { () throws(ConfigErrors) in try DiagramSpec(kind: .full, hidden: 17) }
                == TestBlocks.spec("kind: full\nhidden: 17").errors.first?.message)
        #expect(message { () throws(ConfigErrors) in try DiagramSpec(kind: .full, input: GridSize(width: 13, height: 6)) }
                == "'input' width must be at most 12, not 13 (larger grids do not draw legibly)")
        #expect(message { () throws(ConfigErrors) in try DiagramSpec(kind: .filters, filters: 0) } == "'filters' must be at least 1, not 0")
    }
}
