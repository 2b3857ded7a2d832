import Foundation

/// One file of the built site, before it is written.
public struct OutputFile: Sendable {
    public enum Contents: Sendable {
        case bytes([UInt8])
        /// Copied from a file of the site folder (static files, photos).
        case copy(absolutePath: String)
        /// A page rendered when it is written (`folio build` keeps no page in memory longer than
        /// it takes to write it).
        case rendered(@Sendable () -> [UInt8])
    }

    /// The bytes: as they are, read from the copied file, or rendered now. Nil when the file to
    /// copy cannot be read.
    public var bytes: [UInt8]? {
        switch contents {
        case .bytes(let bytes): bytes
        case .copy(let source): FileBytes.readBytes(source)
        case .rendered(let render): render()
        }
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
