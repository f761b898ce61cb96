/// A width and a height: an image, a kernel, a stride, a padding, a toy grid.
///
/// Every module writes and reads sizes in this one order, width first, as image
/// sizes are usually given (`1920x1080`): see `ConfigNode.size(_:)`.
public struct Size2D: Sendable, Hashable, CustomStringConvertible {
    public var width: Int
    public var height: Int

    public init(width: Int, height: Int) {
        self.width = width
        self.height = height
    }

    public init(square side: Int) {
        self.init(width: side, height: side)
    }

    public var isSquare: Bool { width == height }

    /// `7×1` (width × height), as tables and messages show it.
    public var description: String { "\(width)×\(height)" }

    /// `7x1`, as authors write it.
    public var written: String { "\(width)x\(height)" }
}
