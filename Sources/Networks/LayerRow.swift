import ConfigTree

/// One line of a model summary: a layer, or a group of layers with its subtotal.
///
/// Rows come in declaration order, each group before the rows it contains (which
/// have a `depth` one greater), like torchinfo's nested summary.
public struct LayerRow: Sendable, Hashable {
    /// The PyTorch-style module path: each level is the layer's `name:` if it has
    /// one, else its 0-based position in its list; a repetition inside `repeat`
    /// adds its 0-based number, a `residual`'s shortcut layers sit under
    /// `shortcut` (`features.0`, `layer1.0.0.conv1`, `layer2.0.0.shortcut.0`).
    public var path: String
    /// The layer's own `name:`, if the declaration gives one.
    public var name: String?
    public var type: LayerType
    /// 0 for the network's top-level layers, one more per enclosing group.
    public var depth: Int
    /// The shape this layer (or group) outputs.
    public var output: TensorShape
    /// Learnable parameters as torchvision counts them; for a group, the sum of its rows.
    public var parameters: Int
    public var category: LayerCategory
    /// Where the layer is declared (its type key), relative to the declaration.
    public var location: SourceLocation

    public init(path: String, name: String?, type: LayerType, depth: Int, output: TensorShape,
                parameters: Int, category: LayerCategory, location: SourceLocation) {
        self.path = path
        self.name = name
        self.type = type
        self.depth = depth
        self.output = output
        self.parameters = parameters
        self.category = category
        self.location = location
    }

    /// The name to show in a table: the layer's `name:`, else its type (`conv1`, `relu`).
    public var displayName: String { name ?? type.rawValue }
}
