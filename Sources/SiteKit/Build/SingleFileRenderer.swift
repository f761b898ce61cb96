import ConfigTree
import Foundation
import ParamEngine

/// `sitegen render`: one Markdown file through the same Markdown pipeline as
/// the site (placeholders, blocks, heading ids, CJK line breaks), no template.
public enum SingleFileRenderer {
    /// Renders the file at `file`, or standard input for `-`, read as the site
    /// reads its chapters (so a bad byte is reported with its line and column).
    public static func render(file: String, contentDirectory: String, strict: Bool = false, warnings: inout [Diagnostic]) throws(BuildFailure) -> String {
        let displayPath = file == "-" ? "<stdin>" : file
        switch SourceText.read(path: file == "-" ? "/dev/stdin" : file, displayPath: displayPath) {
        case .failure(let diagnostic):
            throw BuildFailure([diagnostic])
        case .success(let text):
            return try render(text: text, path: displayPath, contentDirectory: contentDirectory, strict: strict, warnings: &warnings)
        }
    }

    /// `contentDirectory` supplies site.yml options, the scenario and models when
    /// it exists; without it the defaults apply (the article's scenario).
    /// `warnings` receives what the build would warn about (errors with `strict`
    /// or `strict: true` in site.yml).
    public static func render(text: String, path: String, contentDirectory: String, strict: Bool = false, warnings: inout [Diagnostic]) throws(BuildFailure) -> String {
        var source = SiteSource(config: SiteConfig(), params: nil, paramsPath: "params.yml", home: nil, chapters: [], models: [], staticFiles: [])
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: contentDirectory, isDirectory: &isDirectory), isDirectory.boolValue {
            source = try ContentLoader(contentDirectory: URL(fileURLWithPath: contentDirectory), displayName: contentDirectory, includeDrafts: true).load()
        }
        let plan = try SitePlan.make(source)

        // Front matter is skipped only when it is really a YAML mapping, so
        // Markdown that merely opens with `---` (a thematic break) renders as cmark would.
        var body = text
        var firstLine = 1
        var sink = DiagnosticSink(path: path)
        sink.warningsAreErrors = strict || source.config.strict
        var numbers = NumberContext(scenario: plan.siteScenario, defaultFormat: plan.defaultFormat)
        let split = FrontMatterSplit(text)
        if let yaml = split.yaml, let frontMatter = try? YAMLReader.parse(yaml), frontMatter.entries != nil {
            body = split.body
            firstLine = split.bodyFirstLine
            // The file's own scenario, as its chapter page would have it.
            if let params = frontMatter["params"] {
                do {
                    numbers.scenario = try Scenario(declaration: params.shifted(by: SourceLocation(line: split.yamlFirstLine, column: 1)), base: plan.siteScenario)
                } catch {
                    sink.add(error)
                }
            }
        }

        let blocks = BlockRenderers(plan: plan, numbers: numbers, figures: FigureFiles(pageSlug: "render"))
        let pipeline = MarkdownPipeline(options: source.config.markdown, numbers: numbers, blocks: blocks.fencedBlocks(), anchorLabel: PageRenderer.anchorLabel)
        let output = pipeline.render(body, bodyFirstLine: firstLine, links: nil, currentFile: path, sink: &sink)
        warnings += sink.warnings
        guard sink.isEmpty else { throw BuildFailure(sink.diagnostics) }
        return output.html
    }
}
