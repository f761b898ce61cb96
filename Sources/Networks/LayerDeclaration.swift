import ConfigTree

/// One layer as declared, read and checked for syntax but not yet for shape:
/// what shapes it accepts depends on the layers before it.
struct LayerDeclaration: Sendable {
    var type: LayerType
    var name: String?
    /// The layer's type key (or the scalar, for `- relu`): where errors about the whole layer point.
    var location: SourceLocation
    var body: Body

    enum Body: Sendable {
        case convolution(Convolution)
        case batchNorm(BatchNorm)
        case linear(Linear)
        case pooling(Pooling)
        case adaptivePooling(output: Size2D)
        case flatten
        /// Activations, identity, dropout, stochastic depth: the shape goes through unchanged.
        case elementwise
        /// Layer norm over the channels: `2·C` parameters with `affine`.
        case layerNorm(BatchNorm)
        /// One learnable factor per channel.
        case scale(features: Located<Int>?)
        case shuffle(groups: Located<Int>)
        case sequential([LayerDeclaration])
        case repetition(count: Int, body: [LayerDeclaration])
        case residual(main: [LayerDeclaration], shortcut: [LayerDeclaration])
        /// Each branch is one layer (a `sequential` for a longer branch).
        case concat([LayerDeclaration])
        /// Each branch is one layer, fed its share of the channels.
        case split([LayerDeclaration])
        case gate([LayerDeclaration])
        case sideOutput([LayerDeclaration])
    }

    struct Convolution: Sendable {
        var inChannels: Located<Int>?
        var outChannels: Int
        var kernel: Located<Size2D>
        var stride: Size2D
        /// nil for `padding: same` (the output keeps the input's size; stride 1 only).
        var padding: Size2D?
        var dilation: Size2D
        var groups: Located<Int>
        var bias: Bool
    }

    struct BatchNorm: Sendable {
        var features: Located<Int>?
        var affine: Bool
    }

    struct Linear: Sendable {
        var inFeatures: Located<Int>?
        var outFeatures: Int
        var bias: Bool
        /// Applied at every position to the channels of feature maps, as PyTorch's
        /// `Linear` acts on a channels-last tensor (ConvNeXt's pointwise layers).
        var pointwise: Bool
    }

    struct Pooling: Sendable {
        var kernel: Located<Size2D>
        var stride: Size2D
        var padding: Located<Size2D>
        var dilation: Size2D
        var ceilMode: Bool
    }
}
