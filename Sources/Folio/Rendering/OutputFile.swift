import Foundation

/// One file of the built site, before it is written.
public struct OutputFile: Sendable {
    public enum Contents: Sendable {
        case bytes([UInt8])
        /// Copied from a file of the site folder (static files, photos).
        case copy(absolutePath: String)
        /// A page rendered when it is written, lent to `use` where the renderer wrote it (`folio
        /// build` keeps no page in memory longer than it takes to write it, nor copies it); the
        /// result is `use`'s.
        case rendered(Render)

        public typealias Render = @Sendable (_ use: (UnsafeBufferPointer<UInt8>) -> Bool) -> Bool

        /// A page rendered now, copied out of the renderer's buffer (for a caller that keeps it).
        public static func copy(of render: Render) -> [UInt8] {
            var bytes: [UInt8] = []
            _ = render {
                bytes = Array($0)
                return true
            }
            return bytes
        }
    }

    /// The bytes: as they are, read from the copied file, or rendered now. Nil when the file to
    /// copy cannot be read.
    public var bytes: [UInt8]? {
        switch contents {
        case .bytes(let bytes): return bytes
        case .copy(let source): return FileBytes.readBytes(source)
        case .rendered(let render): return Contents.copy(of: render)
        }
    }

    /// `use` given the bytes without a copy where they are in memory already or rendered now;
    /// nil when the file to copy cannot be read, else `use`'s result.
    public func withBytes(_ use: (UnsafeBufferPointer<UInt8>) -> Bool) -> Bool? {
        switch contents {
        case .bytes(let bytes): return bytes.withUnsafeBufferPointer(use)
        case .copy(let source): return FileBytes.readBytes(source)?.withUnsafeBufferPointer(use)
        case .rendered(let render): return render(use)
        }
    }

    /// Relative to the output folder: `people/jane-hart/index.html`.
    public var path: String
    public var contents: Contents
    /// Where it comes from, for "two files would be written to ..." errors.
    public var origin: String
    /// The site file (and line) it comes from, where a problem with its path is reported; nil
    /// for the pages every site has (home, indexes, feed, sitemap).
    public var location: SourceLocation?

    public init(path: String, contents: Contents, origin: String, location: SourceLocation? = nil) {
        self.path = path
        self.contents = contents
        self.origin = origin
        self.location = location
    }

    public static func text(_ path: String, _ text: String, origin: String) -> OutputFile {
        OutputFile(path: path, contents: .bytes(Array(text.utf8)), origin: origin)
    }

    public var isPage: Bool { path.hasSuffix(".html") }
}
