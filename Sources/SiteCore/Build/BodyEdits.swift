extension SiteBuild {
    /// The plan and the pages to render again after edits that changed only
    /// pages' bodies: each changed file is a page of the last plan, read
    /// again, whose text before the body (its front matter) is byte for byte
    /// the same. Then no page moved, no title or setting changed and the
    /// plugins' plans stand (they read front matter, never bodies), so the
    /// last plan is kept with those pages' new sources, and the pages to
    /// render again are the ones that recorded one of the edited files.
    ///
    /// Nil when anything else may have changed (a template, a new, deleted
    /// or linked file, front matter, a data file, dates from git): then the
    /// folder is read and planned again, which also reports any problem.
    /// On a large site this is what keeps a body edit from costing a listing
    /// of the folder and a plan of every page.
    func planAfterBodyEdits(_ changed: ChangedFiles, since previous: BuildResult) -> (plan: SitePlan, pages: Set<PageID>)? {
        let source = previous.plan.source
        guard !changed.templates, !changed.content.isEmpty, source.config.dates != .git else { return nil }
        let loader = frontEnd.loader
        var edited: [PageID: PageSource] = [:]
        for path in changed.content {
            let id = PageID(path)
            guard !source.linkedFiles.contains(path), let old = previous.plan[id]?.source, old.fileName == path,
                  let new = loader.rereadBody(of: old, confinement: source.confinement(of: path)) else { return nil }
            edited[id] = new
        }
        guard let plan = previous.plan.replacingSources(edited) else { return nil }
        // Every other dependency (titles, neighbours, settings, templates,
        // plugin values) is as it was: only the edited files' fingerprints can differ.
        let fingerprints = Dictionary(uniqueKeysWithValues: edited.map { ($0.key.rawValue, $0.value.fingerprint) })
        var pages = Set<PageID>()
        // By index: each page's dependencies are read in place, not the whole page copied.
        for index in previous.pages.indices {
            for entry in previous.pages[index].dependencies.entries {
                guard case .contentFile(let path) = entry.key, let now = fingerprints[path] else { continue }
                if now != entry.fingerprint {
                    pages.insert(previous.pages[index].id)
                    break
                }
            }
        }
        return (plan, pages)
    }
}
