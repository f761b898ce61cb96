/// Writes `chapters.js`, the chapter list for pages of long sites (`ChapterScript`).
struct ChapterScriptStep: SiteStep {
    /// Made from the chapters' titles and URLs alone.
    var readsRenderedPages: Bool { false }

    func plannedFiles(_ plan: SitePlan) -> [String] { [GeneratedFiles.chapterScript] }

    func run(_ plan: SitePlan, pages: [RenderedPage]) -> SiteStepOutput {
        SiteStepOutput(files: [(GeneratedFiles.chapterScript, ChapterScript.make(plan.chapters.map(\.meta)))])
    }
}
