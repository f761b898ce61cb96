import Foundation
import Markdown

/// Renders one page: Markdown → HTML → template, with its figures, into a
/// `RenderedPage` value. It writes nothing. Shared by all worker threads: it
/// holds only immutable values.
struct PageRenderer: Sendable {
    let plan: SitePlan
    let templates: TemplateSet
    /// Plain dictionaries for swift-mustache, so not `Sendable`; built before
    /// rendering starts and only read by the workers.
    nonisolated(unsafe) let context: PageContext
    /// Whether pages keep their text by section (a site-wide step reads it).
    let collectsSections: Bool
    /// Warnings are errors (`--strict`, or `strict: true` in site.yml).
    let strict: Bool

    /// Pages (by path) rendered without the plugins' work: their front
    /// matter could not be read (see `UnfinishedSite`).
    let bodyOnlyPages: Set<String>
    /// Whether pages keep the fingerprints of what they read: only a build
    /// that a later one compares with (`serve`) needs them.
    let fingerprintsDependencies: Bool

    init(plan: SitePlan, templates: TemplateSet, collectsSections: Bool, strict: Bool, bodyOnlyPages: Set<String> = [], fingerprintsDependencies: Bool = true) {
        self.plan = plan
        self.templates = templates
        self.context = PageContext(plan: plan, templates: templates)
        self.collectsSections = collectsSections
        self.strict = strict || plan.source.config.strict
        self.bodyOnlyPages = bodyOnlyPages
        self.fingerprintsDependencies = fingerprintsDependencies
    }

    func render(_ page: Page) -> RenderedPage {
        let dependencies = DependencyRecorder()
        let template = templates.template(for: page.kind)
        dependencies.record(.template(template))
        var sink = DiagnosticSink(path: page.diagnosticPath)
        sink.warningsAreErrors = strict
        let figures = FigureFiles(pageSlug: page.slug, root: PageContext.root(of: page.meta.url))
        var body = MarkdownPipeline.Output.empty
        if let source = page.source {
            dependencies.record(.contentFile(page.id.rawValue))
            let workContext = PageWorkContext(figures: figures, dependencies: dependencies, words: plan.words)
            let pipeline = MarkdownPipeline(
                options: plan.source.config.markdown,
                work: bodyOnlyPages.contains(source.path) ? [] : plan.pluginPlans.map { $0.pageWork(for: page, context: workContext) },
                words: plan.words, collectsSections: collectsSections
            )
            body = pipeline.render(source.body, bodyFirstLine: source.bodyFirstLine, links: plan.links, currentFile: page.id.rawValue, sink: &sink)
        }
        var rendered = RenderedPage(
            id: page.id, url: page.meta.url, html: "", headingIDs: body.ids,
            pendingAnchors: body.pendingAnchors, figures: figures.files, sections: body.sections,
            dependencies: PageDependencies(), diagnostics: sink.diagnostics, warnings: sink.warnings
        )
        guard sink.isEmpty else { return rendered }
        let values = context.values(for: page, content: body.html, headings: body.headings, dependencies: dependencies)
        rendered.html = templates.render(values, template: template)
        if fingerprintsDependencies {
            rendered.dependencies = CurrentFingerprints(plan: plan, templates: templates).dependencies(of: dependencies.recorded)
        }
        return rendered
    }
}
