/// Finding a catalog by the tag in site.yml's `language:`.
///
/// The rule, in order:
/// 1. A catalog whose tag equals the requested tag, ignoring case
///    (`zh-cn`, `ZH-CN` and `zh-CN` all find zh-CN; `EN` finds en).
/// 2. Otherwise the one catalog with the same primary language subtag and
///    the same script: the tag's script subtag if it has one (`zh-Hans-SG`),
///    else the script its language and region imply (zh-TW, zh-HK and zh-MO
///    imply Hant, other Chinese tags Hans; other languages need no script).
///    So `en-GB` and `en-US` find en, `zh`, `zh-Hans` and `zh-Hans-CN` find
///    zh-CN, and `zh-TW` or `zh-Hant` find nothing: Traditional Chinese pages
///    with Simplified Chinese labels would be wrong, and an error says so.
/// 3. Otherwise none: `UnknownLanguage` lists the available tags.
///
/// Subtags are separated by `-` (BCP 47); `_` is accepted as the same
/// separator because `zh_CN` is how locale identifiers are often written.
extension LanguageCatalog {
    /// Every shipped catalog, by tag in alphabetical order (ASCII, case-insensitive).
    public static let all: [LanguageCatalog] = [english, simplifiedChinese]
        .sorted { $0.tag.lowercased() < $1.tag.lowercased() }

    /// The catalog of a site whose site.yml names no language.
    public static let `default` = simplifiedChinese

    /// The tags of the shipped catalogs, for messages: ["en", "zh-CN"].
    public static var availableTags: [String] { all.map(\.tag) }

    /// The catalog `tag` selects by the rule above, or nil.
    public static func matching(_ tag: String) -> LanguageCatalog? {
        let requested = LanguageTag(tag)
        guard let language = requested.language else { return nil }
        if let exact = all.first(where: { LanguageTag($0.tag).subtags == requested.subtags }) {
            return exact
        }
        let candidates = all.filter { catalog in
            LanguageTag(catalog.tag).language == language
                && (requested.script.map { $0 == catalog.script.lowercased() } ?? true)
        }
        return candidates.count == 1 ? candidates[0] : nil
    }

    /// The catalog `tag` selects, or an error naming the available tags.
    public static func named(_ tag: String) throws(UnknownLanguage) -> LanguageCatalog {
        guard let catalog = matching(tag) else {
            throw UnknownLanguage(tag: tag, available: availableTags)
        }
        return catalog
    }
}

/// A BCP 47 tag split into lower-cased subtags, enough for the lookup rule.
struct LanguageTag: Equatable {
    let subtags: [String]

    init(_ text: String) {
        subtags = text.lowercased()
            .split(separator: "-", omittingEmptySubsequences: false)
            .flatMap { $0.split(separator: "_", omittingEmptySubsequences: false) }
            .map(String.init)
    }

    /// The primary language subtag (2–8 ASCII letters), or nil for a malformed tag.
    var language: String? {
        guard let first = subtags.first, (2...8).contains(first.count),
              first.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) }),
              subtags.allSatisfy({ !$0.isEmpty && $0.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) } })
        else { return nil }
        return first
    }

    /// The script subtag (four letters, right after the language), or the one
    /// the tag implies for Chinese; nil when the tag says nothing about script.
    var script: String? {
        if subtags.count > 1, subtags[1].count == 4, subtags[1].unicodeScalars.allSatisfy({ ("a"..."z").contains($0) }) {
            return subtags[1]
        }
        guard language == "zh" else { return nil }
        let region = subtags.dropFirst().first { $0.count == 2 || $0.count == 3 }
        return ["tw", "hk", "mo"].contains(region ?? "") ? "hant" : "hans"
    }
}
