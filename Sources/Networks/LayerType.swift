/// The kinds of layers a network declaration can list; the raw value is the
/// key written in the declaration (and PyTorch's module name in lower case).
public enum LayerType: String, Sendable, Hashable, CaseIterable {
    case conv2d
    case batchnorm2d
    case linear
    case maxpool2d
    case avgpool2d
    case adaptiveAvgpool2d = "adaptive_avgpool2d"
    case flatten
    case relu
    case relu6
    case dropout
    /// Its layers in order, as one named group (PyTorch's `nn.Sequential`).
    case sequential
    /// Its layers, `n` times in a row.
    case `repeat`
    /// A main path and an optional shortcut, both fed the same input, added.
    case residual
    /// Parallel branches fed the same input, joined along the channels.
    case concat
}
