import Localization

/// Every word of a catalog, each function called with sample arguments, by
/// group. `keys` counts the group's properties, so a key added to a group but
/// not here fails `everyKeyIsSampled` instead of escaping the other tests.
enum CatalogWords {
    struct Group {
        var name: String
        var keys: Int
        var words: [String]
    }

    static func groups(_ catalog: LanguageCatalog) -> [Group] {
        let page = catalog.page, theme = catalog.theme, tables = catalog.tables
        let diagrams = catalog.diagrams, callouts = catalog.callouts
        let changes: [MagnitudeChange] = [.incomparable, .same, .fewer(orders: "4", exact: true), .more(orders: "1", exact: true),
                                          .fewer(orders: "3.9", exact: false), .more(orders: "1.6", exact: false)]
        return [
            Group(name: "page", keys: count(page), words: [
                page.anchorLabel, page.chapterNumber(1), page.chapterNumber(12), page.tableLabel, page.labelSeparator,
                page.listSeparator, page.taskDone, page.taskOpen, page.backToText,
            ]),
            Group(name: "theme", keys: count(theme), words: [
                theme.skipToContent, theme.chapterMenuLabel, theme.allChapters, theme.allChaptersOnHome,
                theme.tableOfContents, theme.pagerLabel, theme.previousChapter, theme.nextChapter, theme.back,
                theme.finished, theme.backToChapterList, theme.home, theme.generatedBy("sitegen"),
                theme.startReading, theme.chapterListHeading, theme.notFoundTitle, theme.notFoundExplanation,
                theme.notFoundBeforeLink, theme.notFoundLinkHome, theme.notFoundAfterLink, theme.notFoundChapterListHeading,
                theme.copyCode, theme.copiedCode, theme.editPage, theme.lastUpdated, theme.colorScheme,
                theme.colorSchemeLight, theme.colorSchemeDark, theme.colorSchemeSystem, theme.searchLabel,
                theme.searchPlaceholder, theme.searchNoResults, theme.searchResultCountOne, theme.searchResultCountOther,
                theme.searchResultCount(0), theme.searchResultCount(1), theme.searchResultCount(25), theme.searchResults,
                theme.searchLoadError,
            ]),
            Group(name: "tables", keys: count(tables), words: [
                tables.schemesCaption, tables.schemeColumn, tables.connectionsColumn, tables.parametersColumn,
                tables.comparedColumn, tables.fullRow, tables.localRow, tables.sharedRow, tables.kernelsRow(1, "1"),
                tables.kernelsRow(100, "100"), tables.sameAsPrevious, tables.modelCaption("LeNet"), tables.layerColumn,
                tables.outputShapeColumn, tables.modelParametersColumn, tables.shareColumn, tables.inputRow, tables.totalRow,
                tables.shareBarLabel("60.0%", "40.0%", nil), tables.shareBarLabel("60.0%", "30.0%", "10.0%"),
                tables.convolutionShare, tables.denseShare, tables.otherShare, tables.foldedTableSummary(161),
            ]),
            Group(name: "diagrams", keys: count(diagrams), words: [
                diagrams.inputHeading("6×6"), diagrams.hiddenLayerHeading(1), diagrams.hiddenLayerHeading(4),
                diagrams.samplingCount(7, 16), diagrams.columnAll(4), diagrams.columnSampled(16, 7),
                diagrams.oneWeightLegend, diagrams.clauseSeparator, diagrams.sentences(["a", "b"]),
                diagrams.drawnConnections(7, 252),
                diagrams.fullTitle, diagrams.fullCaption, diagrams.fullDescription("T", "6×6", 36, "c"),
            ] + diagrams.fullToy("6×6", 4, 36, 144) + diagrams.fullReal("1000×1000", "10⁶", "10¹²") + diagrams.fullLegend(36) + [
                diagrams.localTitle, diagrams.localCaption, diagrams.localDescription("T", "6×6", "c", "3×3"),
            ] + diagrams.localToy("6×6", 4, "3×3", 9, 36) + diagrams.localReal("1000×1000", "10⁶", "10×10", "10⁸")
              + diagrams.localLegend("3×3") + [
                diagrams.sharedTitle, diagrams.sharedCaption, diagrams.sharedDescription("T", "6×6", "c", "3×3", "w1…w9"),
                diagrams.sharedDrawnUnits(7), diagrams.sharedLegendHeading("3×3"),
            ] + diagrams.sharedToy(4, "3×3", 9, "w1…w9", 36) + diagrams.sharedReal("10⁶", "10×10", "100") + [
                diagrams.filtersTitle, diagrams.filtersCaption, diagrams.filtersDescription("T", "6×6", "3×3", 3, "4×4"),
                diagrams.kernelLabel(1), diagrams.featureMapLabel(1), diagrams.kernelsHeading(3, "3×3"),
                diagrams.featureMapsHeading(3, "4×4"),
            ] + diagrams.filtersKey + diagrams.filtersToy("6×6", 3, "3×3", "4×4", 9, 27)
              + diagrams.filtersReal("100", "10×10", "10⁴") + [
                diagrams.ladderTitle, diagrams.ladderCaption, diagrams.ladderFullName, diagrams.ladderLocalName,
                diagrams.ladderSharedName, diagrams.ladderKernelsName("100"), diagrams.ladderFullDetail,
                diagrams.ladderLocalDetail("10×10"), diagrams.ladderSharedDetail("10×10"), diagrams.ladderKernelsDetail("10×10"),
                diagrams.ladderAxisHeading, diagrams.ladderSummarySeparator, diagrams.ladderDescription("T"),
                diagrams.ladderSummaryRow("A", "10¹²", nil),
            ] + diagrams.ladderScaleNote("10") + diagrams.ladderReal("1000×1000", "10⁶", "10×10", "100")
              + changes.map(diagrams.ladderChange) + changes.map { diagrams.ladderSummaryRow("A", "10⁸", $0) } + [
                diagrams.depthwiseTitle, diagrams.depthwiseCaption, diagrams.standardStepName, diagrams.depthwiseStepName,
                diagrams.pointwiseStepName, diagrams.kernelCount("3×3×256", "256"), diagrams.stepWeights("3×3×256", "2,304"),
                diagrams.separableSumName, diagrams.separableRatio("8.69"), diagrams.linearBarsNote,
                diagrams.channelsDrawn(4, 256), diagrams.depthwiseDescription("T", 256, 256, "3×3"),
                diagrams.bottleneckTitle, diagrams.bottleneckCaption, diagrams.reduceStepName, diagrams.middleStepName("3×3"),
                diagrams.expandStepName, diagrams.channelChange(256, 64), diagrams.bottleneckTotal("69,632"),
                diagrams.bottleneckComparison("3×3", 256, "1,179,648"), diagrams.channelBarsNote,
                diagrams.bottleneckDescription("T", 256, 64, "3×3"),
                diagrams.maxPoolingTitle, diagrams.averagePoolingTitle, diagrams.poolingCaption, diagrams.outputHeading("3×3"),
                diagrams.poolingNoParameters, diagrams.poolingDescription("T", "6×6", "2×2", "3×3"),
            ] + diagrams.poolingToy("6×6", "2×2", 2, "3×3") + diagrams.poolingReal("1000×1000", "500×500")
              + [diagrams.convolutionSettings(2, 0), diagrams.convolutionSettings(1, 2)]),
            Group(name: "callouts", keys: count(callouts), words: [
                callouts.note, callouts.tip, callouts.important, callouts.warning, callouts.caution,
            ]),
        ]
    }

    /// How many distinct keys `groups` samples from each group (a function
    /// called with several arguments counts once).
    static let sampledKeys: [String: Int] = ["page": 8, "theme": 36, "tables": 22, "diagrams": 86, "callouts": 5]

    private static func count(_ group: Any) -> Int {
        Mirror(reflecting: group).children.count
    }
}
