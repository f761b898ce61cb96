import ConfigTree

/// Links to headings of other pages (`03-shared.md#权值共享`), checked once
/// every page's heading ids are known.
struct AnchorCheck: SiteStep {
    func run(_ plan: SitePlan, pages: [RenderedPage]) -> SiteStepOutput {
        var idsByFile: [String: HeadingIDSet] = [:]
        for page in pages { idsByFile[page.id.rawValue] = page.headingIDs }
        var diagnostics: [Diagnostic] = []
        let suggestions = SuggestionBudget()
        for page in pages {
            for anchor in page.pendingAnchors where !(idsByFile[anchor.targetFile]?.contains(anchor.id) ?? false) {
                diagnostics.append(Diagnostic(path: anchor.path, location: anchor.location,
                    message: "link to '\(anchor.targetFile)#\(anchor.id)': that page has no heading with that id\(suggestions.didYouMeanAnchor(anchor.id, in: idsByFile[anchor.targetFile]?.sorted ?? []))"))
            }
        }
        return SiteStepOutput(diagnostics: diagnostics)
    }
}
