import CCmark
import CCmarkArena
import CCmarkScan

/// cmark nodes are opaque to Swift.
typealias CmarkNode = OpaquePointer

/// Small, copying accessors over cmark's C API. Every string is copied out at once;
/// no pointer escapes this module.
extension CmarkNode {
    var type: cmark_node_type { cmark_node_get_type(self) }
    var startLine: Int { Int(cmark_node_get_start_line(self)) }
    var startColumn: Int { Int(cmark_node_get_start_column(self)) }
    var headingLevel: Int { Int(cmark_node_get_heading_level(self)) }

    var url: String {
        guard let raw = cmark_node_get_url(self) else { return "" }
        return String(cString: raw)
    }

}

/// The plain text of a subtree: text and code literals, breaks as spaces. Gathered in C into the
/// arena (a Swift closure per node and a string append per literal cost more than the walk).
func plainText(of node: CmarkNode) -> String {
    var length = 0
    guard let text = folio_plain_text(node, folio_arena_allocator(), &length) else { return "" }
    return String(decoding: UnsafeRawBufferPointer(start: text, count: length), as: UTF8.self)
}

/// Renders a tree to HTML with cmark's renderer. The buffer is the tree's arena's, which
/// frees it with everything else.
func renderHTML(_ root: CmarkNode, options: Int32) -> String {
    guard let buffer = cmark_render_html(root, options) else { return "" }
    return String(cString: buffer)
}
