import Dispatch
import Testing

@testable import FolioMarkdown

/// cmark allocates from a per-thread arena that each render rewinds: bodies rendered on many
/// threads at once, bodies far larger than one arena chunk, and a render inside another (from
/// the link-rewriting callback) must all give the HTML they give alone.
@Suite struct ArenaTests {
    static func body(_ seed: Int) -> String {
        (0..<40).map { line in
            "## Part \(seed)-\(line)\n\nSome *text* with [a link](p\(seed).md) and `code` \(line).\n\n- item\n- item\n"
        }.joined(separator: "\n")
    }

    @Test func bodiesRenderedOnManyThreadsAreEachTheirOwn() {
        let expected = (0..<64).map { MarkdownRenderer.render(Self.body($0)).html }
        let results = UnsafeMutableBufferPointer<String>.allocate(capacity: 64)
        results.initialize(repeating: "")
        defer {
            results.deinitialize()
            results.deallocate()
        }
        let box = Box(results)
        DispatchQueue.concurrentPerform(iterations: 64) { index in
            box.buffer[index] = MarkdownRenderer.render(Self.body(index)).html
        }
        for index in 0..<64 { #expect(results[index] == expected[index], "body \(index)") }
    }

    @Test func aBodyLargerThanAChunkRendersWhole() {
        let big = String(repeating: "A paragraph of some length, repeated many times over. ", count: 60_000)
        let html = MarkdownRenderer.render(big).html
        #expect(html.hasPrefix("<p>A paragraph") && html.hasSuffix("over.</p>\n"))
        #expect(html.utf8.count > 3_000_000)
    }

    @Test func aRenderInsideARenderLeavesTheOuterIntact() {
        let inner = MarkdownRenderer.render("Inner *one*").html
        let outer = MarkdownRenderer.render(Self.body(1)) { link in
            // Another body parsed and dropped while the outer tree and its scanned node lists are in use.
            #expect(MarkdownRenderer.render("Inner *one*").html == inner)
            return link.destination + "#x"
        }
        #expect(outer.html == MarkdownRenderer.render(Self.body(1)) { $0.destination + "#x" }.html)
        #expect(outer.html.contains("href=\"p1.md#x\""))
    }
}

private struct Box: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<String>
    init(_ buffer: UnsafeMutableBufferPointer<String>) { self.buffer = buffer }
}
