import ConfigTree

/// Links to headings of other pages (`03-shared.md#权值共享`), checked once
/// every page's heading ids are known.
struct AnchorCheck: SiteStep {
    func run(_ plan: SitePlan, pages: [RenderedPage]) -> SiteStepOutput {
        // `pages` keep the plan's order, so a link's target is found by its
        // place in the plan: no table of every page's ids is built, which on
        // a large site cost more than a one-page rebuild.
        // Pages are read by index: a loop over the values would copy each whole page.
        let inPlanOrder = pages.count == plan.pages.count && pages.indices.allSatisfy { pages[$0].id == plan.pages[$0].id }
        var idsByFile: [String: HeadingIDSet] = [:]
        if !inPlanOrder {
            for index in pages.indices { idsByFile[pages[index].id.rawValue] = pages[index].headingIDs }
        }
        func headingIDs(of file: String) -> HeadingIDSet? {
            guard inPlanOrder else { return idsByFile[file] }
            return plan.index(of: PageID(file)).map { pages[$0].headingIDs }
        }
        var diagnostics: [Diagnostic] = []
        let suggestions = SuggestionBudget()
        for index in pages.indices where !pages[index].pendingAnchors.isEmpty {
            for anchor in pages[index].pendingAnchors {
                let ids = headingIDs(of: anchor.targetFile)
                guard !(ids?.contains(anchor.id) ?? false) else { continue }
                diagnostics.append(Diagnostic(path: anchor.path, location: anchor.location,
                    message: "link to '\(anchor.targetFile)#\(anchor.id)': that page has no heading with that id\(suggestions.didYouMeanAnchor(anchor.id, in: ids?.sorted ?? []))"))
            }
        }
        return SiteStepOutput(diagnostics: diagnostics)
    }
}
