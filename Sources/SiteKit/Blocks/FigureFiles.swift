/// The SVG files of one page's figures, named `SLUG-N-KIND.svg` (N counts the
/// page's figures from 1), so names stay stable while the page's figures do.
final class FigureFiles {
    struct File {
        var name: String
        var svg: String
    }

    let pageSlug: String
    private(set) var files: [File] = []

    init(pageSlug: String) {
        self.pageSlug = pageSlug
    }

    /// Reserves the next name for a figure of `kind`; returns it with a page-unique id prefix.
    func next(kind: String) -> (name: String, idPrefix: String) {
        let number = files.count + 1
        return ("\(pageSlug)-\(number)-\(kind).svg", "fig\(number)")
    }

    func add(name: String, svg: String) {
        files.append(File(name: name, svg: svg))
    }
}
