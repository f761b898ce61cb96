import Ccmark

/// The cmark options sitegen exposes. Everything else stays at cmark's defaults,
/// so a page renders exactly as `cmark` itself would render it.
public struct MarkdownOptions: Sendable, Hashable {
    /// Curly quotes, dashes and ellipses (`cmark --smart`).
    public var smartPunctuation: Bool
    /// Let authors' raw HTML through (`cmark --unsafe`). Off by default, as in cmark and Hugo:
    /// raw HTML then renders as `<!-- raw HTML omitted -->`.
    public var unsafeHTML: Bool

    public init(smartPunctuation: Bool = false, unsafeHTML: Bool = false) {
        self.smartPunctuation = smartPunctuation
        self.unsafeHTML = unsafeHTML
    }

    var rawValue: Int32 {
        var options = CMARK_OPT_DEFAULT
        if smartPunctuation { options |= CMARK_OPT_SMART }
        if unsafeHTML { options |= CMARK_OPT_UNSAFE }
        return options
    }
}
