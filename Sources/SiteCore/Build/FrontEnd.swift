import Foundation

/// The front of every command: reading the content folder (and the
/// templates) and planning the site. `build`, `params` and `render` all go
/// through it, so they read files by the same rules and report the same errors.
public struct FrontEnd: Sendable {
    public var options: BuildOptions
    public var plugins: [any SitePlugin]

    public init(options: BuildOptions, plugins: [any SitePlugin]) {
        self.options = options
        self.plugins = plugins
    }

    var loader: ContentLoader {
        ContentLoader(contentDirectory: options.contentURL, displayName: options.content, includeDrafts: options.includeDrafts, plugins: plugins)
    }

    /// The content folder, read and checked.
    public func loadSite() throws(BuildFailure) -> SiteSource {
        try loader.load()
    }

    /// The content folder and the templates; both are checked before
    /// reporting, so one run shows every problem.
    public func loadSiteAndTemplates() throws(BuildFailure) -> (site: SiteSource, templates: TemplateSet) {
        var diagnostics: [Diagnostic] = []
        var source: SiteSource?
        var templates: TemplateSet?
        var unfinished: UnfinishedSite?
        do { source = try loadSite() } catch {
            diagnostics += error.diagnostics
            unfinished = error.unfinishedSite
        }
        do {
            // Links under templates/ are judged by site.yml's rule, even when the content failed to load.
            templates = try TemplateSet.load(from: options.templatesURL, displayName: options.templates, content: options.contentURL,
                                             followsExternalLinks: source?.config.followExternalLinks ?? loader.followsExternalLinks())
        } catch { diagnostics += error.diagnostics }
        guard let source, let templates, diagnostics.isEmpty else {
            var failure = BuildFailure(diagnostics)
            if let unfinished, let templates {
                let all = Set(diagnostics).union(bodyProblems(of: unfinished, templates: templates))
                failure = BuildFailure(Array(all))
            }
            throw failure
        }
        return (source, templates)
    }

    /// The problems in the bodies of a site whose pages' front matter is
    /// wrong: every page is planned and rendered, nothing is written. Problems
    /// the front matter already reported are not repeated.
    func bodyProblems(of unfinished: UnfinishedSite, templates: TemplateSet) -> [Diagnostic] {
        let plan: SitePlan
        do {
            plan = try SitePlan.make(unfinished.site, plugins: plugins)
        } catch {
            return error.diagnostics
        }
        let renderer = PageRenderer(plan: plan, templates: templates, collectsSections: false, strict: options.strict, bodyOnlyPages: unfinished.bodyOnlyPages)
        let pages = parallelMap(plan.pages) { renderer.render($0) }
        return pages.flatMap(\.diagnostics) + AnchorCheck().run(plan, pages: pages).diagnostics
    }

    /// Names the file system cannot hold (too long, or the same but for case),
    /// found before anything is written: content errors, at the slug or file.
    func outputNameProblems(_ source: SiteSource) -> [Diagnostic] {
        OutputNames.problems(loader.plannedOutput(source.chapters, staticFiles: source.staticFiles) + OutputNames.figureFiles(of: source.chapters), output: options.outputURL)
    }

    /// The site's plan, for commands that need no templates (`params`).
    public func plan() throws(BuildFailure) -> SitePlan {
        try SitePlan.make(try loadSite(), plugins: plugins)
    }

    /// The plan of the content folder when it exists, else of an empty site
    /// (`render` of a lone file outside a project).
    public func planIfPresent() throws(BuildFailure) -> SitePlan {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: options.contentURL.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            return try SitePlan.make(.empty, plugins: plugins)
        }
        return try plan()
    }
}
