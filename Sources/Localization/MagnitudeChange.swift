/// How a parameter count compares with the one before it on the ladder
/// diagram, for `DiagramWords.ladderChange` and `ladderSummaryRow`.
public enum MagnitudeChange: Sendable, Hashable {
    /// One of the counts is zero.
    case incomparable
    case same
    /// Fewer parameters by `orders` orders of magnitude; `exact` when the
    /// ratio is a power of ten, else `orders` is rounded ("3.9").
    case fewer(orders: String, exact: Bool)
    case more(orders: String, exact: Bool)
}
