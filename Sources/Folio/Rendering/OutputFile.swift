/// One file of the built site, before it is written.
public struct OutputFile: Sendable {
    public enum Contents: Sendable {
        case bytes([UInt8])
        /// Copied from a file of the site folder (static files, photos).
        case copy(absolutePath: String)
    }

    /// Relative to the output folder: `people/jane-hart/index.html`.
    public var path: String
    public var contents: Contents
    /// Where it comes from, for "two files would be written to ..." errors.
    public var origin: String

    public init(path: String, contents: Contents, origin: String) {
        self.path = path
        self.contents = contents
        self.origin = origin
    }

    public static func text(_ path: String, _ text: String, origin: String) -> OutputFile {
        OutputFile(path: path, contents: .bytes(Array(text.utf8)), origin: origin)
    }

    public var isPage: Bool { path.hasSuffix(".html") }
}
