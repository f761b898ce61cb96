import Localization

/// `search` in templates: the search box's words in the site's language, and
/// (per page) `root`. The box is on every page, so its tags are few (the
/// script's four words in one attribute) and cheap: the default partial opens
/// this object once (`{{#search}}`), and each tag inside is a plain name found
/// in the first object Mustache looks in, not a dotted name looked up from the
/// page's values. On a 10,000-page site the old box's ten dotted tags were
/// about a fifth of all template rendering; this halved that.
enum SearchBoxValues {
    /// All but `root`, built once per build.
    static func values(_ catalog: LanguageCatalog) -> [String: Any] {
        let theme = catalog.theme
        // What only the script shows, as one JSON attribute value.
        let scriptWords = [
            ("noResults", theme.searchNoResults), ("resultCountOne", theme.searchResultCountOne),
            ("resultCountOther", theme.searchResultCountOther), ("loadError", theme.searchLoadError),
        ].map { JSONString.literal($0.0) + ":" + JSONString.literal($0.1) }
        return [
            "label": TemplateText(theme.searchLabel),
            "placeholder": TemplateText(theme.searchPlaceholder),
            "results_label": TemplateText(theme.searchResults),
            "script_words": TemplateText("{" + scriptWords.joined(separator: ",") + "}"),
        ]
    }
}
