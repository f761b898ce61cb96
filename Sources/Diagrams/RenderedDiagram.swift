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

    public init(svg: String, title: String, description: String, caption: String) {
        self.svg = svg
        self.title = title
        self.description = description
        self.caption = caption
    }
}
