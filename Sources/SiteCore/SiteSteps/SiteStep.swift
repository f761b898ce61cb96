/// A step over the whole site after every page has rendered: checks that
/// need every page (anchors into other pages) and files made from all of
/// them (the chapter script, the sitemap, a search index). A step that can
/// take the pages one at a time, in site order, does its work while they
/// render instead (`pageStream`).
public protocol SiteStep: Sendable {
    /// The files it will write whose names the plan already tells, so that a
    /// reused output folder keeps them while stale files are removed.
    func plannedFiles(_ plan: SitePlan) -> [String]

    /// A folder it fills with files whose names are known only when it runs.
    func generatedFolder(_ plan: SitePlan) -> String?

    /// Whether it reads the pages' text by section (pages keep it only then).
    func readsSections(_ plan: SitePlan) -> Bool

    /// Whether it reads the rendered pages (their headings, links or text).
    /// A step that does not makes its files from the plan's settings and
    /// pages' titles, URLs and order alone, writes exactly `plannedFiles`, and
    /// reports no problems: a rebuild after edits to page bodies alone keeps
    /// its last files.
    var readsRenderedPages: Bool { get }

    /// Whether pages fetch its files only when the reader asks for them (the
    /// search index, loaded as the reader types) and it reports no problems:
    /// a preview makes them when first requested (`SiteBuild.defersOnDemandFiles`).
    var isFetchedOnDemand: Bool { get }

    func run(_ plan: SitePlan, pages: [RenderedPage]) -> SiteStepOutput

    /// The step's work page by page as the build renders (`PageStream`), or
    /// nil to be `run` once every page has rendered. Both give the same
    /// output; a build uses the stream when there is one.
    func pageStream(_ plan: SitePlan) -> (any PageStream)?
}

extension SiteStep {
    public func plannedFiles(_ plan: SitePlan) -> [String] { [] }
    public func generatedFolder(_ plan: SitePlan) -> String? { nil }
    public func readsSections(_ plan: SitePlan) -> Bool { false }
    public var readsRenderedPages: Bool { true }
    public var isFetchedOnDemand: Bool { false }
    public func pageStream(_ plan: SitePlan) -> (any PageStream)? { nil }
}

/// What a site-wide step made: files to write and problems found.
public struct SiteStepOutput: Sendable {
    public var files: [(path: String, contents: String)]
    public var diagnostics: [Diagnostic]

    public init(files: [(path: String, contents: String)] = [], diagnostics: [Diagnostic] = []) {
        self.files = files
        self.diagnostics = diagnostics
    }
}
