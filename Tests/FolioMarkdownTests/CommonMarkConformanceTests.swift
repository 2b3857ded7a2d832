import Foundation
import Testing

@testable import FolioMarkdown

@Suite struct CommonMarkConformanceTests {
    /// Folio's Markdown stage with raw HTML allowed and heading ids off is cmark itself: all
    /// 652 spec examples render to the expected HTML (after the spec's normalization).
    @Test func allSpecExamplesMatch() throws {
        let examples = try SpecExamples.load()
        #expect(examples.count == 652)
        var failures: [Int] = []
        for example in examples {
            let rendered = MarkdownRenderer.render(
                example.markdown, options: MarkdownOptions(unsafeHTML: true, smartPunctuation: false, headingIDs: false)
            )
            if HTMLNormalizer.normalize(rendered.html) != HTMLNormalizer.normalize(example.html) {
                failures.append(example.example)
            }
        }
        #expect(failures.isEmpty, "examples that differ: \(failures)")
    }

    /// With heading ids on, the output differs from the ids-off output only by `id` attributes.
    @Test func headingIDsChangeNothingButTheID() throws {
        let examples = try SpecExamples.load()
        var differing: [Int] = []
        var withIDs = 0
        var withHeadings = 0
        for example in examples {
            let plain = MarkdownRenderer.render(
                example.markdown, options: MarkdownOptions(unsafeHTML: true, smartPunctuation: false, headingIDs: false)
            )
            let ided = MarkdownRenderer.render(
                example.markdown, options: MarkdownOptions(unsafeHTML: true, smartPunctuation: false, headingIDs: true))
            if ided.html != plain.html { withIDs += 1 }
            if !plain.headings.isEmpty { withHeadings += 1 }
            if Self.removingHeadingIDs(ided.html) != plain.html { differing.append(example.example) }
        }
        #expect(differing.isEmpty, "examples whose HTML differs beyond heading ids: \(differing)")
        // The ids really are there: every example with a heading got one.
        #expect(withHeadings > 30)
        #expect(withIDs == withHeadings)
    }

    static func removingHeadingIDs(_ html: String) -> String {
        html.replacingOccurrences(of: #"<h([1-6]) id="[^"]*">"#, with: "<h$1>", options: .regularExpression)
    }
}
