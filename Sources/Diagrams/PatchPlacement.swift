/// Where each hidden unit's k×k patch sits on the toy input.
///
/// Units are laid out over the valid patch positions as an evenly spread
/// grid (row by row), so a few units show patches in different parts of the
/// image, as in the source article's figure, and every unit has its own patch.
/// The spec guarantees units ≤ positions, which makes that grid fit.
struct PatchPlacement: Sendable, Hashable {
    struct Origin: Sendable, Hashable {
        var column: Int
        var row: Int
    }

    /// Top-left cell of each unit's patch, by unit index.
    let origins: [Origin]

    /// `input` is the padded input; patches start every `stride` cells, as a convolution's do.
    init(units: Int, input: GridSize, kernel: GridSize, stride: Int = 1) {
        let stride = Swift.max(1, stride)
        let positionColumns = Swift.max(1, (input.width - kernel.width) / stride + 1)
        let positionRows = Swift.max(1, (input.height - kernel.height) / stride + 1)
        let count = Swift.max(0, units)
        // As square as the positions allow, with enough rows for every unit.
        var columns = 1
        while columns * columns < count { columns += 1 }
        columns = Swift.min(columns, positionColumns)
        while columns < positionColumns && (count + columns - 1) / columns > positionRows { columns += 1 }
        let rows = Swift.max(1, (count + columns - 1) / columns)

        origins = (0..<count).map { unit in
            Origin(
                column: stride * PatchPlacement.spread(unit % columns, of: columns, over: positionColumns),
                row: stride * PatchPlacement.spread(unit / columns, of: rows, over: positionRows))
        }
    }

    /// The `index`-th of `count` evenly spaced positions in `0..<available`;
    /// distinct when count ≤ available (steps of at least one before rounding).
    private static func spread(_ index: Int, of count: Int, over available: Int) -> Int {
        guard count > 1, available > 1 else { return 0 }
        let step = Double(available - 1) / Double(count - 1)
        return Swift.min(available - 1, Int((Double(index) * step).rounded()))
    }
}
