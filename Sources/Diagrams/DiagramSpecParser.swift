import ConfigTree

/// Reads and checks a diagram block. Every problem that can be found in one
/// pass is reported; checks that combine two sizes (kernel within input,
/// enough distinct patches) run only once each size is valid on its own.
enum DiagramSpecParser {
    typealias Key = DiagramSpec.Key

    struct Located<Value: Sendable & Hashable>: Sendable, Hashable {
        var value: Value
        var location: SourceLocation
    }

    /// The toy sizes a block gave, each with where it was written.
    struct ToySizes: Sendable, Hashable {
        var input: Located<GridSize>?
        var hidden: Located<Int>?
        var kernel: Located<GridSize>?
        var filters: Located<Int>?
        var stride: Located<Int>?
        var padding: Located<Int>?
    }

    static let kindNames = DiagramKind.allCases.map(\.rawValue)
    static let keyNames = Key.allCases.map(\.rawValue)

    static func parse(_ body: ConfigNode) throws(ConfigErrors) -> DiagramSpec {
        guard let entries = body.entries else {
            if case .null = body.value {
                throw ConfigErrors([ConfigError(
                    "a diagram block needs at least 'kind:' (one of \(kindNames.joined(separator: ", ")))",
                    at: body.location)])
            }
            throw ConfigErrors([ConfigError(
                "a diagram block is a mapping of keys such as 'kind: full'; found \(body.kindName)",
                at: body.location)])
        }

        var errors: [ConfigError] = []
        var kind: DiagramKind?
        var kindWritten = false
        var sizes = ToySizes()
        var toyKeysWritten: [(key: Key, location: SourceLocation)] = []
        var scenario: Located<String>?
        var caption: String?
        var pool: Located<DiagramSpec.PoolMode>?

        for entry in entries {
            guard let key = Key(rawValue: entry.key) else {
                errors.append(unknownKey(entry))
                continue
            }
            let node = entry.value
            switch key {
            case .kind:
                kindWritten = true
                kind = parseKind(node, errors: &errors)
            case .input:
                toyKeysWritten.append((key, entry.keyLocation))
                sizes.input = parseGrid(node, key: key, errors: &errors)
            case .kernel:
                toyKeysWritten.append((key, entry.keyLocation))
                sizes.kernel = parseGrid(node, key: key, errors: &errors)
            case .hidden:
                toyKeysWritten.append((key, entry.keyLocation))
                sizes.hidden = parseCount(node, key: key, errors: &errors)
            case .filters:
                toyKeysWritten.append((key, entry.keyLocation))
                sizes.filters = parseCount(node, key: key, errors: &errors)
            case .stride, .padding:
                toyKeysWritten.append((key, entry.keyLocation))
                do throws(ConfigError) {
                    let value = try readConvolutionSetting(node, key: key)
                    if key == .stride { sizes.stride = Located(value: value, location: node.location) }
                    else { sizes.padding = Located(value: value, location: node.location) }
                } catch {
                    errors.append(error)
                }
            case .scenario:
                scenario = parseText(node, key: key, expected: "a scenario name ('site' or a chapter slug)", errors: &errors)
                    .map { Located(value: $0, location: node.location) }
            case .caption:
                caption = parseText(node, key: key, expected: "a caption text", errors: &errors)
            case .pool:
                let modes = DiagramSpec.PoolMode.allCases.map(\.rawValue)
                if let text = parseText(node, key: key, expected: modes.joined(separator: " or "), errors: &errors) {
                    if let mode = DiagramSpec.PoolMode(rawValue: text) {
                        pool = Located(value: mode, location: entry.keyLocation)
                    } else {
                        errors.append(ConfigError("'pool' must be \(modes.joined(separator: " or ")), not '\(text)'"
                            + Suggestion.didYouMean(text, in: modes), at: node.location))
                    }
                }
            }
        }

        if !kindWritten {
            errors.append(ConfigError(
                "missing 'kind:' in diagram block; expected one of \(kindNames.joined(separator: ", "))",
                at: body.location))
        }

        // A value that is malformed or out of range has already been reported
        // and left out; combining the remaining ones would give confusing errors.
        let sizesAreValid = !hasSizeSyntaxErrors(toyKeysWritten, sizes)

        if let kind, let pool, kind != .pooling {
            errors.append(ConfigError("'pool' applies to kind 'pooling' only, not '\(kind.rawValue)'", at: pool.location))
        }
        if let kind {
            for written in toyKeysWritten where !kind.toyKeys.contains(written.key) {
                errors.append(ConfigError(notApplicable(written.key, to: kind), at: written.location))
            }
            if sizesAreValid {
                errors += checkFit(of: sizes, kind: kind, blockLocation: body.location)
            }
        }

        guard errors.isEmpty, let kind else {
            throw ConfigErrors(errors.sorted(by: { $0.location < $1.location }))
        }
        var spec = DiagramSpec(kind: kind, resolving: sizes)
        spec.scenario = scenario?.value
        spec.scenarioLocation = scenario?.location
        spec.caption = caption
        if let pool { spec.pool = pool.value }
        return spec
    }

    // MARK: - Single values

    private static func unknownKey(_ entry: ConfigNode.Entry) -> ConfigError {
        let suggestion = Suggestion.didYouMean(entry.key, in: keyNames)
        let hint = suggestion.isEmpty ? "; keys are \(keyNames.joined(separator: ", "))" : suggestion
        return ConfigError("unknown key '\(entry.key)' in diagram block\(hint)", at: entry.keyLocation)
    }

    private static func parseKind(_ node: ConfigNode, errors: inout [ConfigError]) -> DiagramKind? {
        let expected = "one of \(kindNames.joined(separator: ", "))"
        guard let text = parseText(node, key: .kind, expected: expected, errors: &errors) else { return nil }
        guard let kind = DiagramKind(rawValue: text) else {
            let suggestion = Suggestion.didYouMean(text, in: kindNames)
            let hint = suggestion.isEmpty ? "; expected \(expected)" : suggestion
            errors.append(ConfigError("unknown diagram kind '\(text)'\(hint)", at: node.location))
            return nil
        }
        return kind
    }

    private static func parseGrid(_ node: ConfigNode, key: Key, errors: inout [ConfigError]) -> Located<GridSize>? {
        do throws(ConfigError) {
            return Located(value: try readGrid(node, key: key), location: node.location)
        } catch {
            errors.append(error)
            return nil
        }
    }

    private static func parseCount(_ node: ConfigNode, key: Key, errors: inout [ConfigError]) -> Located<Int>? {
        do throws(ConfigError) {
            return Located(value: try readCount(node, key: key), location: node.location)
        } catch {
            errors.append(error)
            return nil
        }
    }

    /// A toy grid within the drawing limits, by ConfigTree's size reader.
    private static func readGrid(_ node: ConfigNode, key: Key) throws(ConfigError) -> GridSize {
        let why = key == .kernel ? "a kernel fits inside the toy input" : "larger grids do not draw legibly"
        return try node.size(key.rawValue, sides: 1...DiagramLimits.maxInputSide, why: why)
    }

    /// A unit or filter count within the drawing limits, by ConfigTree's whole-number reader.
    private static func readCount(_ node: ConfigNode, key: Key) throws(ConfigError) -> Int {
        let limit = key == .filters ? DiagramLimits.maxFilters : DiagramLimits.maxHidden
        let why = key == .filters
            ? "each feature map is drawn in its own colour"
            : "more units do not draw legibly; a column of more than \(DiagramLimits.maxDrawnUnits) is sampled with an ellipsis"
        return try node.wholeNumber(key.rawValue, in: 1...limit, why: why)
    }

    /// A toy stride (1 to 3) or padding (0 to 2 rings of zeros).
    private static func readConvolutionSetting(_ node: ConfigNode, key: Key) throws(ConfigError) -> Int {
        key == .stride
            ? try node.wholeNumber("stride", in: 1...DiagramLimits.maxStride, why: "a longer stride leaves too few patches on a toy input")
            : try node.wholeNumber("padding", in: 0...DiagramLimits.maxPadding, why: "more rings of zeros do not draw legibly")
    }

    private static func parseText(_ node: ConfigNode, key: Key, expected: String, errors: inout [ConfigError]) -> String? {
        guard let text = node.scalar?.trimmingSpaces(), !text.isEmpty else {
            errors.append(ConfigError("'\(key.rawValue)' expects \(expected); found \(found(node))", at: node.location))
            return nil
        }
        return text
    }

    private static func found(_ node: ConfigNode) -> String {
        if let scalar = node.scalar, scalar.trimmingSpaces().isEmpty { return "nothing" }
        return node.kindName
    }

    // MARK: - Limits

    /// Each size on its own: at least 1, at most what draws legibly. For sizes
    /// given in code (`DiagramSpec.init`), checked by the same readers as a block's
    /// values, so that both report a size out of range in the same words.
    static func checkLimits(of sizes: ToySizes) -> [ConfigError] {
        var errors: [ConfigError] = []
        for (key, grid) in [(Key.input, sizes.input), (Key.kernel, sizes.kernel)] {
            guard let grid else { continue }
            do throws(ConfigError) {
                _ = try readGrid(ConfigNode(.scalar(grid.value.written), at: grid.location), key: key)
            } catch {
                errors.append(ConfigError(error.message, at: grid.location))
            }
        }
        for (key, count) in [(Key.hidden, sizes.hidden), (Key.filters, sizes.filters)] {
            guard let count else { continue }
            do throws(ConfigError) {
                _ = try readCount(ConfigNode(.scalar(String(count.value)), at: count.location), key: key)
            } catch {
                errors.append(error)
            }
        }
        return errors
    }

    /// Whether a toy key was written but its value was rejected while reading it.
    private static func hasSizeSyntaxErrors(_ written: [(key: Key, location: SourceLocation)], _ sizes: ToySizes) -> Bool {
        written.contains { item in
            switch item.key {
            case .input: return sizes.input == nil
            case .kernel: return sizes.kernel == nil
            case .hidden: return sizes.hidden == nil
            case .filters: return sizes.filters == nil
            case .stride: return sizes.stride == nil
            case .padding: return sizes.padding == nil
            case .kind, .pool, .scenario, .caption: return false
            }
        }
    }

    private static func notApplicable(_ key: Key, to kind: DiagramKind) -> String {
        if kind.toyKeys.isEmpty {
            return "'\(key.rawValue)' does not apply to a \(kind.rawValue) diagram: it draws the scenario's own numbers, not a toy layer"
        }
        let accepted = kind.toyKeys.map(\.rawValue).joined(separator: ", ")
        return "'\(key.rawValue)' does not apply to a \(kind.rawValue) diagram (it takes \(accepted))"
    }

    // MARK: - Sizes together

    /// Number of distinct k×k patches in the input (valid positions), at least 0.
    static func patchPositions(input: GridSize, kernel: GridSize, stride: Int = 1, padding: Int = 0) -> Int {
        let width = input.width + 2 * padding, height = input.height + 2 * padding
        let columns = width < kernel.width ? 0 : (width - kernel.width) / stride + 1
        let rows = height < kernel.height ? 0 : (height - kernel.height) / stride + 1
        return GridSize(width: columns, height: rows).area
    }

    /// Checks that need two sizes, or the kind: the kernel inside the input,
    /// a shared kernel with few enough positions to colour, one distinct patch per unit.
    static func checkFit(of sizes: ToySizes, kind: DiagramKind, blockLocation: SourceLocation) -> [ConfigError] {
        guard kind.toyKeys.contains(.kernel) else { return [] }
        let input = sizes.input?.value ?? DiagramSpec.Defaults.input
        let kernel = sizes.kernel?.value ?? (kind == .pooling ? DiagramSpec.Defaults.poolWindow : DiagramSpec.Defaults.kernel)
        let stride = sizes.stride?.value ?? 1
        let padding = sizes.padding?.value ?? 0
        let inputText = sizes.input == nil ? "the default \(input.written) input" : "the \(input.written) input"
        let paddedText = padding == 0 ? inputText : "\(inputText) padded with \(padding) on each side"

        if kernel.width > input.width + 2 * padding || kernel.height > input.height + 2 * padding {
            if let written = sizes.kernel {
                return [ConfigError("'kernel' \(kernel.written) is larger than \(paddedText)", at: written.location)]
            }
            let location = sizes.input?.location ?? blockLocation
            return [ConfigError(
                "the default kernel \(kernel.written) is larger than \(inputText); give a 'kernel:' that fits",
                at: location)]
        }

        var errors: [ConfigError] = []
        if kind == .pooling, kernel.width < 2 || kernel.height < 2 {
            errors.append(ConfigError(
                "a pooling window of \(kernel.written) leaves the input as it is; use 2x2 or larger",
                at: sizes.kernel?.location ?? blockLocation))
        }
        if kind == .shared, kernel.area > DiagramLimits.maxSharedKernelArea {
            errors.append(ConfigError(
                "a shared kernel of \(kernel.written) has \(kernel.area) weights, more than the "
                    + "\(DiagramLimits.maxSharedKernelArea) that can be told apart by colour; use at most 3x3",
                at: sizes.kernel?.location ?? blockLocation))
        }
        if kind == .local || kind == .shared, let hidden = sizes.hidden {
            let positions = patchPositions(input: input, kernel: kernel, stride: stride, padding: padding)
            if hidden.value > positions {
                let strideText = stride == 1 ? "" : " at stride \(stride)"
                errors.append(ConfigError(
                    "'hidden' \(hidden.value) needs \(hidden.value) different \(kernel.written) patches, "
                        + "but \(paddedText) has only \(positions)\(strideText)",
                    at: hidden.location))
            }
        }
        return errors
    }
}
