/// A height and a width: a kernel, stride, padding, dilation or pooled output
/// size, written `3` (square), `1x7` (H×W) or `[1, 7]`.
struct Size2D: Sendable, Hashable, CustomStringConvertible {
    var height: Int
    var width: Int

    init(height: Int, width: Int) {
        self.height = height
        self.width = width
    }

    init(square side: Int) {
        self.init(height: side, width: side)
    }

    var description: String { "\(height)×\(width)" }
}
