/// Writes `feed.xml` when site.yml sets a base URL (`AtomFeed`).
struct FeedStep: SiteStep {
    /// Made from the chapters' titles and URLs alone.
    var readsRenderedPages: Bool { false }

    func plannedFiles(_ plan: SitePlan) -> [String] {
        plan.source.config.baseURL == nil ? [] : [GeneratedFiles.feed]
    }

    func run(_ plan: SitePlan, pages: [RenderedPage]) -> SiteStepOutput {
        guard let baseURL = plan.source.config.baseURL else { return SiteStepOutput() }
        let config = plan.source.config
        let feed = AtomFeed.make(
            baseURL: baseURL, title: plan.siteTitle.text, description: plan.siteDescription,
            author: config.author, language: config.language, chapters: plan.chapters.map(\.meta)
        )
        return SiteStepOutput(files: [(GeneratedFiles.feed, feed)])
    }
}
