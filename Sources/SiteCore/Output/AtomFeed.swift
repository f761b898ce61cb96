/// `feed.xml`, an Atom feed (RFC 4287) of the chapters, written only when
/// site.yml sets base_url (every id and link in a feed is absolute).
///
/// Entries are the chapters, most recently updated first (reading order
/// among equal dates), each with its title, description, date and link.
/// Atom requires a date on the feed and on every entry, and the output must
/// not depend on when it was built: a chapter without a date takes the
/// newest date of the site, and a site with no dates at all the Unix epoch
/// (set `updated:` or `dates: git` for meaningful ones).
enum AtomFeed {
    static let epoch = "1970-01-01T00:00:00Z"

    static func make(baseURL: String, title: String, description: String, author: String, language: String, chapters: [PageMeta]) -> String {
        let newest = chapters.compactMap(\.updated).max { $0.rfc3339 < $1.rfc3339 }
        let feedUpdated = newest?.rfc3339 ?? epoch
        // Stable order: newest first, then reading order.
        let entries = chapters.enumerated().sorted { left, right in
            let leftDate = left.element.updated?.rfc3339 ?? feedUpdated
            let rightDate = right.element.updated?.rfc3339 ?? feedUpdated
            return leftDate != rightDate ? leftDate > rightDate : left.offset < right.offset
        }.map(\.element)

        func url(_ text: String) -> String { HTMLEscaping.escape(HTMLEscaping.percentEncodeURL(text)) }
        var xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
        xml += "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"\(HTMLEscaping.escape(language))\">\n"
        xml += "  <id>\(url(baseURL))</id>\n"
        xml += "  <title>\(HTMLEscaping.escape(title))</title>\n"
        if !description.isEmpty { xml += "  <subtitle>\(HTMLEscaping.escape(description))</subtitle>\n" }
        xml += "  <link rel=\"alternate\" type=\"text/html\" href=\"\(url(baseURL))\"/>\n"
        xml += "  <link rel=\"self\" type=\"application/atom+xml\" href=\"\(url(baseURL + GeneratedFiles.feed))\"/>\n"
        xml += "  <updated>\(feedUpdated)</updated>\n"
        // The feed's author stands for every entry (RFC 4287 4.1.1).
        xml += "  <author><name>\(HTMLEscaping.escape(author.isEmpty ? title : author))</name></author>\n"
        for chapter in entries {
            let link = url(baseURL + chapter.url)
            xml += "  <entry>\n"
            xml += "    <id>\(link)</id>\n"
            xml += "    <title>\(HTMLEscaping.escape(chapter.title))</title>\n"
            xml += "    <link rel=\"alternate\" type=\"text/html\" href=\"\(link)\"/>\n"
            xml += "    <updated>\(chapter.updated?.rfc3339 ?? feedUpdated)</updated>\n"
            if !chapter.description.isEmpty { xml += "    <summary>\(HTMLEscaping.escape(chapter.description))</summary>\n" }
            xml += "  </entry>\n"
        }
        return xml + "</feed>\n"
    }
}
