/// What a ```diagram``` block draws.
public enum DiagramKind: String, Sendable, Hashable, CaseIterable {
    /// Every input pixel connected to every hidden unit.
    case full
    /// Each hidden unit connected to its own k×k patch.
    case local
    /// Local connections whose k×k weights are the same for every unit.
    case shared
    /// Several kernels, each producing its own feature map.
    case filters
    /// The four schemes' parameter counts on a logarithmic scale.
    case ladder
    /// A standard convolution beside its depthwise + pointwise factorization, weights per step.
    case depthwise
    /// A bottleneck block: 1×1 reduce, k×k convolution, 1×1 expand, with channels and weights.
    case bottleneck
    /// A max or average pool: windows of the input, the smaller output, no parameters.
    case pooling

    /// The toy-size keys this kind draws; the others are rejected so that an
    /// author is not left wondering why a key changed nothing.
    var toyKeys: [DiagramSpec.Key] {
        switch self {
        case .full: return [.input, .hidden]
        case .local, .shared: return [.input, .hidden, .kernel, .stride, .padding]
        case .filters: return [.input, .kernel, .filters]
        case .ladder, .depthwise, .bottleneck: return []
        case .pooling: return [.input, .kernel]
        }
    }
}
