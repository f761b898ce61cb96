/// Every word of the five diagram kinds (Sources/Diagrams).
///
/// Notes under a figure are lists of segments: a line wraps only between
/// segments, so a segment is what may end a line (in English, segments end
/// with the space before the next one; a line's trailing spaces are dropped).
/// A figure's description (its SVG `<desc>`) is built from sentences joined by
/// `sentences`, so each description function returns one sentence without
/// its final full stop. Sizes arrive written ("6×6"), counts as numbers or as
/// the text the site formatted ("10⁶").
public struct DiagramWords: Sendable {
    // Shared by several kinds.
    /// Heading above the input grid (all but ladder): "输入 6×6", "Input 6×6".
    public let inputHeading: @Sendable (_ size: String) -> String
    /// Heading above the hidden-layer column: "隐藏层 4 个神经元", "Hidden layer: 4 units".
    public let hiddenLayerHeading: @Sendable (_ units: Int) -> String
    /// Under a sampled column: "显示 7 / 16 个神经元", "Showing 7 of 16 units".
    public let samplingCount: @Sendable (_ drawn: Int, _ total: Int) -> String
    /// The column in a description: "右边是 4 个隐藏层神经元".
    public let columnAll: @Sendable (_ total: Int) -> String
    /// A sampled column in a description:
    /// "右边是 16 个隐藏层神经元中的 7 个（省略号处略去其余神经元）".
    public let columnSampled: @Sendable (_ total: Int, _ drawn: Int) -> String
    /// Legend of an edge sample: "= 1 个权值", "= 1 weight".
    public let oneWeightLegend: String
    /// Ends a toy note's last segment before the sampled-column segment: "，", ", ".
    public let clauseSeparator: String
    /// Joins the sentences of a description, each ending with a full stop:
    /// "甲。乙。", "A. B.".
    public let sentences: @Sendable (_ sentences: [String]) -> String
    /// A sampled full or local figure's toy note: "图中画出 7 个神经元的 252 条".
    public let drawnConnections: @Sendable (_ units: Int, _ connections: Int) -> String

    // Full connection.
    /// "全连接示意图", the SVG `<title>`.
    public let fullTitle: String
    /// "全连接：每个像素都连到每个隐藏层神经元", the `<figcaption>` unless the author gives one.
    public let fullCaption: String
    /// First sentence of the description.
    public let fullDescription: @Sendable (_ title: String, _ input: String, _ pixels: Int, _ column: String) -> String
    /// Toy note: "示意：6×6 输入、" "4 个神经元，" "每个像素连到每个神经元：" "36 × 4 = 144 条连接".
    public let fullToy: @Sendable (_ input: String, _ hidden: Int, _ pixels: Int, _ connections: Int) -> [String]
    /// Real-scale note: "实际：1000×1000 输入、" "10⁶ 个神经元：" "10¹² 个参数".
    public let fullReal: @Sendable (_ image: String, _ hidden: String, _ parameters: String) -> [String]
    /// Legend lines under the edge sample: "每个神经元都连" "全部 36 个像素".
    public let fullLegend: @Sendable (_ pixels: Int) -> [String]

    // Local connection.
    public let localTitle: String
    public let localCaption: String
    public let localDescription: @Sendable (_ title: String, _ input: String, _ column: String, _ kernel: String) -> String
    /// "示意：6×6 输入、" "4 个神经元，" "每个只连自己的 3×3 区域：" "4 × 9 = 36 条连接".
    public let localToy: @Sendable (_ input: String, _ hidden: Int, _ kernel: String, _ kernelArea: Int, _ connections: Int) -> [String]
    /// "实际：…输入、" "… 个神经元，" "各连 10×10 区域：" "10⁸ 个参数".
    public let localReal: @Sendable (_ image: String, _ hidden: String, _ field: String, _ parameters: String) -> [String]
    /// "同一颜色：一个神经元" "和它自己的 3×3 区域".
    public let localLegend: @Sendable (_ kernel: String) -> [String]

    // Shared weights.
    public let sharedTitle: String
    public let sharedCaption: String
    /// `weights` names them: "w1…w9".
    public let sharedDescription: @Sendable (_ title: String, _ input: String, _ column: String, _ kernel: String, _ weights: String) -> String
    /// "示意：4 个神经元" "共用同一组 3×3 = 9 个权值 w1…w9，" "4 × 9 = 36 条连接，" "却只有 9 个参数".
    public let sharedToy: @Sendable (_ hidden: Int, _ kernel: String, _ kernelArea: Int, _ weights: String, _ connections: Int) -> [String]
    /// A sampled shared figure's toy note: "图中画出 7 个神经元".
    public let sharedDrawnUnits: @Sendable (_ units: Int) -> String
    /// "实际：10⁶ 个神经元" "共用同一组 10×10 权值：" "100 个参数".
    public let sharedReal: @Sendable (_ hidden: String, _ field: String, _ parameters: String) -> [String]
    /// Heading of the shared-kernel legend: "共用的 3×3 权值".
    public let sharedLegendHeading: @Sendable (_ kernel: String) -> String

    // Several filters.
    public let filtersTitle: String
    public let filtersCaption: String
    public let filtersDescription: @Sendable (_ title: String, _ input: String, _ kernel: String, _ count: Int, _ output: String) -> String
    /// Above each kernel: "核 1", "Kernel 1".
    public let kernelLabel: @Sendable (_ number: Int) -> String
    /// Beside each feature map: "特征图 1", "Map 1".
    public let featureMapLabel: @Sendable (_ number: Int) -> String
    /// Column headings: "3 个 3×3 卷积核", "3 张 4×4 特征图".
    public let kernelsHeading: @Sendable (_ count: Int, _ kernel: String) -> String
    public let featureMapsHeading: @Sendable (_ count: Int, _ output: String) -> String
    /// The colour key note: "每种颜色是一个卷积核和它得到的特征图；" "输入上的方框是卷积核正在看的区域".
    public let filtersKey: [String]
    /// "示意：6×6 输入、" "3 个 3×3 卷积核，" "各得一张 4×4 特征图：" "3 × 9 = 27 个权值".
    public let filtersToy: @Sendable (_ input: String, _ count: Int, _ kernel: String, _ output: String, _ kernelArea: Int, _ weights: Int) -> [String]
    /// "实际：100 个 10×10 卷积核，" "各得一张特征图：" "10⁴ 个参数".
    public let filtersReal: @Sendable (_ count: String, _ field: String, _ parameters: String) -> [String]

    // Parameter ladder.
    public let ladderTitle: String
    public let ladderCaption: String
    /// Row names: "全连接", "局部连接", "权值共享", "100 个卷积核".
    public let ladderFullName: String
    public let ladderLocalName: String
    public let ladderSharedName: String
    public let ladderKernelsName: @Sendable (_ count: String) -> String
    /// Row details under the names: "每个神经元连全部像素", "每个神经元连 10×10 区域",
    /// "所有神经元共用 10×10 权值", "每个卷积核 10×10 权值".
    public let ladderFullDetail: String
    public let ladderLocalDetail: @Sendable (_ field: String) -> String
    public let ladderSharedDetail: @Sendable (_ field: String) -> String
    public let ladderKernelsDetail: @Sendable (_ field: String) -> String
    /// Heading above the bars: "参数个数（对数刻度）".
    public let ladderAxisHeading: String
    /// The scale note; `factor` is the ratio of adjacent ticks ("10", "10⁵"):
    /// "对数刻度：" "条长与参数个数的 log₁₀ 成正比，" "相邻刻度相差 10 倍".
    public let ladderScaleNote: @Sendable (_ factor: String) -> [String]
    /// "实际：1000×1000 输入、" "10⁶ 个神经元、" "10×10 感受野、" "100 个卷积核".
    public let ladderReal: @Sendable (_ image: String, _ hidden: String, _ field: String, _ kernels: String) -> [String]
    /// Beside a bar: "少 4 个数量级", "约少 3.9 个数量级", "相同", "无法比较".
    public let ladderChange: @Sendable (_ change: MagnitudeChange) -> String
    /// A row in the description: "局部连接 10⁸ 个参数（比上一种少 4 个数量级）"
    /// (no change for the first row).
    public let ladderSummaryRow: @Sendable (_ name: String, _ parameters: String, _ change: MagnitudeChange?) -> String
    /// Joins the rows of the description: "；", "; ".
    public let ladderSummarySeparator: String
    /// First sentence of the description.
    public let ladderDescription: @Sendable (_ title: String) -> String

    // Depthwise-separable convolution (kind `depthwise`).
    public let depthwiseTitle: String
    public let depthwiseCaption: String
    /// The three steps' names: "普通卷积", "逐通道卷积", "逐点卷积（1×1）".
    public let standardStepName: String
    public let depthwiseStepName: String
    public let pointwiseStepName: String
    /// Under a drawn kernel: how many such kernels, "3×3×256，共 256 个", "3×3×256, 256 of them".
    public let kernelCount: @Sendable (_ kernel: String, _ count: String) -> String
    /// A step's weights: "3×3×256×256 = 589,824 个参数", "3×3×256×256 = 589,824 weights".
    public let stepWeights: @Sendable (_ formula: String, _ weights: String) -> String
    /// The separable sum's row name: "两步合计", "Both steps".
    public let separableSumName: String
    /// The ratio note: "普通卷积的参数约为两步合计的 8.69 倍", "The standard convolution has 8.69× the weights of both steps".
    public let separableRatio: @Sendable (_ ratio: String) -> String
    /// The bars' note: "条长与参数个数成正比（线性刻度）", "Bar length is proportional to the count (linear scale)".
    public let linearBarsNote: String
    /// Sampled channel slabs: "画出 4 / 256 个通道", "4 of 256 channels drawn".
    public let channelsDrawn: @Sendable (_ drawn: Int, _ total: Int) -> String
    public let depthwiseDescription: @Sendable (_ title: String, _ inputChannels: Int, _ outputChannels: Int, _ kernel: String) -> String

    // Bottleneck block (kind `bottleneck`).
    public let bottleneckTitle: String
    public let bottleneckCaption: String
    /// Step names: "1×1 压缩", "3×3 卷积", "1×1 还原".
    public let reduceStepName: String
    public let middleStepName: @Sendable (_ kernel: String) -> String
    public let expandStepName: String
    /// Channels in and out of a step: "256 → 64 个通道", "256 → 64 channels".
    public let channelChange: @Sendable (_ from: Int, _ to: Int) -> String
    /// "合计 69,632 个参数", "Total 69,632 weights".
    public let bottleneckTotal: @Sendable (_ weights: String) -> String
    /// "两个 3×3 卷积层（256 个通道）：1,179,648 个参数", "Two 3×3 layers on 256 channels: 1,179,648 weights".
    public let bottleneckComparison: @Sendable (_ kernel: String, _ channels: Int, _ weights: String) -> String
    /// "条宽与通道数成正比", "Bar width is proportional to the channels".
    public let channelBarsNote: String
    public let bottleneckDescription: @Sendable (_ title: String, _ channels: Int, _ width: Int, _ kernel: String) -> String

    // Pooling (kind `pooling`).
    public let maxPoolingTitle: String
    public let averagePoolingTitle: String
    public let poolingCaption: String
    /// Above the output grid: "输出 3×3", "Output 3×3".
    public let outputHeading: @Sendable (_ size: String) -> String
    /// "示意：6×6 输入、2×2 窗口、步长 2：输出 3×3", "Toy: 6×6 input, 2×2 window, stride 2: output 3×3".
    public let poolingToy: @Sendable (_ input: String, _ window: String, _ stride: Int, _ output: String) -> [String]
    /// "实际：1000×1000 输入：输出 500×500", "Real scale: 1000×1000 input: output 500×500".
    public let poolingReal: @Sendable (_ input: String, _ output: String) -> [String]
    /// "池化只取最大值或平均值：0 个参数", "Pooling only takes a maximum or an average: 0 parameters".
    public let poolingNoParameters: String
    public let poolingDescription: @Sendable (_ title: String, _ input: String, _ window: String, _ output: String) -> String
    /// A local or shared figure's toy stride and padding: "步长 2、四周补 1 圈 0（粗框外）",
    /// "Stride 2, 1 ring of zeros (outside the bold frame)"; padding 0 leaves the zeros out.
    public let convolutionSettings: @Sendable (_ stride: Int, _ padding: Int) -> String
}
