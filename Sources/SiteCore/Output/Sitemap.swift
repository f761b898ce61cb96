/// `sitemap.xml`, written only when site.yml sets base_url (a sitemap needs
/// absolute URLs). Pages in reading order and no dates, so it is byte-stable.
enum Sitemap {
    static func make(baseURL: String, pages: [PageMeta]) -> String {
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for page in pages {
            let url = baseURL + (page.url == HomePage.url ? "" : page.url)
            xml += "  <url><loc>\(HTMLEscaping.escape(HTMLEscaping.percentEncodeURL(url)))</loc></url>\n"
        }
        return xml + "</urlset>\n"
    }
}
