/// A link or image found in a Markdown body, with its place in the source.
public struct MarkdownLink: Sendable, Hashable {
    public enum Kind: Sendable, Hashable { case link, image }
    public var kind: Kind
    /// The destination as written in the source.
    public var destination: String
    /// 1-based line and column in the body text (the column points at the destination).
    public var line: Int
    public var column: Int

    public init(kind: Kind, destination: String, line: Int, column: Int) {
        self.kind = kind
        self.destination = destination
        self.line = line
        self.column = column
    }

    /// A destination that names its own place: with a scheme (`https://…`, `mailto:…`) or from
    /// the root (`/path`, `//host/…`), so never a file beside the one it is written in.
    public static func isAbsolute(_ destination: String) -> Bool {
        var destination = destination
        return destination.withUTF8 { isAbsolute($0) }
    }

    /// The same for a destination as cmark keeps it (NUL-terminated), read where it is.
    static func isAbsolute(cString: UnsafePointer<CChar>) -> Bool {
        cString.withMemoryRebound(to: UInt8.self, capacity: 1) { start in
            var end = start
            // A scheme ends at its `:`, so no more than the bytes up to the first other byte count.
            while end.pointee != 0, end.pointee != UInt8(ascii: ":") { end += 1 }
            if end.pointee == UInt8(ascii: ":") { end += 1 }
            return isAbsolute(UnsafeBufferPointer(start: start, count: end - start))
        }
    }

    private static func isAbsolute(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = bytes.first else { return false }
        return first == UInt8(ascii: "/") || hasScheme(bytes)
    }

    /// RFC 3986 scheme: a letter, then letters, digits, `+`, `-`, `.`, then `:`.
    public static func hasScheme(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { hasScheme($0) }
    }

    private static func hasScheme(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        func isLetter(_ byte: UInt8) -> Bool { (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20) }
        guard let first = bytes.first, isLetter(first) else { return false }
        for byte in bytes.dropFirst() {
            if byte == UInt8(ascii: ":") { return true }
            guard
                isLetter(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
                    || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")
            else { return false }
        }
        return false
    }
}

/// A heading of the body, as the table of contents needs it.
public struct MarkdownHeading: Sendable, Hashable {
    public var level: Int
    public var text: String
    /// The `id` attribute it received; empty when heading ids are off.
    public var id: String
    public var line: Int

    public init(level: Int, text: String, id: String, line: Int) {
        self.level = level
        self.text = text
        self.id = id
        self.line = line
    }
}

/// Everything the rest of Folio needs from one Markdown body: plain Swift values only.
public struct RenderedMarkdown: Sendable, Hashable {
    public var html: String
    public var headings: [MarkdownHeading]
    public var links: [MarkdownLink]
    /// The first top-level paragraph as plain text (for summaries and excerpts).
    public var firstParagraph: String
    public var wordCount: Int

    public init(
        html: String, headings: [MarkdownHeading], links: [MarkdownLink], firstParagraph: String,
        wordCount: Int
    ) {
        self.html = html
        self.headings = headings
        self.links = links
        self.firstParagraph = firstParagraph
        self.wordCount = wordCount
    }
}
