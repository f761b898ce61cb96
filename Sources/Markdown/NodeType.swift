import Ccmark

/// The kinds of cmark-gfm node, as a Swift enum so callers never see C constants.
public enum NodeType: Int, Sendable, Hashable, CaseIterable {
    case none
    case document, blockQuote, list, item, codeBlock, htmlBlock, customBlock
    case paragraph, heading, thematicBreak
    case text, softBreak, lineBreak, code, htmlInline, customInline
    case emphasis, strong, link, image
    // GitHub-flavoured Markdown.
    case table, tableRow, tableCell, strikethrough
    case footnoteDefinition, footnoteReference
    /// A list item that starts with `[ ]` or `[x]`: an item node that the
    /// tasklist extension claimed (cmark-gfm gives it no type of its own).
    case taskListItem

    /// The cmark-gfm type (for a task-list item, the item type).
    var raw: cmark_node_type { NodeTypeMap.shared.raw(of: self) }
}

/// Maps cmark-gfm's type numbers to `NodeType` and back. The extensions' types
/// are numbered when they register, so the map is built after registration,
/// once per process.
struct NodeTypeMap: Sendable {
    static let shared = NodeTypeMap()

    /// `NodeType` by slot (see `slot(of:)`).
    private let typeBySlot: [NodeType]
    /// cmark-gfm type by `NodeType.rawValue`.
    private let rawByType: [cmark_node_type]

    private init() {
        _ = GFMExtensions.shared  // registers the extensions, which numbers their types
        let pairs: [(NodeType, cmark_node_type)] = [
            (.none, CMARK_NODE_NONE),
            (.document, CMARK_NODE_DOCUMENT), (.blockQuote, CMARK_NODE_BLOCK_QUOTE),
            (.list, CMARK_NODE_LIST), (.item, CMARK_NODE_ITEM), (.codeBlock, CMARK_NODE_CODE_BLOCK),
            (.htmlBlock, CMARK_NODE_HTML_BLOCK), (.customBlock, CMARK_NODE_CUSTOM_BLOCK),
            (.paragraph, CMARK_NODE_PARAGRAPH), (.heading, CMARK_NODE_HEADING),
            (.thematicBreak, CMARK_NODE_THEMATIC_BREAK),
            (.text, CMARK_NODE_TEXT), (.softBreak, CMARK_NODE_SOFTBREAK), (.lineBreak, CMARK_NODE_LINEBREAK),
            (.code, CMARK_NODE_CODE), (.htmlInline, CMARK_NODE_HTML_INLINE),
            (.customInline, CMARK_NODE_CUSTOM_INLINE), (.emphasis, CMARK_NODE_EMPH),
            (.strong, CMARK_NODE_STRONG), (.link, CMARK_NODE_LINK), (.image, CMARK_NODE_IMAGE),
            (.table, sitegen_node_type_table()), (.tableRow, sitegen_node_type_table_row()),
            (.tableCell, sitegen_node_type_table_cell()), (.strikethrough, sitegen_node_type_strikethrough()),
            (.footnoteDefinition, CMARK_NODE_FOOTNOTE_DEFINITION),
            (.footnoteReference, CMARK_NODE_FOOTNOTE_REFERENCE),
            (.taskListItem, CMARK_NODE_ITEM),
        ]
        var rawByType = [cmark_node_type](repeating: CMARK_NODE_NONE, count: NodeType.allCases.count)
        var typeBySlot: [NodeType] = []
        for (type, raw) in pairs {
            rawByType[type.rawValue] = raw
            // The task-list item shares the item's number; `type(of:)` tells them apart.
            guard type != .taskListItem else { continue }
            let slot = Self.slot(of: raw)
            if slot >= typeBySlot.count {
                typeBySlot += [NodeType](repeating: .none, count: slot + 1 - typeBySlot.count)
            }
            typeBySlot[slot] = type
        }
        self.rawByType = rawByType
        self.typeBySlot = typeBySlot
    }

    /// cmark-gfm numbers types as a block or inline flag plus a small number:
    /// fold them into a small index, so a lookup is one array access.
    private static func slot(of raw: cmark_node_type) -> Int {
        let value = raw.rawValue
        return Int(value & 0x3fff) << 1 | (value & 0x4000 == 0 ? 0 : 1)
    }

    func raw(of type: NodeType) -> cmark_node_type { rawByType[type.rawValue] }

    func type(of node: OpaquePointer) -> NodeType {
        let slot = Self.slot(of: cmark_node_get_type(node))
        guard slot < typeBySlot.count else { return .none }
        let type = typeBySlot[slot]
        if type == .item, cmark_node_get_syntax_extension(node) == GFMExtensions.shared.taskList {
            return .taskListItem
        }
        return type
    }
}
