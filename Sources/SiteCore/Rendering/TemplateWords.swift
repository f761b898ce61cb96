import Localization

/// The theme's words as templates read them (`{{words.previous_chapter}}`),
/// from the site's language catalog, built once per build.
enum TemplateWords {
    static func values(_ catalog: LanguageCatalog, generator: String) -> [String: Any] {
        let theme = catalog.theme
        let words: [String: String] = [
            "skip_to_content": theme.skipToContent,
            "chapter_menu_label": theme.chapterMenuLabel,
            "all_chapters": theme.allChapters,
            "all_chapters_on_home": theme.allChaptersOnHome,
            "table_of_contents": theme.tableOfContents,
            "pager_label": theme.pagerLabel,
            "previous_chapter": theme.previousChapter,
            "next_chapter": theme.nextChapter,
            "back": theme.back,
            "finished": theme.finished,
            "back_to_chapter_list": theme.backToChapterList,
            "home": theme.home,
            "generated_by": theme.generatedBy(generator),
            "start_reading": theme.startReading,
            "chapter_list_heading": theme.chapterListHeading,
            "not_found_title": theme.notFoundTitle,
            "not_found_explanation": theme.notFoundExplanation,
            "not_found_before_link": theme.notFoundBeforeLink,
            "not_found_link_home": theme.notFoundLinkHome,
            "not_found_after_link": theme.notFoundAfterLink,
            "not_found_chapter_list_heading": theme.notFoundChapterListHeading,
            "copy_code": theme.copyCode,
            "copied_code": theme.copiedCode,
            "edit_page": theme.editPage,
            "last_updated": theme.lastUpdated,
            "color_scheme": theme.colorScheme,
            "color_scheme_light": theme.colorSchemeLight,
            "color_scheme_dark": theme.colorSchemeDark,
            "color_scheme_system": theme.colorSchemeSystem,
            "search_label": theme.searchLabel,
            "search_placeholder": theme.searchPlaceholder,
            "search_no_results": theme.searchNoResults,
            "search_result_count_one": theme.searchResultCountOne,
            "search_result_count_other": theme.searchResultCountOther,
            "search_results": theme.searchResults,
            "search_load_error": theme.searchLoadError,
        ]
        return words.mapValues { TemplateText($0) }
    }
}
