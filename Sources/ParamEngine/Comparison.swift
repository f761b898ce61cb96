/// The connection schemes the explainer compares, from the most to the fewest parameters.
public enum Scheme: String, CaseIterable, Sendable {
    /// Every input value to every hidden unit.
    case full
    /// Each hidden unit sees its own patch, with its own weights.
    case local
    /// One kernel of weights shared by every position.
    case shared
    /// filter_count shared kernels, one per feature map.
    case filters

    var parameters: BuiltInQuantity {
        switch self {
        case .full: return .full
        case .local: return .local
        case .shared: return .shared
        case .filters: return .filters
        }
    }

    var connections: BuiltInQuantity {
        switch self {
        case .full: return .fullConnections
        case .local: return .localConnections
        case .shared: return .sharedConnections
        case .filters: return .filtersConnections
        }
    }
}

/// One row of the comparison table a ```params``` block renders.
public struct ComparisonRow: Sendable, Hashable {
    public var scheme: Scheme
    public var connections: Int
    public var parameters: Int
    /// The previous row's parameters divided by this row's: 10⁴ from full to
    /// local in the article; below 1 when a row has more (filters after shared:
    /// 1/100). Nil for the first row.
    public var reduction: Rational?

    public init(scheme: Scheme, connections: Int, parameters: Int, reduction: Rational?) {
        self.scheme = scheme
        self.connections = connections
        self.parameters = parameters
        self.reduction = reduction
    }
}

extension Scenario {
    /// The four schemes in `Scheme` order, with their connections, parameters
    /// and the reduction from the row before.
    public func comparison() -> [ComparisonRow] {
        var rows: [ComparisonRow] = []
        for scheme in Scheme.allCases {
            let parameters = value(of: scheme.parameters)
            // Parameters are positive (every size is), so the fraction always exists.
            let reduction = rows.last.flatMap { Rational(numerator: $0.parameters, denominator: parameters) }
            rows.append(ComparisonRow(scheme: scheme, connections: value(of: scheme.connections),
                                      parameters: parameters, reduction: reduction))
        }
        return rows
    }
}
