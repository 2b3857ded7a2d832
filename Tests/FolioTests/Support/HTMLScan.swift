import Foundation

/// Small readers over built pages, for tests: attribute values, ids, text between tags.
enum HTMLScan {
    /// Every value of `attribute="..."` in the page, in order.
    static func values(of attribute: String, in html: String) -> [String] {
        let pattern = "\\s\(attribute)=\"([^\"]*)\""
        let regex = try! NSRegularExpression(pattern: pattern)
        let range = NSRange(html.startIndex..., in: html)
        return regex.matches(in: html, range: range).compactMap { match in
            Range(match.range(at: 1), in: html).map { unescape(String(html[$0])) }
        }
    }

    static func ids(in html: String) -> [String] { values(of: "id", in: html) }

    static func unescape(_ text: String) -> String {
        text.replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&amp;", with: "&")
    }

    /// The text of the first element matching `open` up to `close`, tags removed.
    static func text(between open: String, and close: String, in html: String) -> String? {
        guard let start = html.range(of: open), let end = html.range(of: close, range: start.upperBound..<html.endIndex)
        else { return nil }
        return String(html[start.upperBound..<end.lowerBound])
            .replacingOccurrences(of: "<[^>]+>", with: "", options: .regularExpression)
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
