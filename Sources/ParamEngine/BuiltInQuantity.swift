/// The quantities every scenario defines, in the order `Scenario.quantities`
/// lists them (the order of the project brief).
///
/// Counting conventions (the source article's): the fully and locally connected
/// layers have `hidden` units each; a locally connected unit sees its own
/// field_width×field_height patch of every channel with weights of its own; a
/// shared kernel is one such patch of weights used at every position; `filters`
/// is filter_count shared kernels. Connections are counted per hidden unit, as
/// the article does (10⁶ units each seeing a 10×10 patch: 10⁸ connections), not
/// per output position of the convolution (out_width·out_height, which is
/// 991×991 for a valid 10×10 convolution over 1000×1000).
public enum BuiltInQuantity: String, CaseIterable, Sendable {
    case width, height, channels
    /// width·height·channels: the input values.
    case pixels
    case hidden
    case fieldWidth = "field_width", fieldHeight = "field_height"
    /// field_width·field_height.
    case fieldSize = "field_size"
    case filterCount = "filter_count"
    case stride
    /// Zeros before the input along the width (left); with `same`, ⌊d·(k−1)/2⌋, and
    /// the rest of d·(k−1) goes after (right), as PyTorch pads.
    case padding
    case dilation
    /// Kernel positions along each axis, ⌊(i + 2p − d·(k−1) − 1)/s⌋ + 1.
    case outWidth = "out_width", outHeight = "out_height"
    /// out_width·out_height.
    case positions
    /// Parameters of each scheme: its weights, plus its biases.
    case full, local, shared, filters
    /// pixels·hidden; hidden·field_size·channels; field_size·channels; filter_count·field_size·channels.
    case fullWeights = "full_weights", localWeights = "local_weights"
    case sharedWeights = "shared_weights", filtersWeights = "filters_weights"
    /// With `bias: true`: one per hidden unit (full, local), one (shared), one per filter; else 0.
    case fullBiases = "full_biases", localBiases = "local_biases"
    case sharedBiases = "shared_biases", filtersBiases = "filters_biases"
    /// pixels·hidden; hidden·field_size·channels (local and shared alike: sharing
    /// weights does not remove connections); filter_count·hidden·field_size·channels.
    case fullConnections = "full_connections", localConnections = "local_connections"
    case sharedConnections = "shared_connections", filtersConnections = "filters_connections"

    /// The name used in expressions, params.yml and `sitegen params`.
    public var name: String { rawValue }
}
