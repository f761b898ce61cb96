/// A page after rendering: its output and what the site-wide steps need
/// from it. Rendering has no side effects; the build hands the files to a sink.
public struct RenderedPage: Sendable {
    public let id: PageID
    /// The finished HTML file, at `url`. Empty once the build has handed the
    /// files to its sink (`releasingOutput`): a site's pages are not all
    /// kept in memory twice.
    public var url: String
    public var html: String
    /// The ids of its headings, for links into this page.
    public var headingIDs: HeadingIDSet
    /// Links to headings of other pages, checked once every page has rendered.
    public var pendingAnchors: [PendingAnchor]
    /// Figure files the page's blocks drew (`diagrams/…`).
    public var figures: [FigureFiles.File]
    /// Visible text by section; empty unless a site-wide step asked for it
    /// (and, in a build's result, unless kept: `BuildResult.pagesKeepSections`).
    public var sections: [PageSection]
    /// What the output depended on, for rebuilding only what changed.
    public var dependencies: PageDependencies
    /// Problems found while rendering; a page with problems has no output.
    public var diagnostics: [Diagnostic]
    /// What the page is warned about (raw HTML left out); it still has its output.
    public var warnings: [Diagnostic]

    /// The files this page writes, relative to the output folder.
    public var files: [(path: String, contents: String)] {
        guard diagnostics.isEmpty else { return [] }
        return [(url, html)] + figures.map { (FigureFiles.url(of: $0.name), $0.svg) }
    }

    /// The paths of `files`.
    public var filePaths: [String] {
        guard diagnostics.isEmpty else { return [] }
        return [url] + figures.map { FigureFiles.url(of: $0.name) }
    }

    /// The page without the contents of its files, which the sink now holds.
    func releasingOutput() -> RenderedPage {
        var page = self
        page.html = ""
        page.figures = figures.map { FigureFiles.File(name: $0.name, svg: "") }
        return page
    }

    /// The page without its text by section, once the steps that read it
    /// have had it (`PageStream`).
    func releasingSections() -> RenderedPage {
        var page = self
        page.sections = []
        return page
    }
}
