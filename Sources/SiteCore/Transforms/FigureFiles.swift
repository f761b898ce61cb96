import Foundation

/// The figure files of one page, named `SLUG-N-KIND.svg` (N counts the
/// page's figures from 1), so names stay stable while the page's figures do.
/// Filled by the page's blocks while it renders, on one thread.
public final class FigureFiles: @unchecked Sendable {
    public struct File: Sendable, Hashable {
        public var name: String
        public var svg: String
    }

    public let pageSlug: String
    /// The way from the page to the site's root (`../` for `guide/01-intro.html`).
    public let root: String
    public private(set) var files: [File] = []

    public init(pageSlug: String, root: String = "") {
        self.pageSlug = pageSlug
        self.root = root
    }

    /// Reserves the next name for a figure of `kind`; returns it with a page-unique id prefix.
    public func next(kind: String) -> (name: String, idPrefix: String) {
        let number = files.count + 1
        return ("\(pageSlug)-\(number)-\(kind).svg", "fig\(number)")
    }

    public func add(name: String, svg: String) {
        files.append(File(name: name, svg: svg))
    }

    /// Where a figure file is published, relative to the site's root.
    public static func url(of name: String) -> String {
        GeneratedFiles.diagramsPrefix + name
    }

    /// Where a figure file is published, relative to this page.
    public func pageURL(of name: String) -> String {
        root + Self.url(of: name)
    }
}
