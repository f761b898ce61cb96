import SearchIndex

/// `search/`: the search index over every page's text by section
/// (`SearchIndexBuilder`), home page first, then the chapters in reading
/// order; the 404 page is not indexed. Off with `search: false` in site.yml.
///
/// Built as the pages render (`SearchIndexStream`): each page's text goes
/// into the index once it and the pages before it are done, so a build does
/// not hold every page's text until the end.
struct SearchIndexStep: SiteStep {
    /// Fetched by the search box as the reader types.
    var isFetchedOnDemand: Bool { true }

    func generatedFolder(_ plan: SitePlan) -> String? {
        plan.source.config.search ? GeneratedFiles.searchFolder : nil
    }

    func readsSections(_ plan: SitePlan) -> Bool {
        plan.source.config.search
    }

    func pageStream(_ plan: SitePlan) -> (any PageStream)? {
        plan.source.config.search ? SearchIndexStream(plan: plan) : nil
    }

    func run(_ plan: SitePlan, pages: [RenderedPage]) -> SiteStepOutput {
        guard let stream = pageStream(plan) else { return SiteStepOutput() }
        for page in pages { stream.take(page) }
        return stream.finish()
    }
}

/// The search index, given the pages one at a time in site order.
final class SearchIndexStream: PageStream {
    private let plan: SitePlan
    private var index = SearchIndexBuilder().start()

    init(plan: SitePlan) {
        self.plan = plan
    }

    func take(_ page: RenderedPage) {
        guard let entry = plan[page.id], entry.kind != .notFound else { return }
        index.add(SearchDocument(url: entry.meta.url, title: entry.meta.title,
                                 sections: page.sections.map { SearchSection(id: $0.id, heading: $0.heading, text: $0.text) }))
    }

    func finish() -> SiteStepOutput {
        SiteStepOutput(files: index.finish().map { ($0.path, $0.contents) })
    }
}
