import Localization

/// What every page knows of one page of the site: for navigation, titles and links.
public struct PageMeta: Sendable, Hashable {
    /// `02-local.html`, `index.html`.
    public var url: String
    public var slug: String
    public var title: String
    public var titleHTML: String
    public var description: String
    /// 1-based position among chapters; nil for the home and 404 pages.
    public var number: Int?
    /// When the page last changed, if known (front matter or git).
    public var updated: PageDate?

    public init(url: String, slug: String, title: String, titleHTML: String, description: String, number: Int?, updated: PageDate? = nil) {
        self.url = url
        self.slug = slug
        self.title = title
        self.titleHTML = titleHTML
        self.description = description
        self.number = number
        self.updated = updated
    }

    /// Everything of the page that other pages may show.
    var fingerprint: Fingerprint {
        var fingerprint = Fingerprint()
        for text in [url, slug, title, titleHTML, description] { fingerprint.combine(text) }
        fingerprint.combine(number ?? 0)
        fingerprint.combine(updated?.datetime ?? "")
        return fingerprint
    }

    /// The page as templates list it: title, URL, description, and for a
    /// chapter its number and the number's label in the site's language
    /// (`number_label`: "第 3 章", "Chapter 3").
    func navigationEntry(_ words: LanguageCatalog) -> [String: Any] {
        var entry: [String: Any] = [
            "title": TemplateText(title), "title_html": TemplateText(titleHTML), "url": TemplateText(url),
            "description": TemplateText(description),
        ]
        if let number {
            entry["number"] = number
            entry["number_label"] = TemplateText(words.page.chapterNumber(number))
        }
        return entry
    }
}
