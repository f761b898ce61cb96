/// The shape of one sample as it flows through a network, without the batch
/// dimension (as model summaries such as torchinfo print it).
public enum TensorShape: Sendable, Hashable, CustomStringConvertible {
    /// Feature maps: channels × height × width.
    case spatial(channels: Int, height: Int, width: Int)
    /// A flat feature vector, as after `flatten` or a `linear` layer.
    case flat(features: Int)

    /// The channel count of feature maps, or the feature count of a flat vector
    /// (the dimension that `concat` joins).
    var channels: Int {
        switch self {
        case .spatial(let channels, _, _): return channels
        case .flat(let features): return features
        }
    }

    var isSpatial: Bool {
        if case .spatial = self { return true }
        return false
    }

    /// The shape of the product of two tensors under PyTorch's broadcasting (the
    /// batch dimension aside): feature maps with feature maps, each of C, H and W
    /// equal or 1 in one of them; flat with flat, the feature counts equal or one
    /// of them 1. Nil when they do not broadcast, or for maps with a flat vector
    /// (which would pair the batch with the height).
    static func broadcast(_ a: TensorShape, _ b: TensorShape) -> TensorShape? {
        func dimension(_ x: Int, _ y: Int) -> Int? {
            x == y || y == 1 ? x : (x == 1 ? y : nil)
        }
        switch (a, b) {
        case let (.spatial(c1, h1, w1), .spatial(c2, h2, w2)):
            guard let c = dimension(c1, c2), let h = dimension(h1, h2), let w = dimension(w1, w2) else { return nil }
            return .spatial(channels: c, height: h, width: w)
        case let (.flat(f1), .flat(f2)):
            return dimension(f1, f2).map { .flat(features: $0) }
        default:
            return nil
        }
    }

    /// `6×28×28` for feature maps, `120` for a flat vector.
    public var description: String {
        switch self {
        case .spatial(let channels, let height, let width): return "\(channels)×\(height)×\(width)"
        case .flat(let features): return "\(features)"
        }
    }
}
