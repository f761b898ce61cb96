/// A toy grid size in cells, written `6x6` (also `6X6`, `6×6`) or `6` for a square.
public struct GridSize: Sendable, Hashable, CustomStringConvertible {
    public var width: Int
    public var height: Int

    public init(width: Int, height: Int) {
        self.width = width
        self.height = height
    }

    public init(square side: Int) {
        self.init(width: side, height: side)
    }

    /// Cells in the grid; the toy limits keep this tiny, but it is checked anyway.
    public var area: Int {
        let (product, overflow) = width.multipliedReportingOverflow(by: height)
        return overflow ? Int.max : product
    }

    /// `6×6`, as the figures write it.
    public var description: String { "\(width)×\(height)" }

    /// What went wrong reading a size, before any limit is checked.
    enum ParseProblem: Error, Equatable {
        case malformed
        case tooManyDimensions
        /// A side written with a minus sign.
        case negative
        /// A side written with digits but too large for an Int.
        case outOfRange
    }

    /// Reads `W x H` or `N`; spaces around the separator are allowed. Only
    /// ASCII digits count as a number; the caller checks the limits.
    static func parse(_ text: String) -> Result<GridSize, ParseProblem> {
        let separators: Set<Character> = ["x", "X", "×"]
        let parts = text.split(omittingEmptySubsequences: false, whereSeparator: { separators.contains($0) })
            .map { $0.trimmingSpaces() }
        switch parts.count {
        case 1:
            return WholeNumber.parse(parts[0]).map { GridSize(square: $0) }.mapError(ParseProblem.init)
        case 2:
            switch (WholeNumber.parse(parts[0]), WholeNumber.parse(parts[1])) {
            case (.success(let width), .success(let height)):
                return .success(GridSize(width: width, height: height))
            case (.failure(.malformed), _), (_, .failure(.malformed)):
                return .failure(.malformed)
            case (.failure(.negative), _), (_, .failure(.negative)):
                return .failure(.negative)
            default:
                return .failure(.outOfRange)
            }
        default:
            return .failure(.tooManyDimensions)
        }
    }
}

extension GridSize.ParseProblem {
    init(_ problem: WholeNumber.ParseProblem) {
        switch problem {
        case .malformed: self = .malformed
        case .negative: self = .negative
        case .outOfRange: self = .outOfRange
        }
    }
}

/// Non-negative integers written with ASCII digits only. A minus sign before
/// digits is recognised so the error can say "at least 1" instead of "not a number".
enum WholeNumber {
    enum ParseProblem: Error, Equatable {
        case malformed
        case negative
        case outOfRange
    }

    static func parse<S: StringProtocol>(_ text: S) -> Result<Int, ParseProblem> {
        if text.first == "-", isDigits(text.dropFirst()) { return .failure(.negative) }
        guard isDigits(text) else { return .failure(.malformed) }
        guard let value = Int(text) else { return .failure(.outOfRange) }
        return .success(value)
    }

    private static func isDigits<S: StringProtocol>(_ text: S) -> Bool {
        !text.isEmpty && text.allSatisfy { $0.isASCII && $0.isNumber }
    }
}

extension GridSize {
    /// `6x6`, as authors write it (used in error messages).
    var written: String { "\(width)x\(height)" }
}
