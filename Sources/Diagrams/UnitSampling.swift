import Localization

/// Which hidden units a column draws. A column longer than the limit shows its
/// first units, a visible ellipsis, and the last unit, and says how many it
/// shows: a sampled layer is never passed off as the whole one.
struct UnitSampling: Sendable, Hashable {
    enum Slot: Sendable, Hashable {
        /// A drawn unit, by its 0-based index in the layer.
        case unit(Int)
        case ellipsis
    }

    let total: Int
    let slots: [Slot]

    init(total: Int, maxDrawn: Int = DiagramLimits.maxDrawnUnits) {
        self.total = Swift.max(0, total)
        let limit = Swift.max(2, maxDrawn)
        if self.total <= limit {
            slots = (0..<self.total).map(Slot.unit)
        } else {
            slots = (0..<(limit - 1)).map(Slot.unit) + [.ellipsis, .unit(self.total - 1)]
        }
    }

    /// Indices of the drawn units, in column order.
    var drawnUnits: [Int] {
        slots.compactMap { slot in
            if case .unit(let index) = slot { return index }
            return nil
        }
    }

    var isSampled: Bool { drawnUnits.count < total }

    /// How a figure's description tells the column: all units, or which of them.
    func columnDescription(_ words: DiagramWords) -> String {
        isSampled ? words.columnSampled(total, drawnUnits.count) : words.columnAll(total)
    }
}
