extension LanguageCatalog {
    /// zh-CN: the words of the shipped site, exactly as they were compiled in
    /// before the catalog existed (the Chinese site's bytes depend on them).
    public static let simplifiedChinese = LanguageCatalog(
        tag: "zh-CN",
        script: "Hans",
        page: PageWords(
            anchorLabel: "本节链接",
            chapterNumber: { "第 \($0) 章" },
            tableLabel: "表格",
            labelSeparator: "：",
            listSeparator: "、",
            taskDone: "已完成",
            taskOpen: "未完成",
            backToText: "返回正文"),
        theme: ThemeWords(
            skipToContent: "跳到正文",
            chapterMenuLabel: "章节",
            allChapters: "全部章节",
            allChaptersOnHome: "在首页查看全部章节",
            tableOfContents: "本章内容",
            pagerLabel: "翻页",
            previousChapter: "上一章",
            nextChapter: "下一章",
            back: "返回",
            finished: "读完了",
            backToChapterList: "回到章节列表",
            home: "首页",
            generatedBy: { "由 \($0) 生成" },
            startReading: "从第一章读起：",
            chapterListHeading: "章节",
            notFoundTitle: "页面不存在",
            notFoundExplanation: "你要找的页面不在这里：它可能改了名字，也可能是链接写错了。",
            notFoundBeforeLink: "可以",
            notFoundLinkHome: "回到首页",
            notFoundAfterLink: "，或者从下面的章节列表重新开始。",
            notFoundChapterListHeading: "全部章节",
            copyCode: "复制",
            copiedCode: "已复制",
            editPage: "编辑本页",
            lastUpdated: "最后更新",
            colorScheme: "外观",
            colorSchemeLight: "浅色",
            colorSchemeDark: "深色",
            colorSchemeSystem: "跟随系统",
            searchLabel: "搜索",
            searchPlaceholder: "搜索本站",
            searchNoResults: "没有找到结果",
            searchResultCountOne: "找到 {count} 个结果",
            searchResultCountOther: "找到 {count} 个结果",
            searchResults: "搜索结果",
            searchLoadError: "搜索索引没有加载成功"),
        tables: TableWords(
            schemesCaption: "连接方式与参数量",
            schemeColumn: "连接方式",
            connectionsColumn: "连接数",
            parametersColumn: "参数量",
            comparedColumn: "比上一行",
            fullRow: "全连接",
            localRow: "局部连接",
            sharedRow: "权值共享（1 个卷积核）",
            kernelsRow: { _, count in "\(count) 个卷积核" },
            sameAsPrevious: "相同",
            modelCaption: { "\($0) 的逐层参数" },
            layerColumn: "层",
            outputShapeColumn: "输出形状",
            modelParametersColumn: "参数量",
            shareColumn: "占比",
            inputRow: "输入",
            totalRow: "合计",
            shareBarLabel: { convolution, dense, other in
                "卷积层 \(convolution),全连接层 \(dense)" + (other.map { ",其他 \($0)" } ?? "")
            },
            convolutionShare: "卷积",
            denseShare: "全连接",
            otherShare: "其他",
            foldedTableSummary: { "逐层参数表（共 \($0) 行，点击展开）" }),
        diagrams: DiagramWords(
            inputHeading: { "输入 \($0)" },
            hiddenLayerHeading: { "隐藏层 \($0) 个神经元" },
            samplingCount: { drawn, total in "显示 \(drawn) / \(total) 个神经元" },
            columnAll: { "右边是 \($0) 个隐藏层神经元" },
            columnSampled: { total, drawn in "右边是 \(total) 个隐藏层神经元中的 \(drawn) 个（省略号处略去其余神经元）" },
            oneWeightLegend: "= 1 个权值",
            clauseSeparator: "，",
            sentences: { $0.map { $0 + "。" }.joined() },
            drawnConnections: { units, connections in "图中画出 \(units) 个神经元的 \(connections) 条" },
            fullTitle: "全连接示意图",
            fullCaption: "全连接：每个像素都连到每个隐藏层神经元",
            fullDescription: { title, input, pixels, column in
                "\(title)：左边是 \(input) 的输入网格（\(pixels) 个像素），\(column)；每个像素都有一条线连到每个神经元，每条线是一个权值"
            },
            fullToy: { input, hidden, pixels, connections in
                ["示意：\(input) 输入、", "\(hidden) 个神经元，", "每个像素连到每个神经元：", "\(pixels) × \(hidden) = \(connections) 条连接"]
            },
            fullReal: { image, hidden, parameters in ["实际：\(image) 输入、", "\(hidden) 个神经元：", "\(parameters) 个参数"] },
            fullLegend: { ["每个神经元都连", "全部 \($0) 个像素"] },
            localTitle: "局部连接示意图",
            localCaption: "局部连接：每个神经元只连自己的一小块区域",
            localDescription: { title, input, column, kernel in
                "\(title)：左边是 \(input) 的输入网格，\(column)；"
                    + "每个神经元只连到输入上属于它自己的一块 \(kernel) 区域（同一颜色），每条线是一个权值，各神经元的权值互不相同"
            },
            localToy: { input, hidden, kernel, kernelArea, connections in
                ["示意：\(input) 输入、", "\(hidden) 个神经元，", "每个只连自己的 \(kernel) 区域：", "\(hidden) × \(kernelArea) = \(connections) 条连接"]
            },
            localReal: { image, hidden, field, parameters in
                ["实际：\(image) 输入、", "\(hidden) 个神经元，", "各连 \(field) 区域：", "\(parameters) 个参数"]
            },
            localLegend: { ["同一颜色：一个神经元", "和它自己的 \($0) 区域"] },
            sharedTitle: "权值共享示意图",
            sharedCaption: "权值共享：每个神经元都用同一组权值",
            sharedDescription: { title, input, column, kernel, weights in
                "\(title)：左边是 \(input) 的输入网格，\(column)；"
                    + "每个神经元连到自己的一块 \(kernel) 区域，区域里同一位置的连接用同一个权值，"
                    + "以相同的颜色、线型和编号 \(weights) 标出，所有神经元用的是同一组权值"
            },
            sharedToy: { hidden, kernel, kernelArea, weights, connections in
                ["示意：\(hidden) 个神经元", "共用同一组 \(kernel) = \(kernelArea) 个权值 \(weights)，",
                 "\(hidden) × \(kernelArea) = \(connections) 条连接，", "却只有 \(kernelArea) 个参数"]
            },
            sharedDrawnUnits: { "图中画出 \($0) 个神经元" },
            sharedReal: { hidden, field, parameters in ["实际：\(hidden) 个神经元", "共用同一组 \(field) 权值：", "\(parameters) 个参数"] },
            sharedLegendHeading: { "共用的 \($0) 权值" },
            filtersTitle: "多个卷积核示意图",
            filtersCaption: "多个卷积核：每个卷积核各得一张特征图",
            filtersDescription: { title, input, kernel, count, output in
                "\(title)：左边是 \(input) 的输入网格，方框标出一块 \(kernel) 区域；"
                    + "中间是 \(count) 个卷积核，各用一种颜色；右边是 \(count) 张 \(output) 特征图，"
                    + "每个卷积核在这块区域上算出自己特征图里的一个值（实心格）"
            },
            kernelLabel: { "核 \($0)" },
            featureMapLabel: { "特征图 \($0)" },
            kernelsHeading: { count, kernel in "\(count) 个 \(kernel) 卷积核" },
            featureMapsHeading: { count, output in "\(count) 张 \(output) 特征图" },
            filtersKey: ["每种颜色是一个卷积核和它得到的特征图；", "输入上的方框是卷积核正在看的区域"],
            filtersToy: { input, count, kernel, output, kernelArea, weights in
                ["示意：\(input) 输入、", "\(count) 个 \(kernel) 卷积核，", "各得一张 \(output) 特征图：",
                 "\(count) × \(kernelArea) = \(weights) 个权值"]
            },
            filtersReal: { count, field, parameters in ["实际：\(count) 个 \(field) 卷积核，", "各得一张特征图：", "\(parameters) 个参数"] },
            ladderTitle: "参数个数阶梯示意图",
            ladderCaption: "四种连接方式的参数个数（对数刻度）",
            ladderFullName: "全连接",
            ladderLocalName: "局部连接",
            ladderSharedName: "权值共享",
            ladderKernelsName: { "\($0) 个卷积核" },
            ladderFullDetail: "每个神经元连全部像素",
            ladderLocalDetail: { "每个神经元连 \($0) 区域" },
            ladderSharedDetail: { "所有神经元共用 \($0) 权值" },
            ladderKernelsDetail: { "每个卷积核 \($0) 权值" },
            ladderAxisHeading: "参数个数（对数刻度）",
            ladderScaleNote: { ["对数刻度：", "条长与参数个数的 log₁₀ 成正比，", "相邻刻度相差 \($0) 倍"] },
            ladderReal: { image, hidden, field, kernels in
                ["实际：\(image) 输入、", "\(hidden) 个神经元、", "\(field) 感受野、", "\(kernels) 个卷积核"]
            },
            ladderChange: simplifiedChineseChange,
            ladderSummaryRow: { name, parameters, change in
                "\(name) \(parameters) 个参数" + (change.map { "（比上一种\(simplifiedChineseChange($0))）" } ?? "")
            },
            ladderSummarySeparator: "；",
            ladderDescription: { "\($0)：四种连接方式的参数个数画在对数刻度上，条长与参数个数的 log₁₀ 成正比" },
            depthwiseTitle: "深度可分离卷积示意图",
            depthwiseCaption: "普通卷积与逐通道卷积 + 逐点卷积：每一步的参数",
            standardStepName: "普通卷积",
            depthwiseStepName: "逐通道卷积",
            pointwiseStepName: "逐点卷积（1×1）",
            kernelCount: { kernel, count in "\(kernel)，共 \(count) 个" },
            stepWeights: { formula, weights in "\(formula) = \(weights) 个参数" },
            separableSumName: "两步合计",
            separableRatio: { "普通卷积的参数约为两步合计的 \($0) 倍" },
            linearBarsNote: "条长与参数个数成正比（线性刻度）",
            channelsDrawn: { drawn, total in "画出 \(drawn) / \(total) 个通道" },
            depthwiseDescription: { title, input, output, kernel in
                "\(title)：\(input) 个输入通道、\(output) 个输出通道、\(kernel) 卷积核，普通卷积与逐通道卷积加逐点卷积的参数，条长与参数个数成正比"
            },
            bottleneckTitle: "瓶颈块示意图",
            bottleneckCaption: "瓶颈块：1×1 压缩、卷积、1×1 还原，每一步的通道数和参数",
            reduceStepName: "1×1 压缩",
            middleStepName: { "\($0) 卷积" },
            expandStepName: "1×1 还原",
            channelChange: { from, to in "\(from) → \(to) 个通道" },
            bottleneckTotal: { "合计 \($0) 个参数" },
            bottleneckComparison: { kernel, channels, weights in "对比：两个 \(kernel) 卷积层（\(channels) 个通道）\(weights) 个参数" },
            channelBarsNote: "条宽与通道数成正比",
            bottleneckDescription: { title, channels, width, kernel in
                "\(title)：\(channels) 个通道先用 1×1 卷积压到 \(width) 个，做 \(kernel) 卷积，再用 1×1 卷积还原到 \(channels) 个"
            },
            maxPoolingTitle: "最大池化示意图",
            averagePoolingTitle: "平均池化示意图",
            poolingCaption: "池化：每个窗口取一个值，输出变小，没有参数",
            outputHeading: { "输出 \($0)" },
            poolingToy: { input, window, stride, output in ["示意：\(input) 输入、", "\(window) 窗口、", "步长 \(stride)：", "输出 \(output)"] },
            poolingReal: { input, output in ["实际：\(input) 输入：", "输出 \(output)"] },
            poolingNoParameters: "池化只取最大值或平均值：0 个参数",
            poolingDescription: { title, input, window, output in
                "\(title)：\(input) 的输入按 \(window) 的窗口分块，每块取一个值，得到 \(output) 的输出，没有参数"
            },
            convolutionSettings: { stride, padding in
                "步长 \(stride)" + (padding > 0 ? "、四周补 \(padding) 圈 0（粗框外）" : "")
            }),
        callouts: CalloutWords(
            note: "注意",
            tip: "提示",
            important: "重要",
            warning: "警告",
            caution: "小心"),
        numbers: NumberWords(
            compactLocale: "zh_CN",
            compactFirstUnit: 10_000))
}

/// "少 4 个数量级", "约多 3.9 个数量级", "相同", "无法比较".
@Sendable private func simplifiedChineseChange(_ change: MagnitudeChange) -> String {
    switch change {
    case .incomparable: return "无法比较"
    case .same: return "相同"
    case .fewer(let orders, let exact): return (exact ? "" : "约") + "少 \(orders) 个数量级"
    case .more(let orders, let exact): return (exact ? "" : "约") + "多 \(orders) 个数量级"
    }
}
