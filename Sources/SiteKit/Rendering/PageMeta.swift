/// What every page knows of one page of the site: for navigation, titles and links.
struct PageMeta: Sendable {
    /// `02-local.html`, `index.html`.
    var url: String
    var slug: String
    var title: String
    var titleHTML: String
    var description: String
    /// 1-based position among chapters; nil for the home page.
    var number: Int?

    var navigationEntry: [String: Any] {
        var entry: [String: Any] = [
            "title": TemplateText(title), "title_html": TemplateText(titleHTML), "url": TemplateText(url),
            "description": TemplateText(description),
        ]
        if let number { entry["number"] = number }
        return entry
    }
}
