import Ccmark

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A view of one node in a `Document`. It keeps the document alive; it is
/// valid until the node is removed.
public struct Node {
    let pointer: OpaquePointer
    public let document: Document

    init(_ pointer: OpaquePointer, in document: Document) {
        self.pointer = pointer
        self.document = document
    }

    /// Which node of the tree this is: two `Node` values for the same cmark
    /// node have the same identity.
    public struct Identity: Hashable {
        let pointer: OpaquePointer
    }

    public var identity: Identity { Identity(pointer: pointer) }

    /// Whether an ancestor of this node is of `type` (a text inside an image, a table cell).
    public func isInside(_ type: NodeType) -> Bool {
        var current = parent
        while let ancestor = current {
            if ancestor.type == type { return true }
            current = ancestor.parent
        }
        return false
    }

    private func wrap(_ other: OpaquePointer?) -> Node? {
        other.map { Node($0, in: document) }
    }

    public var type: NodeType { NodeTypeMap.shared.type(of: pointer) }

    public var parent: Node? { wrap(cmark_node_parent(pointer)) }
    public var firstChild: Node? { wrap(cmark_node_first_child(pointer)) }
    public var next: Node? { wrap(cmark_node_next(pointer)) }
    public var previous: Node? { wrap(cmark_node_previous(pointer)) }

    /// The direct children, first to last (a snapshot: safe to edit while looping).
    public var children: [Node] {
        var result: [Node] = []
        var child = firstChild
        while let current = child {
            result.append(current)
            child = current.next
        }
        return result
    }

    /// Text of a text, code, HTML or code-block node.
    public var literal: String? {
        get { cmark_node_get_literal(pointer).map { String(cString: $0) } }
        nonmutating set { cmark_node_set_literal(pointer, newValue) }
    }

    public var url: String? {
        get { cmark_node_get_url(pointer).map { String(cString: $0) } }
        nonmutating set { cmark_node_set_url(pointer, newValue) }
    }

    public var title: String? {
        get { cmark_node_get_title(pointer).map { String(cString: $0) } }
        nonmutating set { cmark_node_set_title(pointer, newValue) }
    }

    /// The info string of a fenced code block (`params`, `diagram`, `swift`…).
    public var fenceInfo: String? {
        cmark_node_get_fence_info(pointer).map { String(cString: $0) }
    }

    public var headingLevel: Int { Int(cmark_node_get_heading_level(pointer)) }

    /// Whether a task-list item is ticked (`- [x]`); false for any other node.
    public var isTaskChecked: Bool {
        type == .taskListItem && cmark_gfm_extensions_get_tasklist_item_checked(pointer)
    }

    /// Makes a task-list item an ordinary item: it then renders as a plain
    /// `<li>`, without the extension's unlabelled check box (its `[ ]` or `[x]`
    /// is already gone from its text), so the caller can write its own.
    public func removeTaskListExtension() {
        guard type == .taskListItem else { return }
        cmark_node_set_syntax_extension(pointer, nil)
    }

    /// 1-based line where the node starts (0 when cmark has no position, as for created nodes).
    public var startLine: Int { Int(cmark_node_get_start_line(pointer)) }
    /// 1-based byte column where the node starts.
    public var startColumn: Int { Int(cmark_node_get_start_column(pointer)) }

    /// The plain text of this node and its descendants: literals of text and
    /// code, a space for line breaks, and the stand-in text of custom nodes.
    public var plainText: String {
        var bytes: [UInt8] = []
        appendPlainText(toUTF8: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `plainText` appended as UTF-8 to `bytes`, read from cmark's own buffers:
    /// the search index reads every page's whole text this way, without a
    /// String per text node.
    public func appendPlainText(toUTF8 bytes: inout [UInt8]) {
        switch type {
        case .text, .code:
            if let literal = cmark_node_get_literal(pointer) {
                literal.withMemoryRebound(to: UInt8.self, capacity: 1) { start in
                    bytes.append(contentsOf: UnsafeBufferPointer(start: start, count: strlen(literal)))
                }
            }
        case .softBreak, .lineBreak:
            bytes.append(UInt8(ascii: " "))
        case .customInline, .customBlock:
            if let text = document.plainText(for: pointer) {
                bytes.append(contentsOf: text.utf8)
                return
            }
        default:
            break
        }
        var child = cmark_node_first_child(pointer)
        while let current = child {
            Node(current, in: document).appendPlainText(toUTF8: &bytes)
            child = cmark_node_next(current)
        }
    }

    /// This node and its descendants as HTML, with the document's options and
    /// GitHub's extensions, as the `cmark-gfm` CLI renders. (In 0.29.0.gfm.6 an
    /// extension's nodes render through the extension they carry even without
    /// the list, which the renderer reads for output filters such as tagfilter;
    /// passing it keeps sitegen right if a later release relies on it.)
    public func renderHTML() -> String {
        takeCString(cmark_render_html(pointer, document.options.rawValue, GFMExtensions.shared.list))
    }

    /// Whether the literal holds any of `bytes`, checked on cmark's own buffer
    /// without copying it into a Swift string (the hot path of transforms that
    /// look for rare characters in every text node).
    public func literalContainsAny(of bytes: [UInt8]) -> Bool {
        guard let literal = cmark_node_get_literal(pointer) else { return false }
        let length = strlen(literal)
        return bytes.contains { memchr(literal, Int32($0), length) != nil }
    }

    /// The nodes of the subtree of the given types, in document order, sorted
    /// into one list per type: one walk serves every transform.
    public func collect(_ types: [NodeType]) -> [NodeType: [Node]] {
        // One bucket per node type, indexed by its small raw value, so the
        // walk over every node of a page does no hashing.
        let map = NodeTypeMap.shared
        var buckets = [[Node]?](repeating: nil, count: NodeType.allCases.count)
        for type in types { buckets[type.rawValue] = [] }
        if let iterator = cmark_iter_new(pointer) {
            defer { cmark_iter_free(iterator) }
            while true {
                let event = cmark_iter_next(iterator)
                if event == CMARK_EVENT_DONE { break }
                guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
                let index = map.type(of: node).rawValue
                if buckets[index] != nil {
                    buckets[index]?.append(Node(node, in: document))
                }
            }
        }
        var result: [NodeType: [Node]] = [:]
        for type in types { result[type] = buckets[type.rawValue] ?? [] }
        return result
    }

    /// Every node of the subtree in document order (pre-order), this node first.
    /// A snapshot, so the tree may be edited while walking the result.
    public func descendants() -> [Node] {
        var result: [Node] = []
        guard let iterator = cmark_iter_new(pointer) else { return result }
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            if event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) {
                result.append(Node(node, in: document))
            }
        }
        return result
    }
}

extension Node: Equatable {
    public static func == (lhs: Node, rhs: Node) -> Bool { lhs.pointer == rhs.pointer }
}

extension Node: Hashable {
    public func hash(into hasher: inout Hasher) { hasher.combine(pointer) }
}
