/// A site-wide step's work done page by page while the build renders: the
/// build hands it every page in site order, each as soon as it and the pages
/// before it have rendered, then asks for its output (`finish`) instead of
/// calling `run`. What it keeps of a page is up to it (the search index keeps
/// tokens and compressed text, not the page's text), so the pages need not
/// hold what it reads until every page has rendered.
///
/// The build calls it from one thread at a time, never concurrently.
public protocol PageStream: AnyObject {
    func take(_ page: RenderedPage)
    func finish() -> SiteStepOutput
}
