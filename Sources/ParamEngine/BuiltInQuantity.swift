/// The quantities every scenario defines, in the order `Scenario.quantities`
/// lists them (the order of the project brief).
///
/// Counting conventions (the source article's): the fully and locally connected
/// layers have `hidden` units each; a locally connected unit sees its own
/// field_width×field_height patch of every channel with weights of its own; a
/// shared kernel is one such patch of weights used at every position; `filters`
/// is filter_count shared kernels.
///
/// The locally connected and shared layers have `local_units` units. The article
/// counts `hidden` of them (10⁶ units each seeing a 10×10 patch: 10⁸
/// connections), not the convolution's output positions (991×991 for a valid
/// 10×10 convolution over 1000×1000); a declaration that gives `hidden` keeps that
/// convention. A declaration that sets `stride`, `padding` or `dilation` without
/// restating `hidden` (a chapter's `params: {stride: 2, padding: 4}`) describes a
/// real convolution: its units are its output positions, so its local weights and
/// biases and every connection count follow the stride and padding. The fully
/// connected layer has no positions and always has `hidden` units.
///
/// The quantities after the article's (`groups` onwards) describe one
/// convolution from `channels` input channels to `filter_count` output channels
/// with a field_width×field_height kernel, weights only: a 1×1 (pointwise)
/// convolution, a depthwise one, both together (depthwise-separable), a grouped
/// one, and the two heads a network can end with on the filter_count×out_height
/// ×out_width feature map: a dense layer over every value, or global average
/// pooling followed by a dense layer over the channels.
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
    /// The locally connected and shared layers' units: `hidden`, or `positions` (see above).
    case localUnits = "local_units"
    case groups, classes
    /// channels·filter_count: a 1×1 convolution mixes channels, one weight per pair.
    case pointwiseWeights = "pointwise_weights"
    /// field_size·channels: one field_width×field_height kernel per input channel.
    case depthwiseWeights = "depthwise_weights"
    /// depthwise_weights + pointwise_weights, against filters_weights for a standard convolution.
    case separableWeights = "separable_weights"
    /// filter_count·field_size·channels/groups: each filter sees its group's channels only.
    case groupedWeights = "grouped_weights"
    /// positions·filter_count·classes: a dense layer over the flattened feature maps.
    case denseHeadWeights = "dense_head_weights"
    /// filter_count·classes: global average pooling (no parameters), then a dense layer over the channels.
    case pooledHeadWeights = "pooled_head_weights"

    /// The name used in expressions, params.yml and `sitegen params`.
    public var name: String { rawValue }
}
