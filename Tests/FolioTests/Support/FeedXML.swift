import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Whether a document parses as XML (the feed and sitemap must).
enum FeedXML {
    static func isWellFormed(_ text: String) throws -> Bool {
        let parser = XMLParser(data: Data(text.utf8))
        return parser.parse()
    }
}
