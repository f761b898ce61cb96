import Ccmark
import Foundation

/// GitHub's Markdown extensions, as cmark-gfm provides them: registered once
/// per process, attached to every parser, and passed to every HTML render
/// (which reads the list for the extensions' output filters).
///
/// On: table, strikethrough, autolink, tasklist (footnotes are a parse option,
/// `CMARK_OPT_FOOTNOTES`). Off: tagfilter, which only matters when raw HTML is
/// let through, and there it would rewrite an author's `<textarea>` or
/// `<script>` behind their back: `markdown.unsafe_html` means what it says.
///
/// Immutable after `init`, and cmark-gfm's registry is only read after
/// registration, so the pointers may be shared by every thread. One thing
/// is not: see `finishingParse`.
final class GFMExtensions: @unchecked Sendable {
    static let names = ["table", "strikethrough", "autolink", "tasklist"]

    static let shared = GFMExtensions()

    /// The extensions, in `names` order.
    let extensions: [OpaquePointer]
    /// The same, as the `cmark_llist` that `cmark_render_html` takes. Built
    /// once and kept for the life of the process (a global holds it, so
    /// LeakSanitizer sees it as reachable, not leaked).
    let list: UnsafeMutablePointer<cmark_llist>
    /// The tasklist extension, which claims list items that start with `[ ]` or `[x]`.
    let taskList: OpaquePointer
    /// Held while a parser finishes (`finishingParse`).
    private let inlineParsing = NSLock()

    private init() {
        // Idempotent and guarded by cmark-gfm; `static let` also runs this once.
        cmark_gfm_core_extensions_ensure_registered()
        var found: [OpaquePointer] = []
        var list: UnsafeMutablePointer<cmark_llist>?
        for name in Self.names {
            // The core extensions are linked into the library: a missing one
            // is a broken installation, not an input problem.
            guard let ext = cmark_find_syntax_extension(name) else {
                fatalError("libcmark-gfm has no '\(name)' extension: is libcmark-gfm-extensions installed?")
            }
            found.append(ext)
            list = cmark_llist_append(cmark_get_default_mem_allocator(), list, UnsafeMutableRawPointer(ext))
        }
        guard let list, let taskList = cmark_find_syntax_extension("tasklist") else {
            fatalError("libcmark-gfm could not allocate its extension list")
        }
        extensions = found
        self.list = list
        self.taskList = taskList
    }

    /// Runs `cmark_parser_finish` (passed as `finish`) for one parser at a
    /// time. Finishing is where cmark-gfm parses inlines, and around that it
    /// adds the characters its inline extensions start on (`~`, and `:` and
    /// `w` for autolinks) to a table shared by the whole process, then
    /// takes them out again (`cmark_manage_extensions_special_characters` in
    /// 0.29.0.gfm.6; upstream's fix, github/cmark-gfm#176, is not merged).
    /// Two pages finishing at once on two cores would take the characters
    /// away from each other, and a page would keep `~~text~~` or a bare URL
    /// as plain text, now and then (`ConcurrentParsingTests`). Reading lines
    /// into blocks (`cmark_parser_feed`) and everything after parsing still
    /// runs on every core; finishing is a few percent of a build.
    func finishingParse<T>(_ finish: () -> T) -> T {
        inlineParsing.lock()
        defer { inlineParsing.unlock() }
        return finish()
    }
}
