import Ccmark

/// The cmark options sitegen exposes. Everything else is fixed, so a page
/// renders exactly as `cmark-gfm -e table -e strikethrough -e autolink
/// -e tasklist -e footnotes --table-prefer-style-attributes` renders it.
public struct MarkdownOptions: Sendable, Hashable {
    /// Curly quotes, dashes and ellipses (`cmark-gfm --smart`).
    public var smartPunctuation: Bool
    /// Let authors' raw HTML through (`cmark-gfm --unsafe`). Off by default, as in cmark and Hugo:
    /// raw HTML then renders as `<!-- raw HTML omitted -->`.
    public var unsafeHTML: Bool

    public init(smartPunctuation: Bool = false, unsafeHTML: Bool = false) {
        self.smartPunctuation = smartPunctuation
        self.unsafeHTML = unsafeHTML
    }

    var rawValue: Int32 {
        // Footnotes with back-links, always. Table alignment as `style`
        // attributes: HTML5 made `align` obsolete (the HTML checker rejects it),
        // and a theme's `text-align` on cells would override it.
        var options = CMARK_OPT_DEFAULT | CMARK_OPT_FOOTNOTES | CMARK_OPT_TABLE_PREFER_STYLE_ATTRIBUTES
        if smartPunctuation { options |= CMARK_OPT_SMART }
        if unsafeHTML { options |= CMARK_OPT_UNSAFE }
        return options
    }
}
