import Localization

/// The words the Markdown transforms write (callout titles, the label of a
/// scrolling table, the names of task-list boxes, footnote back-links),
/// taken from the site's language catalog.
struct MarkdownWords: Sendable {
    /// `[!NOTE]` and the other GitHub alert kinds, by kind in lower case.
    var calloutTitles: [String: String]
    var tableLabel: String
    var labelSeparator: String
    var listSeparator: String
    var taskDone: String
    var taskOpen: String
    var backToText: String

    init(_ catalog: LanguageCatalog) {
        let callouts = catalog.callouts, page = catalog.page
        calloutTitles = ["note": callouts.note, "tip": callouts.tip, "important": callouts.important, "warning": callouts.warning, "caution": callouts.caution]
        tableLabel = page.tableLabel
        labelSeparator = page.labelSeparator
        listSeparator = page.listSeparator
        taskDone = page.taskDone
        taskOpen = page.taskOpen
        backToText = page.backToText
    }
}
