import Testing
@testable import Diagrams
import Localization

/// The drawings, checked through their parsed XML: what every figure must
/// have, and the counts each kind's formula gives for its toy sizes.
@Suite struct FigureStructureTests {
    static let allKinds = DiagramKind.allCases

    func render(_ spec: DiagramSpec, scale: DiagramScale = TestScales.article, id: String = "fig") throws -> (RenderedDiagram, XMLTree) {
        let rendered = renderDiagram(spec, scale: scale, idPrefix: id)
        return (rendered, try XMLTree.parse(rendered.svg))
    }

    /// Segments of every path in a group (one segment per drawn edge).
    func segments(in group: XMLTree?) throws -> [[Segment]] {
        let paths = try #require(group).elements(named: "path")
        return try paths.map { try PathData.segments($0.attributes["d"] ?? "") }
    }

    func unitCenters(_ svg: XMLTree) -> [PointValue] {
        svg.elements(withClass: "dg-unit").compactMap { circle in
            guard let x = circle.double("cx"), let y = circle.double("cy") else { return nil }
            return PointValue(x: x, y: y)
        }
    }

    @Test(arguments: allKinds)
    func everyFigureIsAccessibleScalableSVG(kind: DiagramKind) throws {
        let (rendered, svg) = try render(try DiagramSpec(kind: kind), id: "ch2-\(kind.rawValue)")
        #expect(svg.name == "svg")
        #expect(svg.attributes["xmlns"] == "http://www.w3.org/2000/svg")
        #expect(svg.attributes["role"] == "img")
        #expect(svg.attributes["width"] == nil && svg.attributes["height"] == nil)
        let viewBox = try #require(svg.attributes["viewBox"]).split(separator: " ").compactMap { Double($0) }
        #expect(viewBox.count == 4 && viewBox[2] > 0 && viewBox[3] > 0)

        // aria-labelledby names the <title> and <desc>, which come first.
        let titleID = "ch2-\(kind.rawValue)-title", descID = "ch2-\(kind.rawValue)-desc"
        #expect(svg.attributes["aria-labelledby"] == "\(titleID) \(descID)")
        #expect(svg.children.first?.name == "title" && svg.children.first?.attributes["id"] == titleID)
        #expect(svg.children.dropFirst().first?.name == "desc" && svg.children.dropFirst().first?.attributes["id"] == descID)
        #expect(svg.children.first?.text == rendered.title)
        #expect(svg.children.dropFirst().first?.text == rendered.description)

        // Light and dark through custom properties with fallbacks, classes scoped with dg-.
        let style = try #require(svg.elements(named: "style").first).text
        #expect(style.contains("var(--dg-ink,"))
        #expect(style.contains("@media (prefers-color-scheme:dark)"))
        for element in svg.allElements {
            for name in element.classes {
                #expect(name.hasPrefix("dg-"), "class \(name) on <\(element.name)>")
            }
        }
        #expect(!rendered.caption.isEmpty)
        #expect(rendered.svg.utf8.count < 30_000)
    }

    /// Inline in a page, all figures' style rules apply to every figure in
    /// document order. The drawing must not depend on that order: modifiers
    /// (colours, sizes) are scoped with the root class so they outrank base
    /// classes, and within a tier no two classes of one element set the same
    /// property.
    @Test(arguments: allKinds)
    func stylesDoNotDependOnRuleOrder(kind: DiagramKind) throws {
        let spec = try DiagramSpec(kind: kind, hidden: kind == .full ? 9 : nil)
        let (_, svg) = try render(spec)
        let style = try #require(svg.elements(named: "style").first).text
        var properties: [String: (modifier: Bool, names: Set<String>)] = [:]
        for line in style.split(separator: "\n") where !line.hasPrefix("@media") && line != "}" {
            let parts = line.split(separator: "{", maxSplits: 1)
            let selector = String(try #require(parts.first))
            let modifier = selector.hasPrefix(".dg-diagram .")
            let className = String(selector.split(separator: ".").last ?? "")
            #expect(modifier || !selector.contains(" "), "unexpected selector \(selector)")
            let declared = (parts.count > 1 ? parts[1] : "").split(separator: ";").compactMap { $0.split(separator: ":").first.map(String.init) }
            let previous = properties[className]?.names ?? []
            properties[className] = (modifier, previous.union(declared.filter { $0 != "}" }))
        }
        #expect(properties["dg-edge"].map { !$0.modifier } ?? true)
        #expect(properties["dg-s1"].map(\.modifier) ?? true)
        for element in svg.allElements.dropFirst() {
            for tier in [false, true] {
                var seen: [String: String] = [:]
                for name in element.classes.sorted() {
                    guard let rule = properties[name], rule.modifier == tier else { continue }
                    for property in rule.names {
                        #expect(seen[property] == nil, "<\(element.name) class=\"\(element.attributes["class"] ?? "")\">: \(property) set by \(seen[property] ?? "") and \(name)")
                        seen[property] = name
                    }
                }
            }
        }
    }

    @Test(arguments: [(6, 6, 4), (3, 5, 2), (12, 12, 7), (1, 1, 1), (4, 4, 16)])
    func fullConnectsEveryPixelToEveryDrawnUnit(width: Int, height: Int, hidden: Int) throws {
        let spec = try DiagramSpec(kind: .full, input: GridSize(width: width, height: height), hidden: hidden)
        let (_, svg) = try render(spec)
        let units = unitCenters(svg)
        let drawn = min(hidden, DiagramLimits.maxDrawnUnits)
        #expect(units.count == drawn)
        let edges = try segments(in: svg.group("dg-edges"))
        #expect(edges.joined().count == width * height * drawn)
        // Each unit's path reaches it from every pixel: pixels distinct starts.
        for (path, unit) in zip(edges, units) {
            #expect(path.count == width * height)
            #expect(Set(path.map(\.start)).count == width * height)
            #expect(path.allSatisfy { $0.end == unit })
        }
    }

    @Test(arguments: [(6, 3, 4), (6, 2, 9), (12, 4, 16), (5, 5, 1), (8, 1, 7), (7, 3, 3)])
    func localConnectsEachUnitToItsOwnPatch(input: Int, kernel: Int, hidden: Int) throws {
        let spec = try DiagramSpec(kind: .local, input: GridSize(square: input), hidden: hidden, kernel: GridSize(square: kernel))
        let (_, svg) = try render(spec)
        let units = unitCenters(svg)
        let drawn = min(hidden, DiagramLimits.maxDrawnUnits)
        #expect(units.count == drawn)
        let edges = try segments(in: svg.group("dg-edges"))
        #expect(edges.joined().count == drawn * kernel * kernel)
        let patches = try #require(svg.group("dg-patches")).elements(named: "rect")
        #expect(patches.count == drawn)
        var patchOrigins = Set<PointValue>()
        for ((path, unit), patch) in zip(zip(edges, units), patches) {
            #expect(path.count == kernel * kernel)
            #expect(path.allSatisfy { $0.end == unit })
            // Every edge starts inside this unit's highlighted patch, from distinct cells.
            let x = try #require(patch.double("x")), y = try #require(patch.double("y"))
            let w = try #require(patch.double("width")), h = try #require(patch.double("height"))
            #expect(path.allSatisfy { $0.start.x > x && $0.start.x < x + w && $0.start.y > y && $0.start.y < y + h })
            #expect(Set(path.map(\.start)).count == kernel * kernel)
            patchOrigins.insert(PointValue(x: x, y: y))
            // The unit, its patch and its edges share one colour class.
            let colour = patch.classes.filter { $0.hasPrefix("dg-s") }
            #expect(colour.count == 1)
            #expect(try #require(svg.group("dg-edges")).elements(named: "path").contains { $0.classes.isSuperset(of: colour) })
        }
        #expect(patchOrigins.count == drawn, "every drawn unit has a patch of its own")
    }

    @Test(arguments: [(6, 3, 3, 4), (6, 2, 2, 5), (12, 3, 3, 16), (9, 3, 1, 2), (5, 1, 1, 3), (6, 3, 2, 7)])
    func sharedUsesExactlyOneStylePerKernelPosition(input: Int, kernelWidth: Int, kernelHeight: Int, hidden: Int) throws {
        let kernel = GridSize(width: kernelWidth, height: kernelHeight)
        let spec = try DiagramSpec(kind: .shared, input: GridSize(square: input), hidden: hidden, kernel: kernel)
        let (rendered, svg) = try render(spec)
        let drawn = min(hidden, DiagramLimits.maxDrawnUnits)
        let units = unitCenters(svg)
        #expect(units.count == drawn)

        let paths = try #require(svg.group("dg-edges")).elements(named: "path")
        // One path per weight position, each with its own colour + dash pair.
        let styles = paths.map { path in path.classes.filter { $0.hasPrefix("dg-s") || $0.hasPrefix("dg-d") } }
        #expect(paths.count == kernel.area)
        #expect(Set(styles).count == kernel.area)
        #expect(Set(styles.map { $0.filter { $0.hasPrefix("dg-s") } }).count == kernel.area, "colours alone tell positions apart")
        // Every drawn unit uses every weight once: position p reaches each unit once.
        let edges = try segments(in: svg.group("dg-edges"))
        #expect(edges.joined().count == drawn * kernel.area)
        for path in edges {
            #expect(Set(path.map(\.end)) == Set(units))
        }
        // The patches repeat the same numbered positions for every unit.
        let patchNumbers = try #require(svg.group("dg-patches")).texts.map { $0.hasPrefix("w") ? String($0.dropFirst()) : $0 }
        #expect(patchNumbers.count == drawn * kernel.area)
        #expect(Set(patchNumbers) == Set((1...kernel.area).map(String.init)))
        // The legend names each weight once: w1 … wN.
        let legend = try #require(svg.group("dg-legend")).texts.filter { $0.hasPrefix("w") }
        #expect(legend == (1...kernel.area).map { "w\($0)" })
        #expect(rendered.description.contains(kernel.area == 1 ? "w1" : "w1…w\(kernel.area)"))
    }

    @Test(arguments: [(6, 3, 3), (12, 5, 6), (4, 4, 1), (7, 2, 4)])
    func filtersDrawOneColourPerKernelAndOneMapEach(input: Int, kernel: Int, filters: Int) throws {
        let spec = try DiagramSpec(kind: .filters, input: GridSize(square: input), kernel: GridSize(square: kernel), filters: filters)
        let (_, svg) = try render(spec)
        let kernels = try #require(svg.group("dg-kernels")).children
        let maps = try #require(svg.group("dg-maps")).children
        #expect(kernels.count == filters && maps.count == filters)
        func colours(_ group: XMLTree) -> Set<String> {
            Set(group.allElements.flatMap(\.classes).filter { $0.hasPrefix("dg-f") || $0.hasPrefix("dg-s") }
                .map { String($0.dropFirst(4)) })
        }
        // Each kernel and its map are drawn in exactly one colour, the same one;
        // different kernels have different colours.
        var seen = Set<String>()
        for (kernelGroup, mapGroup) in zip(kernels, maps) {
            let colour = colours(kernelGroup)
            #expect(colour.count == 1)
            #expect(colours(mapGroup) == colour)
            seen.formUnion(colour)
        }
        #expect(seen.count == filters)
        // Each map is the output size of a valid convolution.
        let output = input - kernel + 1
        #expect(svg.texts.contains("\(filters) 张 \(output)×\(output) 特征图"))
        #expect(try segments(in: svg.group("dg-edges")).count == filters)
    }

    @Test func ladderBarsAreProportionalToLog10() throws {
        let (_, svg) = try render(try DiagramSpec(kind: .ladder))
        let bars = try #require(svg.group("dg-bars")).elements(named: "rect").compactMap { $0.double("width") }
        #expect(bars.count == 4)
        // 10¹², 10⁸, 100, 10⁴ → 12 : 8 : 2 : 4
        let unit = bars[0] / 12
        for (bar, exponent) in zip(bars, [12.0, 8, 2, 4]) {
            #expect(abs(bar - unit * exponent) < 0.2)
        }
        #expect(svg.elements(withClass: "dg-value").map(\.text) == ["10¹²", "10⁸", "100", "10⁴"])
        #expect(svg.texts.contains("少 4 个数量级"))
        #expect(svg.texts.contains("少 6 个数量级"))
        #expect(svg.texts.contains("多 2 个数量级"))
    }

    @Test func ladderComparesNonPowersOfTenApproximately() {
        #expect(LadderDiagram.changeText(from: 1_000_000_000_000, to: 100_000_000) == "少 4 个数量级")
        #expect(LadderDiagram.changeText(from: 100, to: 10_000) == "多 2 个数量级")
        #expect(LadderDiagram.changeText(from: 2_408_448, to: 58_800) == "约少 1.6 个数量级")
        #expect(LadderDiagram.changeText(from: 75, to: 75) == "相同")
        #expect(LadderDiagram.changeText(from: 0, to: 75) == "无法比较")
        #expect(LadderDiagram.tickStep(12) == 2)
        #expect(LadderDiagram.tickStep(5) == 1)
        #expect(LadderDiagram.tickStep(18) == 3)
        #expect(LadderDiagram.barLength(1, maxExponent: 12) == 0)
        #expect(LadderDiagram.barLength(0, maxExponent: 12) == 0)
    }

    @Test func aSampledColumnShowsAnEllipsisAndSaysHowManyItShows() throws {
        let (rendered, svg) = try render(try DiagramSpec(kind: .full, hidden: 16))
        #expect(svg.elements(withClass: "dg-ellipsis").map(\.text) == ["⋮"])
        #expect(svg.texts.contains("显示 7 / 16 个神经元"))
        #expect(unitCenters(svg).count == 7)
        // The numbers of the drawn units: the first six and the last.
        let unitNumbers = svg.elements(named: "text").filter { $0.hasClass("dg-small") && $0.hasClass("dg-mid") }.map(\.text)
        #expect(unitNumbers == ["1", "2", "3", "4", "5", "6", "16"])
        #expect(rendered.description.contains("16 个隐藏层神经元中的 7 个"))

        let (_, unsampled) = try render(try DiagramSpec(kind: .full, hidden: 7))
        #expect(unsampled.elements(withClass: "dg-ellipsis").isEmpty)
        #expect(!unsampled.texts.contains { $0.hasPrefix("显示") })
    }

    @Test(arguments: [
        (DiagramKind.full, ["实际：1000×1000 输入、100万 个神经元：1万亿 个参数"]),
        (.local, ["实际：1000×1000 输入、100万 个神经元，各连 10×10 区域：1亿 个参数"]),
        (.shared, ["实际：100万 个神经元共用同一组 10×10 权值：100 个参数"]),
        (.filters, ["实际：100 个 10×10 卷积核，各得一张特征图：1万 个参数"]),
        (.ladder, ["1万亿", "1亿", "100", "1万", "实际：1000×1000 输入、100万 个神经元、10×10 感受野、100 个卷积核"]),
    ])
    func labelsCarryTheNumbersAsGiven(kind: DiagramKind, expected: [String]) throws {
        let (rendered, svg) = try render(try DiagramSpec(kind: kind), scale: TestScales.articleChinese)
        for text in expected {
            #expect(svg.texts.contains(text), "\(text) not among \(svg.texts)")
            #expect(rendered.description.contains(text))
        }
    }

    @Test func realScaleNotesFollowTheScenario() throws {
        let (_, full) = try render(try DiagramSpec(kind: .full), scale: TestScales.colour)
        #expect(full.texts.contains("实际：32×32×3 输入、784 个神经元：2,408,448 个参数"))
        let (_, local) = try render(try DiagramSpec(kind: .local), scale: TestScales.colour)
        #expect(local.texts.contains("实际：32×32×3 输入、784 个神经元，各连 5×5×3 区域：58,800 个参数"))
        let (_, ladder) = try render(try DiagramSpec(kind: .ladder), scale: TestScales.colour)
        #expect(ladder.texts.contains("约少 1.6 个数量级"))
        #expect(ladder.texts.contains("32 个卷积核"))
    }

    @Test func toyNotesStateWhatIsDrawn() throws {
        let (_, full) = try render(try DiagramSpec(kind: .full))
        #expect(full.texts.contains { $0.contains("36 × 4 = 144 条连接") })
        #expect(full.texts.contains("输入 6×6"))
        let (_, local) = try render(try DiagramSpec(kind: .local, input: GridSize(square: 8), hidden: 9, kernel: GridSize(square: 2)))
        #expect(local.texts.contains { $0.contains("9 × 4 = 36 条连接") })
        #expect(local.texts.contains { $0.contains("图中画出 7 个神经元的 28 条") })
        let (_, filters) = try render(try DiagramSpec(kind: .filters, filters: 5))
        #expect(filters.texts.contains { $0.contains("5 × 9 = 45 个权值") })
    }

    @Test func captionIsTheAuthorsOrTheKindsDefault() throws {
        var spec = try DiagramSpec(kind: .local)
        #expect(renderDiagram(spec, scale: TestScales.article, idPrefix: "a").caption == LanguageCatalog.simplifiedChinese.diagrams.localCaption)
        spec.caption = "图 2：<局部> & 感受野"
        let rendered = renderDiagram(spec, scale: TestScales.article, idPrefix: "a")
        #expect(rendered.caption == "图 2：<局部> & 感受野")
        #expect(!rendered.svg.contains("<局部>"), "the caption is not written into the SVG unescaped")
    }

    @Test func idsFollowThePrefixSoSeveralFiguresCanShareAPage() throws {
        let spec = try DiagramSpec(kind: .full)
        let first = renderDiagram(spec, scale: TestScales.article, idPrefix: "a-1")
        let second = renderDiagram(spec, scale: TestScales.article, idPrefix: "a-2")
        let ids = { (svg: String) in try XMLTree.parse(svg).allElements.compactMap { $0.attributes["id"] } }
        #expect(try ids(first.svg) == ["a-1-title", "a-1-desc"])
        #expect(Set(try ids(first.svg)).isDisjoint(with: try ids(second.svg)))
        #expect(first.svg.replacingOccurrences(of: "a-1-", with: "a-2-") == second.svg)
    }
}
