/// Page slugs: the file name of a chapter's page (`SLUG.html`).
enum Slug {
    /// Names the site itself uses: pages and folders at the top of the output folder.
    static let reserved: Set<String> = [HomePage.slug, "404", "chapters", "sitemap", "assets", "diagrams"]

    /// The longest slug, in UTF-8 bytes: the longest name made from it,
    /// a figure's `SLUG-N-KIND.svg`, must fit the 255 bytes that file systems
    /// allow in one name (ext4, APFS, NTFS) for a page of up to 9,999 figures.
    static let maxBytes = OutputNames.maxNameBytes - "-9999-filters.svg".utf8.count

    /// Why `slug` cannot name a page, or nil when it can. `reservedByPlugins`:
    /// names plugins use for their own things (the explainer's `site` scenario).
    static func problem(with slug: String, reservedByPlugins: Set<String> = []) -> String? {
        if slug.isEmpty { return "it is empty" }
        if slug.utf8.count > maxBytes {
            return "it is \(slug.utf8.count) bytes long (UTF-8), over the \(maxBytes) that leave room for SLUG.html and the figure files SLUG-N-KIND.svg in the file system's 255-byte names; shorten it"
        }
        // No reserved name is longer than 8 bytes: most slugs skip the lowercasing.
        if slug.utf8.count <= 8, reserved.contains(slug.lowercased()) { return "'\(slug)' is reserved for the site's own pages and folders" }
        if !reservedByPlugins.isEmpty, reservedByPlugins.contains(slug.lowercased()) { return "'\(slug)' is reserved for the site's own pages and folders" }
        if slug.hasPrefix(".") { return "it must not start with '.'" }
        // The common case, ASCII letters, digits, '-', '_' and '.', without Character properties.
        if slug.utf8.allSatisfy({ isASCIISlugByte($0) }) { return nil }
        for character in slug {
            let allowed = character.isLetter || character.isNumber || character == "-" || character == "_" || character == "."
            if !allowed { return "use letters, digits, '-', '_' and '.' only (found '\(character)')" }
        }
        return nil
    }

    private static func isASCIISlugByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
             UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."):
            return true
        default:
            return false
        }
    }
}
