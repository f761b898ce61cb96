/// Writes `sitemap.xml` when site.yml sets a base URL (`Sitemap`).
struct SitemapStep: SiteStep {
    /// Made from the chapters' titles and URLs alone.
    var readsRenderedPages: Bool { false }

    func plannedFiles(_ plan: SitePlan) -> [String] {
        plan.source.config.baseURL == nil ? [] : [GeneratedFiles.sitemap]
    }

    func run(_ plan: SitePlan, pages: [RenderedPage]) -> SiteStepOutput {
        guard let baseURL = plan.source.config.baseURL else { return SiteStepOutput() }
        let pages = plan.pages.filter { $0.kind != .notFound }.map(\.meta)
        return SiteStepOutput(files: [(GeneratedFiles.sitemap, Sitemap.make(baseURL: baseURL, pages: pages))])
    }
}
