/// `chapters.js`: the chapter list written once for the whole site, so pages
/// of a long site need not repeat it (as mdBook does with its toc.js). A
/// script, not JSON, so it also loads from file:// where fetch() cannot.
enum ChapterScript {
    static func make(_ chapters: [PageMeta]) -> String {
        var script = "// The site's chapters, for the chapter list (written by sitegen).\nwindow.SITEGEN_CHAPTERS = [\n"
        for chapter in chapters {
            script += "  {\"title\": \(JSONString.literal(chapter.title)), \"url\": \(JSONString.literal(chapter.url))},\n"
        }
        script += "];\n"
        return script
    }
}
