import ConfigTree
import Foundation
import Markdown

/// What the link rewriter knows of the whole site before any page renders.
public struct LinkTargets: Sendable {
    /// Page URL by Markdown file name (`03-shared.md` → `03-shared.html`, `index.md` → `index.html`).
    var pages: [String: String]
    /// Static files, relative to the content folder.
    var files: Set<String>
    /// The pages' own URLs, which content may also link to directly, with
    /// the Markdown file each comes from (to check anchors in such links).
    var fileOfPageURL: [String: String]

    public init(pages: [String: String], files: Set<String>) {
        self.pages = pages
        self.files = files
        self.fileOfPageURL = Dictionary(pages.map { ($0.value, $0.key) }, uniquingKeysWith: { first, _ in first })
    }
}

/// A link to a heading of another page, checked once every page's ids are known.
public struct PendingAnchor: Sendable {
    public var path: String
    public var location: SourceLocation
    public var targetFile: String
    public var id: String
}

/// Rewrites links to chapters' Markdown files (`03-shared.md#权值共享`) into
/// links to their pages, and reports links to chapters, headings or files
/// that do not exist (Zola checks these too; Hugo does not).
///
/// Anchors in the same page are checked at once; anchors in other pages are
/// returned as `PendingAnchor`s, since pages render in parallel.
struct LinkRewriter {
    var targets: LinkTargets
    var currentFile: String
    var currentIDs: HeadingIDSet
    /// Shared by every link of the page.
    let suggestions = SuggestionBudget()

    /// `links`: the document's links and images.
    /// `source`: the parsed Markdown, in which cmark's byte columns are turned into character columns.
    func apply(to links: [Node], source: String, sink: inout DiagnosticSink, lineOffset: Int) -> [PendingAnchor] {
        var pending: [PendingAnchor] = []
        let lines = SourceLineIndex(source)
        for node in links {
            guard let url = node.url else { continue }
            // Character columns need the line index: only for a link that may be reported.
            var location: SourceLocation {
                SourceLocation(line: node.startLine + lineOffset, column: lines.characterColumn(ofByteColumn: node.startColumn, inLine: node.startLine))
            }
            switch rewrite(url, isImage: node.type == .image) {
            case .keep:
                break
            case .replace(let newURL, let anchor):
                node.url = newURL
                if let (file, id) = anchor {
                    pending.append(PendingAnchor(path: sink.path, location: location, targetFile: file, id: id))
                }
            case .broken(let message):
                sink.error(message, at: location)
            }
        }
        return pending
    }

    enum Outcome {
        case keep
        case replace(String, anchor: (file: String, id: String)?)
        case broken(String)
    }

    func rewrite(_ url: String, isImage: Bool) -> Outcome {
        if url.hasPrefix("/"), !url.hasPrefix("//"), Self.split(url).path.hasSuffix(".md") {
            // Absolute from the server's root: breaks under a path prefix and from disk.
            return .broken("link to '\(url)': write chapter links relative to this file ('\(url.drop(while: { $0 == "/" }))'), so the site works under any path and from disk")
        }
        if url.isEmpty || Self.isExternal(url) { return .keep }
        let (pathPart, fragment) = Self.split(url)
        let path = Self.decodePercents(pathPart)
        let id = fragment.map(Self.decodePercents) ?? ""

        if path.isEmpty {
            // `#anchor` within this page.
            guard !id.isEmpty, !currentIDs.contains(id) else { return .keep }
            return .broken("link to '#\(id)': this page has no heading with that id\(suggestions.didYouMeanAnchor(id, in: currentIDs.sorted))")
        }

        // Relative to this file's folder; the result is relative to the content folder.
        let normalized = Self.normalize(currentFolder.isEmpty ? path : currentFolder + "/" + path)
        if normalized.hasPrefix("../") || normalized == ".." { return .keep }
        if normalized.hasSuffix(".md") && !isImage && !targets.files.contains(normalized) {
            guard let siteURL = targets.pages[normalized] else {
                return .broken("link to '\(path)': no such chapter\(suggestions.didYouMean(normalized, in: targets.pages.keys.sorted()))")
            }
            let pageURL = Self.relative(siteURL, from: currentFolder)
            guard !id.isEmpty else { return .replace(pageURL, anchor: nil) }
            if normalized == currentFile {
                guard currentIDs.contains(id) else {
                    return .broken("link to '\(path)#\(id)': this page has no heading with that id\(suggestions.didYouMeanAnchor(id, in: currentIDs.sorted))")
                }
                return .replace(pageURL + "#" + (fragment ?? id), anchor: nil)
            }
            return .replace(pageURL + "#" + (fragment ?? id), anchor: (normalized, id))
        }

        if let file = targets.fileOfPageURL[normalized] {
            // A link straight to a page (`02-local.html#权值共享`): its anchor is checked too.
            guard !id.isEmpty else { return .keep }
            if file == currentFile {
                return currentIDs.contains(id) ? .keep : .broken("link to '\(path)#\(id)': this page has no heading with that id\(suggestions.didYouMeanAnchor(id, in: currentIDs.sorted))")
            }
            return .replace(url, anchor: (file, id))
        }
        if targets.files.contains(normalized) || GeneratedFiles.files.contains(normalized) {
            return .keep
        }
        if !isImage, let chapter = chapterMeant(by: normalized) {
            let anchor = fragment.map { "#" + $0 } ?? ""
            return .broken("link to '\(url)': no such file; a link to a chapter names its Markdown file: did you mean '\(chapter)\(anchor)'?")
        }
        return .broken("link to '\(path)': no such file in the content folder\(Suggestion.didYouMean(normalized, in: targets.files.sorted()))")
    }

    /// The chapter file a link without `.md` most likely means: `02-local`
    /// for `02-local.md`, or a page's URL without `.html` (`weights` for the
    /// chapter whose page is `weights.html`).
    func chapterMeant(by path: String) -> String? {
        if targets.pages[path + ".md"] != nil { return path + ".md" }
        let bare = path.hasSuffix("/") ? String(path.dropLast()) : path
        return targets.fileOfPageURL[bare + ".html"]
    }

    /// The folder of the file being rendered, relative to the content folder (`""`, `guide`).
    var currentFolder: String {
        guard let slash = currentFile.lastIndex(of: "/") else { return "" }
        return String(currentFile[..<slash])
    }

    /// `url` (relative to the site's root) as seen from a page in `folder`:
    /// `guide/02.html` from `guide` is `02.html`, `01.html` from `guide/advanced` is `../../01.html`.
    static func relative(_ url: String, from folder: String) -> String {
        guard !folder.isEmpty else { return url }
        let from = folder.split(separator: "/")
        var to = url.split(separator: "/", omittingEmptySubsequences: false)
        var shared = 0
        while shared < from.count, shared < to.count - 1, from[shared] == to[shared] { shared += 1 }
        to.removeFirst(shared)
        return String(repeating: "../", count: from.count - shared) + to.joined(separator: "/")
    }

    /// `%E6%9D%83` → `权`; text without `%` is returned as it is, without Foundation's cost.
    static func decodePercents(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "%")) else { return text }
        return text.removingPercentEncoding ?? text
    }

    static func isExternal(_ url: String) -> Bool {
        if url.hasPrefix("/") { return true }
        // A scheme: letters, digits, + - . before the first ':' (RFC 3986).
        guard let colon = url.firstIndex(of: ":") else { return false }
        let scheme = url[..<colon]
        return !scheme.isEmpty && scheme.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) }
    }

    static func split(_ url: String) -> (path: String, fragment: String?) {
        var rest = Substring(url)
        var fragment: String?
        if let hash = rest.firstIndex(of: "#") {
            fragment = String(rest[rest.index(after: hash)...])
            rest = rest[..<hash]
        }
        if let query = rest.firstIndex(of: "?") { rest = rest[..<query] }
        return (String(rest), fragment)
    }

    /// `./a/../b.md` → `b.md`.
    static func normalize(_ path: String) -> String {
        var parts: [Substring] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." { continue }
            if part == "..", let last = parts.last, last != ".." { parts.removeLast(); continue }
            parts.append(part)
        }
        return parts.joined(separator: "/")
    }
}
