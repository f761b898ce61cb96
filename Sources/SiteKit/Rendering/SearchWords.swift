/// The search box's words (`words.*` in templates), in the theme's language
/// like the heading anchors' label. `{count}` in `search_result_count` is
/// replaced by the number of results shown.
enum SearchWords {
    static func values() -> [String: Any] {
        [
            "search_label": TemplateText("搜索本站"),
            "search_placeholder": TemplateText("搜索（按 / 键）"),
            "search_results": TemplateText("搜索结果"),
            "search_no_results": TemplateText("没有找到结果"),
            "search_result_count": TemplateText("找到 {count} 条结果"),
            "search_load_error": TemplateText("搜索索引没有加载成功"),
        ]
    }
}
