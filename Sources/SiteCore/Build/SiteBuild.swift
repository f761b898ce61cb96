import Foundation

/// A whole build, as a list of steps read top to bottom:
///
///   load → plan → begin the output → copy files → render pages in parallel
///   (each written through the sink as it is done, then handed in site order
///   to the steps that take pages as they come) → site-wide steps over the
///   rendered pages → finish writing → commit.
///
/// Nothing becomes the current site unless every step succeeded; all
/// problems of a run are reported together. Plugins plug into the plan and
/// the rendering of each page; site-wide steps are `siteSteps`.
public struct SiteBuild: Sendable {
    public var frontEnd: FrontEnd
    public var siteSteps: [any SiteStep]
    /// Whether rendered pages keep their dependencies' fingerprints, for a
    /// later `affectedPages` or `rebuild`. A one-off `sitegen build` turns it off.
    public var fingerprintsDependencies = true
    /// Whether the steps whose files pages fetch only on the reader's request
    /// (`SiteStep.isFetchedOnDemand`: the search index) are left out of `run`
    /// and `rebuild`, for `onDemandFiles` to make when they are first asked
    /// for. The preview turns it on: most edits are never followed by a search.
    public var defersOnDemandFiles = false

    /// The steps every site has: the cross-page anchor check, the chapter
    /// script, the sitemap, the feed and the search index.
    public static let standardSteps: [any SiteStep] = [AnchorCheck(), ChapterScriptStep(), SitemapStep(), FeedStep(), SearchIndexStep()]

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
        let nameProblems = frontEnd.outputNameProblems(source)
        guard nameProblems.isEmpty else { throw BuildFailure(nameProblems) }
        // 3. Begin the output, naming what this build writes.
        let copies = filesToCopy(source)
        guard copies.escapes.isEmpty else { throw BuildFailure(copies.escapes) }
        let planned = Set(plan.pages.map(\.meta.url) + stepsRun.flatMap { $0.plannedFiles(plan) } + copies.files.map(\.path))
        let copiedPaths = copies.files.map(\.path)
        let generatedFolders = [GeneratedFiles.diagramsFolder] + stepsRun.compactMap { $0.generatedFolder(plan) }
        try sink.begin(planned: planned, generatedFolders: generatedFolders)
        do throws(BuildFailure) {
            var written = Set(copiedPaths)
            // 4. Theme assets and the content's own files, copied as they are.
            var diagnostics = copy(copies, into: sink)
            // 5. Pages, in parallel; each goes to the sink as soon as it is
            //    rendered, and to the steps' streams in site order; only what
            //    the site-wide steps read later is kept.
            let renderer = PageRenderer(plan: plan, templates: templates, collectsSections: collectsSections(plan), strict: options.strict,
                                        fingerprintsDependencies: fingerprintsDependencies)
            let streams = stepsRun.map { $0.pageStream(plan) }
            let keepsSections = keepsSections(plan, streams: streams)
            let pages = renderAll(plan, with: renderer, feeding: streams.compactMap { $0 }, keepingSections: keepsSections) { rendered in
                for file in rendered.files { sink.write(file.path, file.contents) }
            }
            diagnostics += pages.flatMap(\.diagnostics)
            for page in pages { written.formUnion(page.filePaths) }
            // 6. Site-wide steps: those with a stream have every page already.
            for (step, stream) in zip(stepsRun, streams) {
                let output = stream?.finish() ?? step.run(plan, pages: pages)
                diagnostics += output.diagnostics
                for file in output.files {
                    sink.write(file.path, file.contents)
                    written.insert(file.path)
                }
            }
            // 7. Every write done; the output's own failures are the system's, not the input's.
            let failures = sink.finish(written: written)
            diagnostics += failures.map { Diagnostic(path: $0.path.isEmpty ? options.output : options.output + "/" + $0.path, message: $0.message) }
            guard diagnostics.isEmpty else { throw BuildFailure(diagnostics, isSystemFailure: diagnostics.count == failures.count) }
            // 8. Commit: the new site replaces the old in one step.
            try sink.commit()
            let summary = BuildSummary(pages: plan.pages.count, files: written.count, output: options.output, warnings: pages.flatMap(\.warnings).sorted())
            return BuildResult(summary: summary, plan: plan, templates: templates, pages: pages, copiedFiles: copiedPaths,
                               pagesKeepSections: keepsSections && collectsSections(plan))
        } catch {
            sink.discard()
            throw error
        }
    }
}

extension SiteBuild {
    /// The site-wide steps `run` and `rebuild` run: all but those left for `onDemandFiles`.
    var stepsRun: [any SiteStep] {
        defersOnDemandFiles ? siteSteps.filter { !$0.isFetchedOnDemand } : siteSteps
    }

    /// Whether pages keep their text by section: only for a step that runs
    /// with them and reads it (the preview's pages keep none, so a template
    /// edit on a large site does not hold the old and the new text of every page).
    func collectsSections(_ plan: SitePlan) -> Bool {
        stepsRun.contains { $0.readsSections(plan) }
    }

    /// Whether the pages of `run`'s result keep their text by section: when
    /// a step reads it without a stream, and when the result may be rebuilt
    /// (`fingerprintsDependencies`), since `rebuild` runs every step over
    /// every page, most of them not rendered again.
    func keepsSections(_ plan: SitePlan, streams: [(any PageStream)?]) -> Bool {
        fingerprintsDependencies || readsSectionsAfterRendering(plan, steps: stepsRun, streams: streams)
    }

    /// Whether one of `steps` reads the pages' text by section once every
    /// page has rendered: it reads it and has no stream (`streams`, by step).
    func readsSectionsAfterRendering(_ plan: SitePlan, steps: [any SiteStep], streams: [(any PageStream)?]) -> Bool {
        zip(steps, streams).contains { $1 == nil && $0.readsSections(plan) }
    }

    /// Renders every page of the plan on all cores. Each page goes to
    /// `handOff` as soon as it is rendered (to write its files), then, without
    /// its files' contents, to the streams in site order; the result keeps
    /// the pages' text by section only if `keepingSections`.
    func renderAll(_ plan: SitePlan, with renderer: PageRenderer, feeding streams: [any PageStream], keepingSections: Bool,
                   handOff: @Sendable (RenderedPage) -> Void) -> [RenderedPage] {
        let feed = InOrderPageFeed(streams)
        let pages = parallelMap(Array(plan.pages.indices)) { index in
            let rendered = renderer.render(plan.pages[index])
            handOff(rendered)
            let page = rendered.releasingOutput()
            feed.deliver(index, page)
            return keepingSections ? page : page.releasingSections()
        }
        feed.finish(pageCount: pages.count)
        return pages
    }

    /// The files of the steps left out by `defersOnDemandFiles`, for the site
    /// of `result`. When its pages kept no text by section and a step reads
    /// it, every page is rendered again for it first, as a full build renders
    /// it (their files are not kept).
    public func onDemandFiles(of result: BuildResult) -> [(path: String, contents: String)] {
        let steps = siteSteps.filter(\.isFetchedOnDemand)
        guard !steps.isEmpty else { return [] }
        guard !result.pagesKeepSections, steps.contains(where: { $0.readsSections(result.plan) }) else {
            return steps.flatMap { $0.run(result.plan, pages: result.pages).files }
        }
        let renderer = PageRenderer(plan: result.plan, templates: result.templates, collectsSections: true, strict: options.strict, fingerprintsDependencies: false)
        let streams = steps.map { $0.pageStream(result.plan) }
        let keepsSections = readsSectionsAfterRendering(result.plan, steps: steps, streams: streams)
        let pages = renderAll(result.plan, with: renderer, feeding: streams.compactMap { $0 }, keepingSections: keepsSections) { _ in }
        return zip(steps, streams).flatMap { step, stream in (stream?.finish() ?? step.run(result.plan, pages: pages)).files }
    }

    /// Where those files go: folders (ending in `/`) and files; empty when
    /// there are none (`search: false`).
    public func onDemandPaths(of plan: SitePlan) -> [String] {
        siteSteps.filter(\.isFetchedOnDemand).flatMap { step in
            step.plannedFiles(plan) + (step.generatedFolder(plan).map { [$0 + "/"] } ?? [])
        }
    }

    /// Files copied as they are: where each is read, its path in the site,
    /// and how it may be opened.
    struct Copies {
        var files: [(source: URL, path: String, confinement: FileReader.Confinement)] = []
        /// Links under templates/assets/ that leave the project (the content's were refused while loading).
        var escapes: [Diagnostic] = []
    }

    /// The theme's assets and the content's own files.
    func filesToCopy(_ source: SiteSource) -> Copies {
        var copies = Copies()
        let assetsFolder = options.templatesURL.appendingPathComponent(GeneratedFiles.assetsFolder)
        let boundary = ProjectBoundary.project(content: options.contentURL, templates: options.templatesURL, followsExternalLinks: source.config.followExternalLinks)
        let listing = DirectoryWalker.list(under: assetsFolder.path, boundary: boundary)
        copies.escapes = listing.escapes.map { $0.diagnostic(displayPath: options.templates + "/" + GeneratedFiles.assetsFolder + "/" + $0.relative) }
        for asset in listing.files {
            let confinement = FileReader.Confinement(boundary: boundary, throughLink: listing.linked.contains(asset))
            copies.files.append((assetsFolder.appendingPathComponent(asset), GeneratedFiles.assetsFolder + "/" + asset, confinement))
        }
        for file in source.staticFiles {
            copies.files.append((options.contentURL.appendingPathComponent(file), file, source.confinement(of: file)))
        }
        return copies
    }

    /// Copies the files; a link that appeared since the folders were listed
    /// and leads out of the project is the input's error, at the file.
    func copy(_ copies: Copies, into sink: any OutputSink) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for file in copies.files {
            guard let refused = sink.copy(file.source, to: file.path, confinement: file.confinement) else { continue }
            let displayPath = file.path.hasPrefix(GeneratedFiles.assetsFolder + "/") ? options.templates + "/" + file.path : ContentPaths.display(file.path, in: options.content)
            diagnostics.append(Diagnostic(path: displayPath, message: refused.localizedDescription))
        }
        return diagnostics
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
    /// Whether `pages` hold their text by section (`SiteBuild.keepsSections`).
    public var pagesKeepSections: Bool
}
