/// Which pages must render again after the inputs changed: exactly those
/// that are new, or one of whose recorded dependencies (`PageDependencies`)
/// now has another fingerprint or is gone.
public enum Invalidation {
    public static func pagesToRender(plan: SitePlan, templates: TemplateSet, previous: [PageID: PageDependencies]) -> Set<PageID> {
        let current = CurrentFingerprints(plan: plan, templates: templates)
        var pages = Set<PageID>()
        for page in plan.pages {
            guard let recorded = previous[page.id], recorded.firstChange(in: current) == nil else {
                pages.insert(page.id)
                continue
            }
        }
        return pages
    }
}

/// Input files that changed since a build: content files by path relative to
/// the content folder, and whether any template changed.
public struct ChangedFiles: Sendable, Hashable {
    public var content: Set<String>
    public var templates: Bool

    public init(content: Set<String> = [], templates: Bool = false) {
        self.content = content
        self.templates = templates
    }
}

extension SiteBuild {
    /// The inputs as they are now, read again where `changed` says so (the
    /// rest is taken from `previous`), and the pages that must render again.
    public func affectedPages(by changed: ChangedFiles, since previous: BuildResult) throws(BuildFailure) -> (plan: SitePlan, templates: TemplateSet, pages: Set<PageID>) {
        let affected = try affected(by: changed, since: previous)
        return (affected.plan, affected.templates, affected.pages)
    }

    /// What `affectedPages` finds, and whether only pages' bodies changed
    /// (`planAfterBodyEdits`): then the files copied as they are and the
    /// steps that read no rendered page keep their last output.
    struct Affected {
        var plan: SitePlan
        var templates: TemplateSet
        var pages: Set<PageID>
        var onlyBodiesChanged: Bool
    }

    func affected(by changed: ChangedFiles, since previous: BuildResult) throws(BuildFailure) -> Affected {
        if let edit = planAfterBodyEdits(changed, since: previous) {
            return Affected(plan: edit.plan, templates: previous.templates, pages: edit.pages, onlyBodiesChanged: true)
        }
        let source = try frontEnd.loader.load(reusing: (previous.plan.source, changed.content))
        let templates = changed.templates
            ? try TemplateSet.load(from: frontEnd.options.templatesURL, displayName: frontEnd.options.templates)
            : previous.templates
        let plan = try SitePlan.make(source, plugins: frontEnd.plugins)
        let recorded = Dictionary(previous.pages.map { ($0.id, $0.dependencies) }, uniquingKeysWith: { first, _ in first })
        return Affected(plan: plan, templates: templates, pages: Invalidation.pagesToRender(plan: plan, templates: templates, previous: recorded), onlyBodiesChanged: false)
    }
}
