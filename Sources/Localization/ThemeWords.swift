import Foundation

/// Words of the default theme (templates/*.mustache), and of the theme
/// features planned next (search, copy buttons, edit links, dates, colour
/// schemes). A theme reads them from its template context; none holds markup.
public struct ThemeWords: Sendable {
    // base.mustache
    /// The skip link at the top of every page: "跳到正文", "Skip to content".
    public let skipToContent: String

    // partials/chapter-nav.mustache
    /// `aria-label` of the chapter menu: "章节", "Chapters".
    public let chapterMenuLabel: String
    /// The chapter menu's summary, before the current chapter: "全部章节", "All chapters".
    public let allChapters: String
    /// Link to the home page's list when the menu is not inlined:
    /// "在首页查看全部章节", "See all chapters on the home page".
    public let allChaptersOnHome: String

    // partials/toc.mustache
    /// Title and `aria-label` of a chapter's table of contents: "本章内容", "In this chapter".
    public let tableOfContents: String

    // partials/pager.mustache
    /// `aria-label` of the previous/next links: "翻页", "Chapter pages".
    public let pagerLabel: String
    /// Above the previous chapter's title: "上一章", "Previous".
    public let previousChapter: String
    /// Above the next chapter's title: "下一章", "Next".
    public let nextChapter: String
    /// Above "home" on the first chapter's back link: "返回", "Back to".
    public let back: String
    /// Above the link to the chapter list on the last chapter: "读完了", "You've finished".
    public let finished: String
    /// The last chapter's link to the chapter list: "回到章节列表", "Back to the chapter list".
    public let backToChapterList: String

    // partials/footer.mustache, pager, 404
    /// The home page as a link or a pager title: "首页", "Home".
    public let home: String
    /// The footer's credit: "由 sitegen 生成", "Made with sitegen".
    public let generatedBy: @Sendable (_ generator: String) -> String

    // home.mustache
    /// Before the first chapter's title on the home page: "从第一章读起：", "Start with chapter 1: ".
    public let startReading: String
    /// Heading of the home page's chapter list: "章节", "Chapters".
    public let chapterListHeading: String

    // 404.mustache
    /// Title and heading of the not-found page: "页面不存在", "Page not found".
    public let notFoundTitle: String
    /// Its first paragraph: "你要找的页面不在这里：它可能改了名字，也可能是链接写错了。".
    public let notFoundExplanation: String
    /// Its second paragraph, in three parts around the link home:
    /// "可以" + "回到首页" + "，或者从下面的章节列表重新开始。".
    public let notFoundBeforeLink: String
    public let notFoundLinkHome: String
    public let notFoundAfterLink: String
    /// Heading of its chapter list: "全部章节", "All chapters".
    public let notFoundChapterListHeading: String

    // Planned theme features.
    /// A code block's copy button: "复制", "Copy".
    public let copyCode: String
    /// The copy button once the code is on the clipboard: "已复制", "Copied".
    public let copiedCode: String
    /// Link to the page's source in its repository: "编辑本页", "Edit this page".
    public let editPage: String
    /// Before the page's last-modified date: "最后更新", "Last updated".
    public let lastUpdated: String
    /// `aria-label` of the colour-scheme switch: "外观", "Appearance".
    public let colorScheme: String
    /// The switch's choices: "浅色"/"Light", "深色"/"Dark", "跟随系统"/"System".
    public let colorSchemeLight: String
    public let colorSchemeDark: String
    public let colorSchemeSystem: String
    /// The search field's label: "搜索", "Search".
    public let searchLabel: String
    /// The search field's placeholder: "搜索本站", "Search this site".
    public let searchPlaceholder: String
    /// Shown when a search finds nothing: "没有找到结果", "No results".
    public let searchNoResults: String
    /// How many results a search found, `{count}` standing for the number,
    /// for one result and for any other count (the search script picks one):
    /// "找到 {count} 个结果"; "{count} result", "{count} results".
    public let searchResultCountOne: String
    public let searchResultCountOther: String
    /// `aria-label` of the list of results: "搜索结果", "Search results".
    public let searchResults: String
    /// Shown when the index cannot be loaded: "搜索索引没有加载成功", "The search index could not be loaded".
    public let searchLoadError: String

    /// "找到 3 个结果", "3 results", "1 result".
    public func searchResultCount(_ count: Int) -> String {
        (count == 1 ? searchResultCountOne : searchResultCountOther).replacingOccurrences(of: "{count}", with: String(count))
    }
}
