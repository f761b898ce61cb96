/// The real scenario a figure is honest about, as the parameter engine
/// computed it and the site formatted it.
///
/// Sizes (image, field, channels) are written by the figures as plain
/// decimals ("1000×1000", "10×10"); counts are written exactly as the site
/// formatted them (`hiddenText`, `filterCountText` and each scheme's `text`),
/// so a figure always agrees with the numbers in the surrounding prose.
public struct DiagramScale: Sendable, Hashable {
    public var imageWidth: Int
    public var imageHeight: Int
    public var channels: Int
    /// Hidden units (quantity `hidden`) and its formatted text, e.g. "10⁶".
    public var hidden: Int
    public var hiddenText: String
    /// Receptive field / kernel size (quantities `field_width`, `field_height`).
    public var fieldWidth: Int
    public var fieldHeight: Int
    /// Kernels (quantity `filter_count`) and its formatted text, e.g. "100".
    public var filterCount: Int
    public var filterCountText: String
    /// Parameters of each scheme (quantities `full`, `local`, `shared`, `filters`).
    public var full: DiagramNumber
    public var local: DiagramNumber
    public var shared: DiagramNumber
    public var filters: DiagramNumber
    /// The convolution's (or pool's) output size over the scenario's image: out_width, out_height.
    public var outWidth: Int
    public var outHeight: Int
    /// The local and shared layers' units (the engine's local_units) as the site writes them:
    /// `hidden`, or the output positions in a chapter that sets a stride or padding. Nil: hiddenText.
    public var localUnitsText: String?

    public init(
        imageWidth: Int,
        imageHeight: Int,
        channels: Int,
        hidden: Int,
        hiddenText: String,
        fieldWidth: Int,
        fieldHeight: Int,
        filterCount: Int,
        filterCountText: String,
        full: DiagramNumber,
        local: DiagramNumber,
        shared: DiagramNumber,
        filters: DiagramNumber,
        outWidth: Int = 0,
        outHeight: Int = 0,
        localUnitsText: String? = nil
    ) {
        self.imageWidth = imageWidth
        self.imageHeight = imageHeight
        self.channels = channels
        self.hidden = hidden
        self.hiddenText = hiddenText
        self.fieldWidth = fieldWidth
        self.fieldHeight = fieldHeight
        self.filterCount = filterCount
        self.filterCountText = filterCountText
        self.full = full
        self.local = local
        self.shared = shared
        self.filters = filters
        self.outWidth = outWidth
        self.outHeight = outHeight
        self.localUnitsText = localUnitsText
    }
}

extension DiagramScale {
    /// "1000×1000", or "1000×1000×3" for several channels.
    var imageText: String {
        channels > 1 ? "\(imageWidth)×\(imageHeight)×\(channels)" : "\(imageWidth)×\(imageHeight)"
    }

    /// "10×10", or "10×10×3": a receptive field spans every input channel.
    var fieldText: String {
        channels > 1 ? "\(fieldWidth)×\(fieldHeight)×\(channels)" : "\(fieldWidth)×\(fieldHeight)"
    }
}
