import Localization

/// `search` in templates: the search box's words in the site's language, and
/// (per page) `root`. The default partial opens it once (`{{#search}}`), so
/// each of its tags is a plain name found in the first object Mustache looks
/// in: the box is on every page, and a dotted name looked up under the page's
/// values costs several times as much (on a 10,000-page site the box's ten tags
/// were about a fifth of all template rendering).
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
