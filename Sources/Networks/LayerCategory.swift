/// Where a layer's parameters count in a model's split between convolutions and
/// dense (fully connected) layers, the comparison the explainer is about.
public enum LayerCategory: String, Sendable, Hashable, CaseIterable {
    /// `conv2d`: shared kernels.
    case convolution
    /// `linear`: every input connected to every output.
    case dense
    /// `batchnorm2d`: a scale and a shift per channel.
    case normalization
    /// Parameter-free layers: pooling, activations, dropout, flatten.
    case none
    /// A row that groups other rows (`sequential`, `repeat`, `residual`, `concat`);
    /// its parameters are the subtotal of the rows under it, so leave group rows
    /// out when adding rows up.
    case group
}
