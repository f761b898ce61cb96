/// Words the site layer writes into pages itself (not through the theme).
public struct PageWords: Sendable {
    /// The `aria-label` and `title` of the `#` link after each heading
    /// (`PageRenderer.anchorLabel`): "本节链接", "Link to this section".
    public let anchorLabel: String
    /// A chapter's number as a label: "第 3 章", "Chapter 3". Written by the
    /// theme above chapter titles, on chapter cards and in the chapter menu.
    public let chapterNumber: @Sendable (_ number: Int) -> String
    /// A calendar date as readers of the language write it: "2026年3月5日",
    /// "5 March 2026". Shown beside `ThemeWords.lastUpdated`.
    public let date: @Sendable (_ year: Int, _ month: Int, _ day: Int) -> String
}
