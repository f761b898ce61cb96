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
    public private(set) var files: [File] = []

    public init(pageSlug: String) {
        self.pageSlug = pageSlug
    }

    /// Reserves the next name for a figure of `kind`; returns it with a page-unique id prefix.
    public func next(kind: String) -> (name: String, idPrefix: String) {
        let number = files.count + 1
        return ("\(pageSlug)-\(number)-\(kind).svg", "fig\(number)")
    }

    public func add(name: String, svg: String) {
        files.append(File(name: name, svg: svg))
    }

    /// Where a figure file is published, relative to the page.
    public static func url(of name: String) -> String {
        GeneratedFiles.diagramsPrefix + name
    }
}
