import ConfigTree
import Foundation

/// `sitegen render`: one Markdown file through the same front end and
/// Markdown pipeline as the site (front matter rules, plugins' placeholders
/// and blocks, heading ids, CJK line breaks), no template.
public enum SingleFileRenderer {
    /// Renders the file at `file`, or standard input for `-`, read as the site
    /// reads its chapters (so a bad byte is reported with its line and column).
    /// `warnings` receives what the build would warn about (errors with
    /// `--strict` or `strict: true` in site.yml).
    public static func render(file: String, frontEnd: FrontEnd, warnings: inout [Diagnostic]) throws(BuildFailure) -> String {
        let input = try read(file: file)
        return try render(text: input.text, path: input.path, frontEnd: frontEnd, warnings: &warnings)
    }

    /// The text of `file`, or of standard input for `-` (then named `<stdin>`
    /// in diagnostics), checked as UTF-8 as the site checks its chapters.
    public static func read(file: String) throws(BuildFailure) -> (text: String, path: String) {
        let displayPath = file == "-" ? standardInputName : file
        switch SourceText.read(path: file == "-" ? "/dev/stdin" : file, displayPath: displayPath) {
        case .failure(let diagnostic):
            throw BuildFailure([diagnostic])
        case .success(let text):
            return (text, displayPath)
        }
    }

    /// The path diagnostics give standard input.
    public static let standardInputName = "<stdin>"

    /// The content folder supplies site.yml's options and the plugins' site
    /// data when it exists; without it their defaults apply.
    ///
    /// A file with front matter is read exactly as the build reads a chapter
    /// (the same keys, checks and messages). Markdown without front matter, or
    /// whose opening `---` block is not a YAML mapping (a thematic break or a
    /// setext heading), renders as a fragment, as cmark would render it.
    public static func render(text: String, path: String, frontEnd: FrontEnd, warnings: inout [Diagnostic]) throws(BuildFailure) -> String {
        let plan = try frontEnd.planIfPresent()
        let fileName = (path as NSString).lastPathComponent
        var sink = DiagnosticSink(path: path)
        sink.warningsAreErrors = frontEnd.options.strict || plan.source.config.strict
        let split = FrontMatterSplit(text)
        var source = PageSource(
            path: path, fileName: fileName, slug: "render", title: "", titleLocation: .start, weight: 0,
            description: "", descriptionLocation: .start, isDraft: false, extra: [:], body: text, bodyFirstLine: 1, fingerprint: Fingerprint(text)
        )
        if let yaml = split.yaml, let frontMatter = try? YAMLReader.parse(yaml), frontMatter.entries != nil {
            let plugins = frontEnd.plugins
            // A front matter problem does not hide the body's: the body is
            // rendered with what could be read, and every problem reported.
            let reading = PageReader.readAll(
                text: text, path: path, fileName: fileName, requireTitle: fileName != HomePage.sourceFile,
                pluginKeys: plugins.flatMap(\.frontMatterKeys), reservedSlugs: plugins.reduce(into: []) { $0.formUnion($1.reservedSlugs) }, sink: &sink
            )
            guard let page = reading.page else {
                throw BuildFailure(sink.diagnostics)
            }
            source = page
            // Figures are named after the command, not the file: nothing is written.
            source.slug = "render"
        }
        let page = Page(id: PageID(path), kind: .chapter, source: source, meta: PageMeta(url: "", slug: "render", title: source.title, titleHTML: "", description: "", number: nil))
        let context = PageWorkContext(figures: FigureFiles(pageSlug: "render"), dependencies: DependencyRecorder(), words: plan.words)
        let pipeline = MarkdownPipeline(
            options: plan.source.config.markdown,
            work: plan.pluginPlans.map { $0.pageWork(for: page, context: context) },
            words: plan.words
        )
        let output = pipeline.render(source.body, bodyFirstLine: source.bodyFirstLine, links: nil, currentFile: path, sink: &sink)
        warnings += sink.warnings
        guard sink.isEmpty else { throw BuildFailure(sink.diagnostics) }
        return output.html
    }
}
