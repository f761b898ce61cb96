import ConfigTree
import Localization
import Markdown

/// An extension of the generic site build, the way an mdBook preprocessor
/// extends a book: it declares the content it reads, contributes to the
/// site-wide plan, and works on each page's Markdown tree. The site core
/// knows nothing of what a plugin computes; the explainer (numbers, diagrams,
/// networks) is one.
public protocol SitePlugin: Sendable {
    /// Front matter keys the plugin reads; their values reach it, located in
    /// the page's file, through `PageSource.extra`.
    var frontMatterKeys: [String] { get }

    /// Slugs a chapter may not take because the plugin uses the name itself
    /// (the explainer's site-wide scenario is called `site`).
    var reservedSlugs: Set<String> { get }

    /// Whether a content file (relative path) is YAML data the plugin reads,
    /// and whether it is also published as a file of the site.
    func dataFileUse(_ relativePath: String) -> DataFileUse

    /// The site-wide pass, before any page renders: what every page needs
    /// from the rest of the site. Problems go to `diagnostics`; the build
    /// stops after the plan when there are any.
    ///
    /// It reads the site's settings, its data files and the pages' front
    /// matter, never a page's body: after edits that changed only bodies, a
    /// rebuild keeps the plan it made (`SiteBuild.planAfterBodyEdits`).
    func plan(_ site: SiteSource, diagnostics: inout [Diagnostic]) -> any PluginPlan
}

/// How a plugin uses a content file.
public enum DataFileUse: Sendable {
    /// Not the plugin's: published as it is.
    case none
    /// Read as YAML for the plugin, not published (`params.yml`).
    case read
    /// Read as YAML for the plugin and also published (`models/lenet.yml`, for readers to download).
    case readAndPublish
}

/// What a plugin worked out for the whole site. Immutable and shared by the
/// rendering workers.
public protocol PluginPlan: Sendable {
    /// Text from front matter or site.yml (a title, a description) as HTML and
    /// as plain text, for `page` (nil: the site's own settings); nil when the
    /// plugin leaves the text as it is.
    func expandText(_ text: String, for page: PageID?, at location: SourceLocation, sink: inout DiagnosticSink) -> (html: String, text: String)?

    /// The plugin's part of rendering one page.
    func pageWork(for page: Page, context: PageWorkContext) -> any PageWork

    /// The current fingerprint of a dependency the plugin records for pages
    /// (`PageDependencies.plugin`), or nil when it no longer exists.
    func fingerprint(of key: String) -> Fingerprint?
}

/// What a page's plugin work may use and tell the core.
public struct PageWorkContext {
    /// Figure files the page writes (`diagrams/SLUG-N-KIND.svg`).
    public let figures: FigureFiles
    /// Where the plugin notes what else the page's output depends on.
    public let dependencies: DependencyRecorder
    /// Every word the plugin writes, in the site's language.
    public let words: LanguageCatalog
}

/// A plugin's work on one page, in the Markdown pipeline's order: the text
/// before parsing, the tree before the core's transforms, and fenced blocks.
public protocol PageWork {
    /// The Markdown about to be parsed (for example, to protect escapes that
    /// cmark would otherwise consume). Error columns are looked up in the result.
    func prepare(_ markdown: String) -> String

    /// Node types `transform` works on; the pipeline collects them in its one walk of the tree.
    var nodeTypes: [NodeType] { get }

    /// Works on the parsed tree, before fenced blocks and the core's transforms.
    /// `source` is the parsed Markdown (after `prepare`), for error columns.
    func transform(_ nodes: CollectedNodes, source: String, lineOffset: Int, sink: inout DiagnosticSink)

    /// Fenced-block kinds this plugin renders, by info string (```params).
    var blockHandlers: [String: FencedBlocks.Handler] { get }
}

extension PageWork {
    public func prepare(_ markdown: String) -> String { markdown }
    public var nodeTypes: [NodeType] { [] }
    public func transform(_ nodes: CollectedNodes, source: String, lineOffset: Int, sink: inout DiagnosticSink) {}
    public var blockHandlers: [String: FencedBlocks.Handler] { [:] }
}

/// The nodes of one page's tree, by type, from the pipeline's single walk.
public struct CollectedNodes {
    let byType: [NodeType: [Node]]

    public subscript(_ type: NodeType) -> [Node] { byType[type] ?? [] }
}
