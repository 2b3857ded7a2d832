import Folio
import Foundation

/// One built state of the site, served from memory: `folio serve` never writes `Output/`.
public struct SiteSnapshot: Sendable {
    /// Output path (`people/jane-hart/index.html`) -> contents.
    public var files: [String: OutputFile.Contents]
    /// `/` or the path of `base_url`, such as `/series/`.
    public var basePath: String
    /// Increases with every successful build; pages carry it so a reconnecting page can
    /// tell that it is out of date.
    public var version: Int
    /// Files copied from the site (static files, photos) are read from here at request time,
    /// and only when their real path, links resolved, is still inside it.
    public var contentRoot: String

    public init(files: [OutputFile], basePath: String, version: Int, contentRoot: String) {
        self.contentRoot = URL(fileURLWithPath: contentRoot).resolvingSymlinksInPath().path
        var byPath: [String: OutputFile.Contents] = [:]
        for file in files { byPath[file.path] = file.contents }
        self.files = byPath
        self.basePath = basePath
        self.version = version
    }

    /// The next version, in which only `changed` files differ.
    public mutating func update(_ changed: [OutputFile]) {
        for file in changed { files[file.path] = file.contents }
        version += 1
    }
}

/// The state the server shows: the last good site and, when the last build failed, its errors.
public struct PreviewState: Sendable {
    public var snapshot: SiteSnapshot
    /// Diagnostics of the last build when it failed (`file:line:col: error: …`); empty when it succeeded.
    public var errors: [String]
}

/// Holds the current state; read by every request, replaced whole by each build.
public final class PreviewStore: @unchecked Sendable {
    private var state: PreviewState
    private let lock = NSLock()

    public init(_ state: PreviewState) {
        self.state = state
    }

    public var current: PreviewState {
        lock.lock()
        defer { lock.unlock() }
        return state
    }

    public func update(_ change: (inout PreviewState) -> Void) -> PreviewState {
        lock.lock()
        defer { lock.unlock() }
        change(&state)
        return state
    }
}
