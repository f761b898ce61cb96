import ConfigTree

/// A network declared as a layer list, with every layer's output shape and its
/// parameters counted as torchvision's `num_params` counts them (learnable
/// parameters only).
///
/// The declaration format (full reference with examples: `FORMAT.md` beside this file):
///
/// ```yaml
/// name: lenet                  # identifier: letters, digits, _ (the site names lenet_total, …)
/// title: LeNet（PyTorch 教程版）  # optional display title
/// input: 1x32x32               # C×H×W (or [1, 32, 32]), or a feature count such as 784
/// layers:
///   - conv2d: {in: 1, out: 6, kernel: 5}
///     name: conv1              # optional, for tables and messages
///   - relu
///   - maxpool2d: {kernel: 2}
///   - flatten
///   - linear: {out: 120}       # in is derived (400), checked when written
/// ```
///
/// Each list item is one layer: a mapping with exactly one type key (whose value
/// holds the fields) and an optional `name`, or just the type (`- relu`) when no
/// field is needed. Types and fields (PyTorch's defaults):
/// - `conv2d`: `out`, `kernel`; `in` (derived), `stride` 1, `padding` 0 (or `same`, `valid`),
///   `dilation` 1, `groups` 1, `bias` true.
/// - `batchnorm2d`: `features` (derived), `affine` true. `linear`: `out`; `in` (derived), `bias` true.
/// - `maxpool2d`: `kernel`; `stride` (= kernel), `padding` 0, `dilation` 1, `ceil_mode` false.
///   `avgpool2d`: the same without `dilation`. `adaptive_avgpool2d`: `output`.
/// - `flatten`, `identity`, `relu`, `relu6`, `silu`, `sigmoid`, `hardswish`, `hardsigmoid`,
///   `gelu`; `dropout` with optional `p`; `stochastic_depth` with `p`, `mode`.
/// - `layernorm`: `features` (derived), `affine` true. `scale`: `features` (derived).
///   `shuffle`: `groups`. `linear` also takes `pointwise: true` (over the channels).
/// - Groups: `sequential: [layers]`, `repeat: {n, layers}`,
///   `residual: {main: [layers], shortcut: [layers]}` (no shortcut: identity),
///   `concat: [branches]` (each branch one layer, often a `sequential`),
///   `split: [branches]` (equal shares of the channels), `gate: [layers]` (multiplied
///   with the input, broadcasting), `side_output: [layers]` (a second head).
/// Sizes (`kernel`, `stride`, `padding`, `dilation`, `output`) are `3` or `7x1` (width × height,
/// ConfigTree's one order; PyTorch's `kernel_size=(1, 7)`).
public struct NetworkModel: Sendable, Hashable {
    /// The identifier from the declaration (`lenet`).
    public var name: String
    /// The `name:` as declared, and where its value is written (relative to the
    /// declaration): a loader compares it with the model file's name and reports
    /// a mismatch there.
    public var declaredName: String { name }
    public var nameLocation: SourceLocation
    /// The optional display title (`LeNet（PyTorch 教程版）`).
    public var title: String?
    public var input: TensorShape
    /// The shape the last layer outputs.
    public var output: TensorShape
    /// Every layer and group in declaration order (see `LayerRow`).
    public var rows: [LayerRow]
    public var totalParameters: Int
    /// Parameters of `conv2d` layers.
    public var convolutionParameters: Int
    /// Parameters of `linear` layers.
    public var denseParameters: Int
    /// Parameters of every other layer (`batchnorm2d`, `layernorm`, `scale`).
    public var otherParameters: Int
    /// Parameters of the layers inside `side_output` groups (auxiliary heads),
    /// included in `totalParameters` and in the split above.
    public var sideOutputParameters: Int
    /// The total without the side output heads (a network as evaluated with them removed).
    public var parametersWithoutSideOutputs: Int { totalParameters - sideOutputParameters }

    /// Reads, checks and counts a declaration. Throws every problem found, each
    /// with the location of the offending node and a message naming the layer.
    public init(declaration: ConfigNode) throws(ConfigErrors) {
        let diagnostics = Diagnostics()
        guard let entries = declaration.entries else {
            throw ConfigErrors([ConfigError("a network declaration must be a mapping with name, input and layers, found \(declaration.kindName)",
                                            at: declaration.location)])
        }
        for entry in entries where !Self.fields.contains(entry.key) {
            diagnostics.add("unknown field '\(entry.key)' in a network declaration\(Suggestion.didYouMean(entry.key, in: Self.fields))",
                            at: entry.keyLocation)
        }
        func required(_ key: String) -> ConfigNode? {
            guard let node = declaration[key] else {
                diagnostics.add("a network declaration needs '\(key)'", at: declaration.location)
                return nil
            }
            return node
        }

        let nameNode = required("name")
        if let nameNode, !Self.isIdentifier(nameNode.scalar) {
            diagnostics.add("name must be an identifier (letters, digits and _, starting with a letter), not \(ValueSyntax.written(nameNode))",
                            at: nameNode.location)
        }
        let titleNode = declaration["title"]
        if let titleNode, titleNode.scalar?.isEmpty ?? true {
            diagnostics.add("title must be non-empty text, not \(ValueSyntax.written(titleNode))", at: titleNode.location)
        }
        var input: TensorShape?
        if let inputNode = required("input") {
            switch ValueSyntax.shape(inputNode) {
            case .success(let shape): input = shape
            case .failure(let problem): diagnostics.add("input \(problem.message)", at: inputNode.location)
            }
        }
        let layersNode = required("layers")
        let layers = layersNode.map {
            DeclarationReader(diagnostics: diagnostics).layers($0, parentPath: "", context: "layers")
        } ?? []
        guard diagnostics.isEmpty, let name = nameNode?.scalar, let input, let layersNode else {
            throw ConfigErrors(diagnostics.errors)
        }

        var inference = ShapeInference(diagnostics: diagnostics)
        let flow = inference.run(layers, input: input, parentPath: "", depth: 0, context: "the network", at: layersNode.location)
        guard diagnostics.isEmpty, let output = flow.shape, let total = flow.parameters,
              let sideOutputParameters = inference.sideOutputParameters else {
            throw ConfigErrors(diagnostics.errors)
        }
        // Each category's sum is part of the total, which did not overflow; checked all the same.
        var totals: [LayerCategory: Int] = [:]
        for row in inference.rows where row.category != .group {
            guard let sum = try? Checked.add(totals[row.category, default: 0], row.parameters) else {
                throw ConfigErrors([ConfigError("the \(row.category.rawValue) parameter count of the network overflows", at: layersNode.location)])
            }
            totals[row.category] = sum
        }

        self.name = name
        self.nameLocation = nameNode?.location ?? declaration.location
        self.sideOutputParameters = sideOutputParameters
        self.title = titleNode?.scalar
        self.input = input
        self.output = output
        self.rows = inference.rows
        self.totalParameters = total
        self.convolutionParameters = totals[.convolution, default: 0]
        self.denseParameters = totals[.dense, default: 0]
        self.otherParameters = total - convolutionParameters - denseParameters
    }

    private static let fields = ["name", "title", "input", "layers"]

    private static func isIdentifier(_ text: String?) -> Bool {
        guard let text, let first = text.unicodeScalars.first, first.properties.isAlphabetic, first.isASCII else { return false }
        return text.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_") }
    }
}
