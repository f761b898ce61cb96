/// The box listing a failed build's errors on top of every served page.
/// The reload client builds the same box (see `LiveReloadClient`), so a
/// page served with errors and a page told about them look alike.
enum ErrorOverlay {
    static let elementID = "sitegen-errors"

    static let style = "position:fixed;left:0;right:0;top:0;z-index:2147483647;max-height:60vh;overflow:auto;margin:0;padding:12px 16px;"
        + "background:#2b0d0d;color:#ffecec;border-bottom:3px solid #e5484d;font:13px/1.5 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;text-align:left"

    /// Follows "sitegen: N errors." in the heading; the client composes the same heading.
    static let headingExplanation = " The page shows the last good build and updates by itself once they are fixed."

    static func heading(count: Int) -> String {
        "sitegen: \(count) error\(count == 1 ? "." : "s.")" + headingExplanation
    }

    /// The overlay's HTML, every line escaped, in order; nil when there are no errors.
    static func html(errors: [String]) -> String? {
        guard !errors.isEmpty else { return nil }
        return "<div id=\"\(elementID)\" role=\"alert\" style=\"\(style)\"><strong>\(escape(heading(count: errors.count)))</strong>"
            + "<pre style=\"margin:8px 0 0;white-space:pre-wrap;font:inherit\">\(errors.map(escape).joined(separator: "\n"))</pre></div>"
    }

    static func escape(_ text: String) -> String {
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count)
        for character in text.unicodeScalars {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&#39;"
            default: escaped.unicodeScalars.append(character)
            }
        }
        return escaped
    }
}
