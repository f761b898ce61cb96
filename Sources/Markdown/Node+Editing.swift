import Ccmark

/// Editing the tree. Every edit goes through here so the document always knows
/// which nodes it must free.
///
/// cmark-gfm (unlike cmark 0.30) lets an inline node's text point into its
/// block's buffer instead of owning a copy. So every node put somewhere is
/// first made to own its text (`cmark_node_own`, a no-op for text it already
/// owns): a node moved out of a heading must not read freed memory once the
/// heading is replaced.
extension Node {
    /// Inserts `node` right before this one. Returns false when cmark refuses
    /// (e.g. an inline next to a block).
    @discardableResult
    public func insertBefore(_ node: Node) -> Bool {
        cmark_node_own(node.pointer)
        let ok = cmark_node_insert_before(pointer, node.pointer) == 1
        if ok { document.attached(node.pointer) }
        return ok
    }

    @discardableResult
    public func insertAfter(_ node: Node) -> Bool {
        cmark_node_own(node.pointer)
        let ok = cmark_node_insert_after(pointer, node.pointer) == 1
        if ok { document.attached(node.pointer) }
        return ok
    }

    @discardableResult
    public func appendChild(_ node: Node) -> Bool {
        cmark_node_own(node.pointer)
        let ok = cmark_node_append_child(pointer, node.pointer) == 1
        if ok { document.attached(node.pointer) }
        return ok
    }

    /// Puts `node` where this node is and frees this node and its subtree.
    @discardableResult
    public func replace(with node: Node) -> Bool {
        guard insertBefore(node) else { return false }
        remove()
        return true
    }

    /// Unlinks this node and frees it with its subtree. The view is invalid afterwards.
    public func remove() {
        document.forgetSubtree(pointer)
        cmark_node_unlink(pointer)
        cmark_node_free(pointer)
    }

    /// Moves this node's children to the end of `target`'s children.
    public func moveChildren(to target: Node) {
        for child in children {
            target.appendChild(child)
        }
    }
}
