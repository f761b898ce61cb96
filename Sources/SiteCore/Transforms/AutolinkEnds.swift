import Markdown

/// Ends a bare URL at Chinese punctuation. cmark-gfm's autolinks run to the
/// next space or `<`, so `见 https://pytorch.org。下一句` links to
/// "https://pytorch.org。下一句": Chinese puts no space after a URL. Here the
/// link stops before the first CJK or full-width punctuation mark (。，、：；！？（）
/// 「」《》…), which no real URL holds unencoded, and GFM's rule for the end of
/// an autolink (no trailing `?!.,:*_~`) applies again at the new end. Han
/// characters stay in the URL: `https://zh.wikipedia.org/wiki/卷积` is a link.
///
/// Only links the autolink extension made are touched: their text is their
/// URL (less `http://` for `www.` links, `mailto:` for addresses).
struct AutolinkEnds {
    /// `links`: the document's links.
    func apply(to links: [Node]) {
        for link in links {
            guard let url = link.url, let text = link.firstChild, text.next == nil, text.type == .text,
                  let literal = text.literal else { continue }
            let scheme: String
            if url == literal {
                scheme = ""
            } else if url == "http://" + literal {
                scheme = "http://"
            } else if url == "mailto:" + literal {
                scheme = "mailto:"
            } else {
                continue
            }
            let scalars = Array(literal.unicodeScalars)
            guard var end = scalars.firstIndex(where: Self.isCJKPunctuation) else { continue }
            while end > 0, "?!.,:*_~".unicodeScalars.contains(scalars[end - 1]) { end -= 1 }
            var kept = String.UnicodeScalarView(), rest = String.UnicodeScalarView()
            kept.append(contentsOf: scalars[..<end])
            rest.append(contentsOf: scalars[end...])
            let keptText = String(kept)
            // Nothing left to link: cmark-gfm links no bare `https://` or `www.`,
            // so this does not happen; the link stays as it was, and is never
            // freed here (the link checker still holds it).
            if keptText.isEmpty || keptText.hasSuffix("://") || keptText == "www." { continue }
            guard link.insertAfter(link.document.makeText(String(rest))) else { continue }
            text.literal = keptText
            link.url = scheme + keptText
        }
    }

    /// CJK symbols and punctuation (U+3000–303F), full-width forms (U+FF00–FF65),
    /// and the vertical and small forms (U+FE10–FE1F, FE30–FE6F).
    static func isCJKPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3000...0x303F, 0xFF00...0xFF65, 0xFE10...0xFE1F, 0xFE30...0xFE6F: return true
        default: return false
        }
    }
}
