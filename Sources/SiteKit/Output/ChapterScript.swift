/// `chapters.js`: the chapter list written once for the whole site, so pages
/// of a long site need not repeat it (as mdBook does with its toc.js). A
/// script, not JSON, so it also loads from file:// where fetch() cannot.
enum ChapterScript {
    static func make(_ chapters: [PageMeta]) -> String {
        var script = "// The site's chapters, for the chapter list (written by sitegen).\nwindow.SITEGEN_CHAPTERS = [\n"
        for chapter in chapters {
            script += "  {\"title\": \(jsonString(chapter.title)), \"url\": \(jsonString(chapter.url))},\n"
        }
        script += "];\n"
        return script
    }

    /// A JSON string literal (also valid JavaScript), escaping what must be.
    static func jsonString(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case "<": result += "\\u003c"
            case "\u{2028}": result += "\\u2028"
            case "\u{2029}": result += "\\u2029"
            default:
                if scalar.value < 0x20 {
                    result += "\\u" + String(scalar.value, radix: 16).leftPadded(to: 4)
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }
}
