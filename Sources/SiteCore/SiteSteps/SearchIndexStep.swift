import SearchIndex

/// `search/`: the search index over every page's text by section
/// (`SearchIndexBuilder`), home page first, then the chapters in reading
/// order; the 404 page is not indexed. Off with `search: false` in site.yml.
struct SearchIndexStep: SiteStep {
    /// Fetched by the search box as the reader types.
    var isFetchedOnDemand: Bool { true }

    func generatedFolder(_ plan: SitePlan) -> String? {
        plan.source.config.search ? GeneratedFiles.searchFolder : nil
    }

    func readsSections(_ plan: SitePlan) -> Bool {
        plan.source.config.search
    }

    func run(_ plan: SitePlan, pages: [RenderedPage]) -> SiteStepOutput {
        guard plan.source.config.search else { return SiteStepOutput() }
        let documents = pages.compactMap { page -> SearchDocument? in
            guard let meta = plan[page.id]?.meta, plan[page.id]?.kind != .notFound else { return nil }
            return SearchDocument(url: meta.url, title: meta.title, sections: page.sections.map { SearchSection(id: $0.id, heading: $0.heading, text: $0.text) })
        }
        return SiteStepOutput(files: SearchIndexBuilder().build(documents).map { ($0.path, $0.contents) })
    }
}
