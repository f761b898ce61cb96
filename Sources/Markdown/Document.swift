import Ccmark

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A parsed Markdown document. It owns every cmark pointer of its tree: the
/// root, and any node created through it that is not (yet) in the tree.
/// Nodes are views (`Node`) that keep their document alive.
///
/// Not thread-safe: use one document per task (chapters are independent).
public final class Document {
    let root: OpaquePointer
    public let options: MarkdownOptions
    /// Nodes created by `makeNode` and not attached to the tree yet: freed at deinit
    /// unless attached, so an abandoned edit never leaks.
    private var detached: Set<OpaquePointer> = []
    /// Plain-text stand-ins for custom nodes (their markup is HTML, but heading
    /// ids, tables of contents and titles need text).
    private var plainTextOfCustom: [OpaquePointer: String] = [:]

    /// Parses UTF-8 Markdown, GitHub-flavoured (see `GFMExtensions`). cmark
    /// accepts any input, so parsing cannot fail.
    public init(markdown: String, options: MarkdownOptions = .init()) {
        self.options = options
        // cmark only returns NULL when it cannot allocate; that is not an input problem.
        guard let parser = cmark_parser_new(options.rawValue) else { fatalError("libcmark-gfm could not allocate a parser") }
        // The parser owns only itself and its list of attached extensions (which
        // are the process's, not copies): the document outlives it.
        defer { cmark_parser_free(parser) }
        for ext in GFMExtensions.shared.extensions {
            cmark_parser_attach_syntax_extension(parser, ext)
        }
        var text = markdown
        text.withUTF8 { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                cmark_parser_feed(parser, chars.baseAddress, chars.count)
            }
        }
        guard let parsed = GFMExtensions.shared.finishingParse({ cmark_parser_finish(parser) }) else {
            fatalError("libcmark-gfm could not allocate a document")
        }
        root = parsed
    }

    deinit {
        cmark_node_free(root)
        for node in detached where cmark_node_parent(node) == nil {
            cmark_node_free(node)
        }
    }

    /// The document node.
    public var rootNode: Node { Node(root, in: self) }

    /// The whole document as HTML, with the document's options.
    public func renderHTML() -> String {
        rootNode.renderHTML()
    }

    // MARK: - Creating nodes

    func makeRawNode(_ type: NodeType) -> OpaquePointer {
        guard let node = cmark_node_new(type.raw) else { fatalError("libcmark-gfm could not allocate a node") }
        detached.insert(node)
        return node
    }

    func attached(_ node: OpaquePointer) {
        detached.remove(node)
    }

    /// Drops what the document tracks about a subtree about to be freed.
    func forgetSubtree(_ root: OpaquePointer) {
        // Nothing to forget while the document tracks nothing (most pages).
        guard !detached.isEmpty || !plainTextOfCustom.isEmpty else { return }
        // A leaf (a text node, a soft break) is its whole subtree: no walk.
        if cmark_node_first_child(root) == nil {
            detached.remove(root)
            plainTextOfCustom.removeValue(forKey: root)
            return
        }
        guard let iterator = cmark_iter_new(root) else { return }
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            if event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) {
                detached.remove(node)
                plainTextOfCustom.removeValue(forKey: node)
            }
        }
    }

    func setPlainText(_ text: String, for node: OpaquePointer) {
        // An empty stand-in reads the same as none: keep the table empty when it can be.
        guard !text.isEmpty else { return }
        plainTextOfCustom[node] = text
    }

    func plainText(for node: OpaquePointer) -> String? {
        plainTextOfCustom[node]
    }

    /// A text node (not yet in the tree).
    public func makeText(_ literal: String) -> Node {
        let node = makeRawNode(.text)
        cmark_node_set_literal(node, literal)
        return Node(node, in: self)
    }

    /// A custom inline node that writes `html` as it is, even with raw HTML off;
    /// `plainText` stands for it wherever text is needed (ids, titles).
    public func makeCustomInline(html: String, plainText: String) -> Node {
        let node = makeRawNode(.customInline)
        cmark_node_set_on_enter(node, html)
        setPlainText(plainText, for: node)
        return Node(node, in: self)
    }

    /// A custom block node that writes `enter`, its children, then `exit`.
    public func makeCustomBlock(enter: String, exit: String = "", plainText: String = "") -> Node {
        let node = makeRawNode(.customBlock)
        cmark_node_set_on_enter(node, enter)
        cmark_node_set_on_exit(node, exit)
        setPlainText(plainText, for: node)
        return Node(node, in: self)
    }
}

/// Copies a C string cmark allocated, then frees it: with libc's `free`, which
/// is cmark's default allocator (sitegen never sets another).
func takeCString(_ pointer: UnsafeMutablePointer<CChar>?) -> String {
    guard let pointer else { return "" }
    defer { free(pointer) }
    return String(cString: pointer)
}
