/// How rows and messages name a layer: by a PyTorch-style path of names and
/// positions (`features.0`, `layer1.0.0.conv1`), so that an error can be found
/// from the message alone and a table reads like a model summary.
enum LayerNaming {
    /// The path segment of a layer: its `name:` if given, else its 0-based position.
    static func segment(name: String?, index: Int) -> String {
        name ?? String(index)
    }

    static func join(_ parent: String, _ segment: String) -> String {
        parent.isEmpty ? segment : "\(parent).\(segment)"
    }

    /// `layer conv1 (conv2d)`, `layer features.3 (conv2d)`.
    static func label(path: String, type: LayerType) -> String {
        "layer \(path) (\(type.rawValue))"
    }

    /// The path segment under which a residual's shortcut layers sit.
    static let shortcut = "shortcut"
}
