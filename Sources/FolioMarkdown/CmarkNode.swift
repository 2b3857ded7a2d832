import CCmark

/// cmark nodes are opaque to Swift.
typealias CmarkNode = OpaquePointer

/// Small, copying accessors over cmark's C API. Every string is copied out at once;
/// no pointer escapes this module.
extension CmarkNode {
    var type: cmark_node_type { cmark_node_get_type(self) }
    var startLine: Int { Int(cmark_node_get_start_line(self)) }
    var startColumn: Int { Int(cmark_node_get_start_column(self)) }
    var headingLevel: Int { Int(cmark_node_get_heading_level(self)) }
    var parent: CmarkNode? { cmark_node_parent(self) }
    var firstChild: CmarkNode? { cmark_node_first_child(self) }

    var url: String {
        guard let raw = cmark_node_get_url(self) else { return "" }
        return String(cString: raw)
    }

    var literal: String {
        guard let raw = cmark_node_get_literal(self) else { return "" }
        return String(cString: raw)
    }
}

/// Walks a subtree with cmark's iterator (never recursion, so deep nesting cannot
/// exhaust the stack) and calls `visit` for each enter and exit event.
func walk(
    _ root: CmarkNode,
    _ visit: (_ node: CmarkNode, _ entering: Bool) -> Void
) {
    guard let iterator = cmark_iter_new(root) else { return }
    defer { cmark_iter_free(iterator) }
    while true {
        let event = cmark_iter_next(iterator)
        if event == CMARK_EVENT_DONE { break }
        guard let node = cmark_iter_get_node(iterator) else { continue }
        visit(node, event == CMARK_EVENT_ENTER)
    }
}

/// The plain text of a subtree: text and code literals, breaks as spaces.
func plainText(of node: CmarkNode) -> String {
    var text = ""
    walk(node) { child, entering in
        guard entering else { return }
        switch child.type {
        case CMARK_NODE_TEXT, CMARK_NODE_CODE: text += child.literal
        case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK: text += " "
        default: break
        }
    }
    return text
}

/// Renders a tree to HTML with cmark's renderer. The buffer is the tree's arena's, which
/// frees it with everything else.
func renderHTML(_ root: CmarkNode, options: Int32) -> String {
    guard let buffer = cmark_render_html(root, options) else { return "" }
    return String(cString: buffer)
}
