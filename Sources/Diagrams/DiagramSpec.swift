import ConfigTree

/// A validated ```diagram``` block: what to draw, at which toy sizes, for which scenario.
///
/// Toy sizes are what the figure draws; the real scenario's numbers come
/// separately (`DiagramScale`) from the parameter engine through the site.
/// Sizes a kind does not draw hold that kind's defaults and are ignored.
public struct DiagramSpec: Sendable, Hashable {
    /// The keys a diagram block may contain.
    public enum Key: String, Sendable, Hashable, CaseIterable {
        case kind, input, hidden, kernel, filters, stride, padding, pool, scenario, caption
    }

    public private(set) var kind: DiagramKind
    /// The toy input grid (single channel).
    public private(set) var input: GridSize
    /// Hidden units in the toy layer (full, local, shared).
    public private(set) var hidden: Int
    /// The toy receptive field / kernel (local, shared, filters).
    public private(set) var kernel: GridSize
    /// Kernels in the toy layer (filters).
    public private(set) var filters: Int
    /// The toy convolution's stride and zeros around the input (local, shared).
    public private(set) var stride: Int = 1
    public private(set) var padding: Int = 0
    /// The input with its ring of zeros: what patches are placed on.
    public var paddedInput: GridSize {
        GridSize(width: input.width + 2 * padding, height: input.height + 2 * padding)
    }
    /// What a `pooling` figure takes from each window.
    public enum PoolMode: String, Sendable, Hashable, CaseIterable {
        case max, average
    }
    /// The pooling figure's mode (`pool: max` or `pool: average`; max by default).
    public var pool: PoolMode = .max
    /// The scenario to take the real numbers from: `site` or a chapter slug;
    /// nil means the chapter's own. The site resolves it.
    public var scenario: String?
    /// Where the scenario name was written, for the site's "no such scenario" error.
    public var scenarioLocation: SourceLocation?
    /// The author's caption, if any (plain text).
    public var caption: String?

    /// The toy sizes drawn when a block gives none.
    public enum Defaults {
        public static let input = GridSize(square: 6)
        public static let hidden = 4
        public static let kernel = GridSize(square: 3)
        public static let filters = 3
        public static let poolWindow = GridSize(square: 2)
    }

    /// A spec built in code; its sizes are checked with the same limits and
    /// fit rules as a parsed block's (errors are located at `location`). A
    /// size the kind does not draw is ignored here, where a block reports it.
    public init(
        kind: DiagramKind,
        input: GridSize? = nil,
        hidden: Int? = nil,
        kernel: GridSize? = nil,
        filters: Int? = nil,
        stride: Int? = nil,
        padding: Int? = nil,
        scenario: String? = nil,
        caption: String? = nil,
        at location: SourceLocation = .start
    ) throws(ConfigErrors) {
        var sizes = DiagramSpecParser.ToySizes()
        sizes.input = input.map { .init(value: $0, location: location) }
        sizes.hidden = hidden.map { .init(value: $0, location: location) }
        sizes.kernel = kernel.map { .init(value: $0, location: location) }
        sizes.filters = filters.map { .init(value: $0, location: location) }
        sizes.stride = stride.map { .init(value: $0, location: location) }
        sizes.padding = padding.map { .init(value: $0, location: location) }
        var errors = DiagramSpecParser.checkLimits(of: sizes)
        if errors.isEmpty {
            errors = DiagramSpecParser.checkFit(of: sizes, kind: kind, blockLocation: location)
        }
        guard errors.isEmpty else { throw ConfigErrors(errors) }
        self.init(kind: kind, resolving: sizes)
        self.scenario = scenario
        self.scenarioLocation = scenario == nil ? nil : location
        self.caption = caption
    }

    /// A spec with the given sizes, defaults filled in; the sizes were checked.
    init(kind: DiagramKind, resolving sizes: DiagramSpecParser.ToySizes) {
        self.kind = kind
        self.input = sizes.input?.value ?? Defaults.input
        // Pooling windows are usually 2×2 (LeNet, VGG); a 3×3 window would leave a 6×6 input with 2×2 outputs.
        self.kernel = sizes.kernel?.value ?? (kind == .pooling ? Defaults.poolWindow : Defaults.kernel)
        self.filters = sizes.filters?.value ?? Defaults.filters
        self.stride = sizes.stride?.value ?? 1
        self.padding = sizes.padding?.value ?? 0
        if let hidden = sizes.hidden?.value {
            self.hidden = hidden
        } else if kind == .local || kind == .shared {
            // A small input has fewer distinct patches than the default unit count.
            self.hidden = Swift.min(Defaults.hidden, DiagramSpecParser.patchPositions(
                input: self.input, kernel: self.kernel, stride: self.stride, padding: self.padding))
        } else {
            self.hidden = Defaults.hidden
        }
    }

    /// Reads a diagram block's body (the YAML mapping, as a ConfigNode),
    /// reporting every problem found in one pass.
    public static func parse(_ body: ConfigNode) throws(ConfigErrors) -> DiagramSpec {
        try DiagramSpecParser.parse(body)
    }
}
