/// Page slugs: the file name of a chapter's page (`SLUG.html`).
enum Slug {
    /// Names the site itself uses: pages and folders at the top of the output
    /// folder, and `site`, the name of the site-wide scenario.
    static let reserved: Set<String> = ["index", "404", "chapters", "sitemap", "assets", "diagrams", "site"]

    /// Why `slug` cannot name a page, or nil when it can.
    static func problem(with slug: String) -> String? {
        if slug.isEmpty { return "it is empty" }
        if reserved.contains(slug.lowercased()) { return "'\(slug)' is reserved for the site's own pages and folders" }
        if slug.hasPrefix(".") { return "it must not start with '.'" }
        for character in slug {
            let allowed = character.isLetter || character.isNumber || character == "-" || character == "_" || character == "."
            if !allowed { return "use letters, digits, '-', '_' and '.' only (found '\(character)')" }
        }
        return nil
    }
}
