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

    /// `6×28×28` for feature maps, `120` for a flat vector.
    public var description: String {
        switch self {
        case .spatial(let channels, let height, let width): return "\(channels)×\(height)×\(width)"
        case .flat(let features): return "\(features)"
        }
    }
}
