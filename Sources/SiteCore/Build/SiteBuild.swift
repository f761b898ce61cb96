import Foundation

/// A whole build, as a list of steps read top to bottom:
///
///   load → plan → begin the output → copy files → render pages in parallel
///   (each written through the sink as it is done) → site-wide steps over the
///   rendered pages → finish writing → commit.
///
/// Nothing becomes the current site unless every step succeeded; all
/// problems of a run are reported together. Plugins plug into the plan and
/// the rendering of each page; site-wide steps are `siteSteps`.
public struct SiteBuild: Sendable {
    public var frontEnd: FrontEnd
    public var siteSteps: [any SiteStep]

    /// The steps every site has: the cross-page anchor check, the chapter
    /// script, the sitemap and the feed.
    public static let standardSteps: [any SiteStep] = [AnchorCheck(), ChapterScriptStep(), SitemapStep(), FeedStep()]

    public init(options: BuildOptions, plugins: [any SitePlugin], siteSteps: [any SiteStep] = SiteBuild.standardSteps) {
        self.frontEnd = FrontEnd(options: options, plugins: plugins)
        self.siteSteps = siteSteps
    }

    var options: BuildOptions { frontEnd.options }

    public func run(into sink: any OutputSink) throws(BuildFailure) -> BuildResult {
        // 1. Load the content and the templates.
        let (source, templates) = try frontEnd.loadSiteAndTemplates()
        // 2. Plan: every page's place in the site, and the plugins' site-wide passes.
        let plan = try SitePlan.make(source, plugins: frontEnd.plugins)
        // 3. Begin the output, naming what this build writes.
        let copies = filesToCopy(source)
        let planned = Set(plan.pages.map(\.meta.url) + siteSteps.flatMap { $0.plannedFiles(plan) } + copies.map(\.1))
        let copiedPaths = copies.map(\.1)
        let generatedFolders = [GeneratedFiles.diagramsFolder] + siteSteps.compactMap(\.generatedFolder)
        try sink.begin(planned: planned, generatedFolders: generatedFolders)
        do throws(BuildFailure) {
            var written = Set(copies.map(\.1))
            // 4. Theme assets and the content's own files, copied as they are.
            for (file, path) in copies { sink.copy(file, to: path) }
            // 5. Pages, in parallel; each goes to the sink as soon as it is
            //    rendered, and only what the site-wide steps read is kept.
            let renderer = PageRenderer(plan: plan, templates: templates, collectsSections: siteSteps.contains(where: \.readsSections))
            let pages = parallelMap(plan.pages) { page in
                let rendered = renderer.render(page)
                for file in rendered.files { sink.write(file.path, file.contents) }
                return rendered.releasingOutput()
            }
            var diagnostics = pages.flatMap(\.diagnostics)
            for page in pages { written.formUnion(page.filePaths) }
            // 6. Site-wide steps over the rendered pages.
            for step in siteSteps {
                let output = step.run(plan, pages: pages)
                diagnostics += output.diagnostics
                for file in output.files {
                    sink.write(file.path, file.contents)
                    written.insert(file.path)
                }
            }
            // 7. Every write done; the output's own failures are the system's, not the input's.
            let failures = sink.finish(written: written)
            diagnostics += failures.map { Diagnostic(path: $0.path.isEmpty ? options.output : options.output + "/" + $0.path, message: $0.message) }
            guard diagnostics.isEmpty else { throw BuildFailure(diagnostics, isSystemFailure: !failures.isEmpty) }
            // 8. Commit: the new site replaces the old in one step.
            try sink.commit()
            let summary = BuildSummary(pages: plan.pages.count, files: written.count, output: options.output)
            return BuildResult(summary: summary, plan: plan, templates: templates, pages: pages, copiedFiles: copiedPaths)
        } catch {
            sink.discard()
            throw error
        }
    }
}

extension SiteBuild {
    /// The theme's assets and the content's own files: where each is read, and its path in the site.
    func filesToCopy(_ source: SiteSource) -> [(URL, String)] {
        let assetsFolder = options.templatesURL.appendingPathComponent(GeneratedFiles.assetsFolder)
        let assets = DirectoryWalker.regularFiles(under: assetsFolder.path)
        return assets.map { (assetsFolder.appendingPathComponent($0), GeneratedFiles.assetsFolder + "/" + $0) }
            + source.staticFiles.map { (options.contentURL.appendingPathComponent($0), $0) }
    }
}

/// A finished build: what it wrote, and the values a later build compares
/// against to re-render only what changed.
public struct BuildResult: Sendable {
    public var summary: BuildSummary
    public var plan: SitePlan
    public var templates: TemplateSet
    public var pages: [RenderedPage]
    /// The theme's assets and the content's own files, as copied.
    public var copiedFiles: [String]
}
