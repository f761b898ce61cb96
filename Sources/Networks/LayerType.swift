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
    case silu
    case sigmoid
    case hardswish
    case hardsigmoid
    case gelu
    /// The input unchanged (PyTorch's `nn.Identity`): a pass-through branch.
    case identity
    case dropout
    /// Drops a whole residual branch at random in training (torchvision's `StochasticDepth`).
    case stochasticDepth = "stochastic_depth"
    /// Layer normalization over the channels of each position (torchvision's `LayerNorm2d`).
    case layernorm
    /// A learnable factor per channel (ConvNeXt's layer scale).
    case scale
    /// Channel shuffle: the channels regrouped across `groups` (ShuffleNet).
    case shuffle
    /// Its layers in order, as one named group (PyTorch's `nn.Sequential`).
    case sequential
    /// Its layers, `n` times in a row.
    case `repeat`
    /// A main path and an optional shortcut, both fed the same input, added.
    case residual
    /// Parallel branches fed the same input, joined along the channels.
    case concat
    /// Parallel branches each fed an equal share of the channels (`torch.chunk`), joined again.
    case split
    /// Its layers computed from the input, then multiplied with the input (squeeze-excitation).
    case gate
    /// Its layers fed the current tensor as a second output head (an auxiliary
    /// classifier); the main path goes on with the tensor unchanged.
    case sideOutput = "side_output"
}
