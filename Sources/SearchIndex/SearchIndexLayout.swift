/// Where the index's files go, relative to the site root. Every file is a
/// script that hands its data to `window.sitegenSearch` (as mdBook's
/// searchindex.js does), so the index loads from file:// with no fetch().
public enum SearchIndexLayout {
    public static let folder = "search"
    /// Shard counts, block starts: loaded first by every query.
    public static let root = "search/index.js"

    public static func shard(_ number: Int) -> String { "search/t/\(number).js" }
    public static func block(_ number: Int) -> String { "search/d/\(number).js" }
}
