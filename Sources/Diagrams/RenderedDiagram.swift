/// A drawn figure and the texts that go with it. All texts are plain text
/// (the site escapes them); `svg` is a complete SVG element, usable inline in
/// HTML and as a standalone `.svg` file.
public struct RenderedDiagram: Sendable, Hashable {
    /// `<svg …>…</svg>`, without an XML declaration.
    public var svg: String
    /// Short name of the figure (also the SVG's `<title>`).
    public var title: String
    /// What the figure shows, toy and real scale (also the SVG's `<desc>`).
    public var description: String
    /// The author's caption, or a default one for the kind (for `<figcaption>`).
    public var caption: String
    /// The narrowest rendered width, in CSS px, at which the figure's smallest text
    /// is still `legibleFontSize` px (viewBox width × legibleFontSize ÷ smallest font
    /// size): a page keeps the figure at least this wide, scrolling it on a phone.
    public var legibleWidth: Int

    /// The smallest text size a figure may render at, in CSS px (issue #16: 11 px on a 390 px phone).
    public static let legibleFontSize = 11.0

    public init(svg: String, title: String, description: String, caption: String, legibleWidth: Int = 0) {
        self.svg = svg
        self.title = title
        self.description = description
        self.caption = caption
        self.legibleWidth = legibleWidth
    }
}
