import ConfigTree

/// A toy grid size in cells, width × height: ConfigTree's one size type, read
/// with its one grammar (`6x6`, also `6X6`, `6×6`, or `6` for a square).
public typealias GridSize = Size2D

extension Size2D {
    /// Cells in the grid; the toy limits keep this tiny, but it is checked anyway.
    public var area: Int {
        (try? Checked.multiply(width, height)) ?? Int.max
    }
}
