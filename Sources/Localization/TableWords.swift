/// Words of the tables the explainer's blocks write.
public struct TableWords: Sendable {
    // The `params` block (Blocks/ParamsTable.swift).
    /// Caption and `aria-label` of the schemes table: "连接方式与参数量",
    /// "Connection schemes and their parameters".
    public let schemesCaption: String
    /// Column headers: "连接方式", "连接数", "参数量", "比上一行".
    public let schemeColumn: String
    public let connectionsColumn: String
    public let parametersColumn: String
    public let comparedColumn: String
    /// Row names: "全连接", "局部连接", "权值共享（1 个卷积核）".
    public let fullRow: String
    public let localRow: String
    public let sharedRow: String
    /// The several-kernels row, with the site-formatted count (HTML):
    /// "100 个卷积核", "100 kernels".
    public let kernelsRow: @Sendable (_ count: Int, _ countText: String) -> String
    /// The comparison column when a row has as many parameters as the one above: "相同", "same".
    public let sameAsPrevious: String

    // The `model` block (Blocks/ModelBlock.swift).
    /// Caption and `aria-label` of a network's table, with its (escaped) title:
    /// "LeNet 的逐层参数", "LeNet: parameters by layer".
    public let modelCaption: @Sendable (_ title: String) -> String
    /// Column headers: "层", "输出形状", "参数量", "占比".
    public let layerColumn: String
    public let outputShapeColumn: String
    public let modelParametersColumn: String
    public let shareColumn: String
    /// The first row (the input) and the footer row: "输入", "合计".
    public let inputRow: String
    public let totalRow: String
    /// The share bar's `aria-label`, with percentages; `other` is nil when no
    /// layer is neither convolution nor dense: "卷积层 60.0%,全连接层 40.0%".
    public let shareBarLabel: @Sendable (_ convolution: String, _ dense: String, _ other: String?) -> String
    /// The share bar's segments, before their percentages: "卷积", "全连接", "其他".
    public let convolutionShare: String
    public let denseShare: String
    public let otherShare: String
    /// The summary of a long network's table, folded in a `<details>` element,
    /// with its number of layer rows: "逐层参数表（共 161 行，点击展开）",
    /// "Parameters by layer (161 rows, click to expand)".
    public let foldedTableSummary: @Sendable (_ rows: Int) -> String
}
