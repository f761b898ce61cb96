/// The largest toy sizes that still draw legibly in a figure a page column
/// wide, and within the 30 KB budget per SVG.
public enum DiagramLimits {
    /// Input grids up to 12×12 pixels (cells stay at least 18 units wide in the
    /// connection figures, 14 in the filters figure).
    public static let maxInputSide = 12
    /// Hidden layers up to 16 units; beyond `maxDrawnUnits` the column is
    /// sampled with an ellipsis and a count.
    public static let maxHidden = 16
    /// Units drawn in a column before sampling starts.
    public static let maxDrawnUnits = 7
    /// Feature maps drawn side by side, each in its own colour.
    public static let maxFilters = 6
    /// Shared weights must be told apart by colour: the palette has nine
    /// distinguishable styles, so a shared kernel has at most 9 positions (3×3).
    public static let maxSharedKernelArea = 9
    /// The toy stride of the local and shared figures: beyond 3, a 12×12 input has too few patches to show.
    public static let maxStride = 3
    /// Rings of zeros around the toy input.
    public static let maxPadding = 2
}
