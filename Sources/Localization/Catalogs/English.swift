extension LanguageCatalog {
    /// en: American spelling. Diagram labels are kept short enough for the
    /// boxes the figures give them (checked by the Diagrams tests).
    public static let english = LanguageCatalog(
        tag: "en",
        script: "Latn",
        page: PageWords(
            anchorLabel: "Link to this section",
            chapterNumber: { "Chapter \($0)" },
            tableLabel: "Table",
            labelSeparator: ": ",
            listSeparator: ", ",
            taskDone: "Done",
            taskOpen: "Not done",
            backToText: "Back to the text"),
        theme: ThemeWords(
            skipToContent: "Skip to content",
            chapterMenuLabel: "Chapters",
            allChapters: "All chapters",
            allChaptersOnHome: "See all chapters on the home page",
            tableOfContents: "In this chapter",
            pagerLabel: "Chapter pages",
            previousChapter: "Previous",
            nextChapter: "Next",
            back: "Back to",
            finished: "You've finished",
            backToChapterList: "Back to the chapter list",
            home: "Home",
            generatedBy: { "Made with \($0)" },
            startReading: "Start with chapter 1: ",
            chapterListHeading: "Chapters",
            notFoundTitle: "Page not found",
            notFoundExplanation: "The page you are looking for is not here: it may have been renamed, or the link may be wrong.",
            notFoundBeforeLink: "You can ",
            notFoundLinkHome: "go back to the home page",
            notFoundAfterLink: ", or start again from the chapter list below.",
            notFoundChapterListHeading: "All chapters",
            copyCode: "Copy",
            copiedCode: "Copied",
            editPage: "Edit this page",
            lastUpdated: "Last updated",
            colorScheme: "Appearance",
            colorSchemeLight: "Light",
            colorSchemeDark: "Dark",
            colorSchemeSystem: "System",
            searchLabel: "Search",
            searchPlaceholder: "Search this site",
            searchNoResults: "No results",
            searchResultCountOne: "{count} result",
            searchResultCountOther: "{count} results",
            searchResults: "Search results",
            searchLoadError: "The search index could not be loaded"),
        tables: TableWords(
            schemesCaption: "Connection schemes and their parameters",
            schemeColumn: "Connection",
            connectionsColumn: "Connections",
            parametersColumn: "Parameters",
            comparedColumn: "Vs. the row above",
            fullRow: "Fully connected",
            localRow: "Locally connected",
            sharedRow: "Shared weights (1 kernel)",
            kernelsRow: { count, text in count == 1 ? "\(text) kernel" : "\(text) kernels" },
            sameAsPrevious: "same",
            modelCaption: { "\($0): parameters by layer" },
            layerColumn: "Layer",
            outputShapeColumn: "Output shape",
            modelParametersColumn: "Parameters",
            shareColumn: "Share",
            inputRow: "Input",
            totalRow: "Total",
            shareBarLabel: { convolution, dense, other in
                "Convolution \(convolution), fully connected \(dense)" + (other.map { ", other \($0)" } ?? "")
            },
            convolutionShare: "Convolution",
            denseShare: "Fully connected",
            otherShare: "Other",
            foldedTableSummary: { "Parameters by layer (\($0) rows, click to expand)" }),
        diagrams: DiagramWords(
            inputHeading: { "Input \($0)" },
            hiddenLayerHeading: { "Hidden layer: " + counted($0, "unit", "units") },
            samplingCount: { drawn, total in "Showing \(drawn) of \(total) units" },
            columnAll: { "on the right, the hidden layer's " + counted($0, "unit", "units") },
            columnSampled: { total, drawn in
                "on the right, \(drawn) of the \(total) hidden units (the ellipsis stands for the others)"
            },
            oneWeightLegend: "= 1 weight",
            clauseSeparator: ", ",
            sentences: { $0.map { $0 + "." }.joined(separator: " ") },
            drawnConnections: { units, connections in "the figure draws \(connections) of them, for \(units) units" },
            fullTitle: "Diagram of full connection",
            fullCaption: "Full connection: every pixel connects to every hidden unit",
            fullDescription: { title, input, pixels, column in
                "\(title): on the left, the \(input) input grid (\(counted(pixels, "pixel", "pixels"))); \(column); "
                    + "every pixel has a line to every unit, and each line is one weight"
            },
            fullToy: { input, hidden, pixels, connections in
                ["Toy: \(input) input, ", counted(hidden, "unit", "units") + ", ", "every pixel to every unit: ",
                 "\(pixels) × \(hidden) = \(counted(connections, "connection", "connections"))"]
            },
            fullReal: { image, hidden, parameters in
                ["Real scale: \(image) input, ", countedText(hidden, "unit", "units") + ": ", countedText(parameters, "parameter", "parameters")]
            },
            fullLegend: { ["Each unit connects", "to all \($0) pixels"] },
            localTitle: "Diagram of local connection",
            localCaption: "Local connection: each unit connects only to its own small patch",
            localDescription: { title, input, column, kernel in
                "\(title): on the left, the \(input) input grid; \(column); "
                    + "each unit connects only to its own \(kernel) patch of the input (in its color), "
                    + "each line is one weight, and no two units share a weight"
            },
            localToy: { input, hidden, kernel, kernelArea, connections in
                ["Toy: \(input) input, ", counted(hidden, "unit", "units") + ", ", "each to its own \(kernel) patch: ",
                 "\(hidden) × \(kernelArea) = \(counted(connections, "connection", "connections"))"]
            },
            localReal: { image, hidden, field, parameters in
                ["Real scale: \(image) input, ", countedText(hidden, "unit", "units") + ", ", "each to a \(field) patch: ",
                 countedText(parameters, "parameter", "parameters")]
            },
            localLegend: { ["Same color: one unit", "and its own \($0) patch"] },
            sharedTitle: "Diagram of shared weights",
            sharedCaption: "Shared weights: every unit uses the same set of weights",
            sharedDescription: { title, input, column, kernel, weights in
                "\(title): on the left, the \(input) input grid; \(column); "
                    + "each unit connects to its own \(kernel) patch, and connections at the same place in a patch "
                    + "use the same weight, drawn in the same color and line style and numbered \(weights): "
                    + "all units use one set of weights"
            },
            sharedToy: { hidden, kernel, kernelArea, weights, connections in
                ["Toy: " + counted(hidden, "unit", "units") + " ", "share one \(kernel) set of \(counted(kernelArea, "weight", "weights")) \(weights): ",
                 "\(hidden) × \(kernelArea) = \(counted(connections, "connection", "connections")), ",
                 "yet only " + counted(kernelArea, "parameter", "parameters")]
            },
            sharedDrawnUnits: { "the figure draws \($0) units" },
            sharedReal: { hidden, field, parameters in
                ["Real scale: " + countedText(hidden, "unit", "units") + " ", "share one \(field) set of weights: ",
                 countedText(parameters, "parameter", "parameters")]
            },
            sharedLegendHeading: { "Shared \($0) weights" },
            filtersTitle: "Diagram of several kernels",
            filtersCaption: "Several kernels: each kernel gives a feature map of its own",
            filtersDescription: { title, input, kernel, count, output in
                "\(title): on the left, the \(input) input grid, with a box around one \(kernel) patch; "
                    + "in the middle, \(counted(count, "kernel", "kernels")), each in its own color; "
                    + "on the right, \(count) \(output) feature \(count == 1 ? "map" : "maps"): "
                    + "each kernel computes one value of its own map from this patch (the filled cell)"
            },
            kernelLabel: { "Kernel \($0)" },
            featureMapLabel: { "Map \($0)" },
            kernelsHeading: { count, kernel in counted(count, "kernel", "kernels") + ", \(kernel)" },
            featureMapsHeading: { count, output in counted(count, "feature map", "feature maps") + ", \(output)" },
            filtersKey: ["Each color is one kernel and the feature map it gives; ",
                         "the box on the input is the patch the kernels look at"],
            filtersToy: { input, count, kernel, output, kernelArea, weights in
                ["Toy: \(input) input, ", "\(counted(count, "kernel", "kernels")) of \(kernel), ",
                 "each giving one \(output) feature map: ", "\(count) × \(kernelArea) = \(counted(weights, "weight", "weights"))"]
            },
            filtersReal: { count, field, parameters in
                ["Real scale: \(countedText(count, "kernel", "kernels")) of \(field), ", "each giving one feature map: ",
                 countedText(parameters, "parameter", "parameters")]
            },
            ladderTitle: "Diagram of the parameter ladder",
            ladderCaption: "Parameters of the four connection schemes (log scale)",
            ladderFullName: "Full connection",
            ladderLocalName: "Local connection",
            ladderSharedName: "Shared weights",
            ladderKernelsName: { countedText($0, "kernel", "kernels") },
            ladderFullDetail: "each unit to all pixels",
            ladderLocalDetail: { "each unit to \($0)" },
            ladderSharedDetail: { "\($0) for all units" },
            ladderKernelsDetail: { "\($0) per kernel" },
            ladderAxisHeading: "Parameters (log scale)",
            ladderScaleNote: { ["Log scale: ", "bar length is proportional to log₁₀ of the count, ",
                                "adjacent ticks differ by a factor of \($0)"] },
            ladderReal: { image, hidden, field, kernels in
                ["Real scale: \(image) input, ", countedText(hidden, "unit", "units") + ", ", "\(field) receptive field, ",
                 countedText(kernels, "kernel", "kernels")]
            },
            ladderChange: englishChange,
            ladderSummaryRow: { name, parameters, change in
                let row = "\(name): " + countedText(parameters, "parameter", "parameters")
                switch change {
                case nil: return row
                case .incomparable?: return row + " (not comparable with the scheme before)"
                case .same?: return row + " (the same as the scheme before)"
                case let change?: return row + " (\(englishChange(change)) than the scheme before)"
                }
            },
            ladderSummarySeparator: "; ",
            ladderDescription: {
                "\($0): the parameter counts of the four connection schemes on a log scale, "
                    + "each bar's length proportional to log₁₀ of its count"
            },
            depthwiseTitle: "Depthwise-separable convolution",
            depthwiseCaption: "A standard convolution against depthwise plus pointwise: the weights of each step",
            standardStepName: "Standard",
            depthwiseStepName: "Depthwise",
            pointwiseStepName: "Pointwise (1×1)",
            kernelCount: { kernel, count in "\(kernel), \(count) of them" },
            stepWeights: { formula, weights in "\(formula) = \(weights) weights" },
            separableSumName: "Both steps",
            separableRatio: { "The standard convolution has about \($0)× the weights of both steps" },
            linearBarsNote: "Bar length is proportional to the count (linear scale)",
            channelsDrawn: { drawn, total in "\(drawn) of \(total) channels drawn" },
            depthwiseDescription: { title, input, output, kernel in
                "\(title): \(input) input channels, \(output) output channels, \(kernel) kernels; the weights of a standard "
                    + "convolution against a depthwise and a pointwise one, bar length proportional to the count"
            },
            bottleneckTitle: "Bottleneck block",
            bottleneckCaption: "A bottleneck block: 1×1 reduce, convolution, 1×1 expand, with the channels and weights of each step",
            reduceStepName: "1×1 reduce",
            middleStepName: { "\($0) convolution" },
            expandStepName: "1×1 expand",
            channelChange: { from, to in "\(from) → \(to) channels" },
            bottleneckTotal: { "Total \($0) weights" },
            bottleneckComparison: { kernel, channels, weights in "Compare: two \(kernel) layers on \(channels) channels, \(weights) weights" },
            channelBarsNote: "Bar width is proportional to the channels",
            bottleneckDescription: { title, channels, width, kernel in
                "\(title): \(channels) channels reduced to \(width) by a 1×1 convolution, a \(kernel) convolution, "
                    + "then expanded back to \(channels) by a 1×1 convolution"
            },
            maxPoolingTitle: "Max pooling",
            averagePoolingTitle: "Average pooling",
            poolingCaption: "Pooling: one value per window, a smaller output, no parameters",
            outputHeading: { "Output \($0)" },
            poolingToy: { input, window, stride, output in ["Toy: \(input) input, ", "\(window) window, ", "stride \(stride): ", "output \(output)"] },
            poolingReal: { input, output in ["Real scale: \(input) input: ", "output \(output)"] },
            poolingNoParameters: "Pooling only takes a maximum or an average: 0 parameters",
            poolingDescription: { title, input, window, output in
                "\(title): a \(input) input cut into \(window) windows, one value each, gives a \(output) output with no parameters"
            },
            convolutionSettings: { stride, padding in
                "Stride \(stride)" + (padding > 0 ? ", " + counted(padding, "ring", "rings") + " of zeros (outside the bold frame)" : "")
            }),
        callouts: CalloutWords(
            note: "Note",
            tip: "Tip",
            important: "Important",
            warning: "Warning",
            caution: "Caution"),
        numbers: NumberWords(
            compactLocale: "en_US",
            compactFirstUnit: 1_000))
}

/// "1 unit", "4 units".
private func counted(_ count: Int, _ singular: String, _ plural: String) -> String {
    "\(count) \(count == 1 ? singular : plural)"
}

/// The same for a count the site formatted ("10⁶ units", "1 unit").
private func countedText(_ text: String, _ singular: String, _ plural: String) -> String {
    "\(text) \(text == "1" ? singular : plural)"
}

/// "4 orders of magnitude fewer", "about 3.9 orders of magnitude more", "same", "not comparable".
@Sendable private func englishChange(_ change: MagnitudeChange) -> String {
    func orders(_ orders: String, _ exact: Bool) -> String {
        (exact ? "" : "about ") + orders + (orders == "1" ? " order" : " orders") + " of magnitude"
    }
    switch change {
    case .incomparable: return "not comparable"
    case .same: return "same"
    case .fewer(let count, let exact): return orders(count, exact) + " fewer"
    case .more(let count, let exact): return orders(count, exact) + " more"
    }
}
