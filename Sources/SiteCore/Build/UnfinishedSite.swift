/// A content folder whose only problems are in pages' front matter, with
/// those pages read as well as they could be: a build that fails still
/// renders every page (writing nothing) to report its body's problems too,
/// so one run shows them all instead of hiding a body behind its front matter.
struct UnfinishedSite: Sendable {
    var site: SiteSource
    /// Pages (by path) whose front matter was not even a YAML mapping: their
    /// plugin keys (`params:`) are unknown, so only the core's checks run on
    /// their bodies (links, anchors), not the plugins' (placeholders, blocks),
    /// which would report names that the unread keys may define.
    var bodyOnlyPages: Set<String>
}
