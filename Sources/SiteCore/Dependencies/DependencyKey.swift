/// One thing a page's output can depend on.
public enum DependencyKey: Hashable, Sendable, CustomStringConvertible {
    /// A content file, by path relative to the content folder: the page's own
    /// Markdown, or a data file a plugin read for it (`models/lenet.yml`).
    case contentFile(String)
    /// A template with everything it includes or extends (`chapter`).
    case template(String)
    /// The site's settings as pages see them (site.yml, with its title's placeholders filled).
    case site
    /// The whole chapter list as navigation shows it: titles, URLs, order, descriptions.
    case navigation
    /// One page's own title, URL, description and number.
    case pageMeta(PageID)
    /// Which chapters come before and after a chapter, with their titles and
    /// URLs: what its pager shows.
    case neighbours(PageID)
    /// A plugin's own value (the explainer's `scenario:02-local`).
    case plugin(String)

    public var description: String {
        switch self {
        case .contentFile(let path): return "file \(path)"
        case .template(let name): return "template \(name)"
        case .site: return "site settings"
        case .navigation: return "navigation"
        case .pageMeta(let id): return "page \(id)"
        case .neighbours(let id): return "neighbours of \(id)"
        case .plugin(let key): return key
        }
    }
}
