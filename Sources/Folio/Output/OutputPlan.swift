/// Checks the files to be written before anything touches the disk: every path stays inside
/// the output folder, and no two files claim the same path.
enum OutputPlan {
    /// The last check's paths and verdict: the same paths, origins and locations need no new check.
    final class Memo: @unchecked Sendable {
        var key: Int?
        var diagnostics: [Diagnostic] = []
    }

    static func check(_ files: [OutputFile], previous memo: Memo?) -> [Diagnostic] {
        guard let memo else { return check(files) }
        var hasher = Hasher()
        for file in files {
            hasher.combine(file.path)
            hasher.combine(file.origin)
            hasher.combine(file.location)
        }
        let key = hasher.finalize()
        if memo.key == key { return memo.diagnostics }
        let diagnostics = check(files)
        memo.key = key
        memo.diagnostics = diagnostics
        return diagnostics
    }

    static func check(_ files: [OutputFile]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        // The first file of each path (the only one kept), and every file by its path in lower case
        // (the last of them is named in a warning).
        var owners = PathTable(count: files.count)
        var caseless = CaseFoldedPaths(count: files.count)
        var owned: [Int] = []
        owned.reserveCapacity(files.count)
        for (index, file) in files.enumerated() {
            let path = file.path
            if !isSafe(path) {
                diagnostics.append(
                    located(
                        .error, "'\(path)' (from \(file.origin)) would be written outside the output folder",
                        file.location))
                continue
            }
            // Paths are compared as Swift compares strings (an `é` written as one character or as
            // `e` and an accent is one path), so they are hashed in that form too.
            let hash = PathHash.canonical(path)
            if let owner = owners.first(hash: hash, where: { files[$0].path == path }) {
                diagnostics.append(
                    located(
                        .error,
                        "two files would be written to '\(path)': from \(files[owner].origin) and from \(file.origin)",
                        file.location, files[owner].location))
                continue
            }
            if let other = caseless.add(path, at: index, hash: hash, path: { files[$0].path }) {
                diagnostics.append(
                    located(
                        .warning,
                        "'\(path)' and '\(files[other].path)' differ only by case; on case-insensitive servers one hides the other",
                        file.location, files[other].location))
            }
            owners.insert(index, hash: hash)
            owned.append(index)
        }
        // A file may not stand where another needs a folder (`a` and `a/index.html`). The paths
        // here are safe: no empty segment, so each `/` ends a folder, whose path's hash is the
        // hash of the bytes before it in the path's canonical form (no character joins a `/`).
        // One error per file in the way, however many files need the folder (a static file named
        // `people` stands where every profile's page goes: one error, not one per profile).
        var blocking: [(owner: Int, first: Int, count: Int)] = []
        var blockingIndex: [Int: Int] = [:]
        for index in owned {
            let path = files[index].path
            PathHash.withBytes(of: PathHash.canonicalForm(path)) { bytes in
                PathHash.forEachFolder(in: bytes) { folder, hash in
                    guard
                        let owner = owners.first(
                            hash: hash, where: { files[$0].path == String(decoding: folder, as: UTF8.self) })
                    else { return }
                    if let known = blockingIndex[owner] {
                        blocking[known].count += 1
                    } else {
                        blockingIndex[owner] = blocking.count
                        blocking.append((owner, index, 1))
                    }
                }
            }
        }
        for (owner, first, count) in blocking {
            let needing =
                count == 1
                ? "'\(files[first].path)' (from \(files[first].origin)) needs it to be a folder"
                : "\(count.grouped) files need it to be a folder, such as '\(files[first].path)' (from \(files[first].origin))"
            diagnostics.append(
                located(
                    .error, "'\(files[owner].path)' (from \(files[owner].origin)) is a file, but \(needing)",
                    files[owner].location, files[first].location))
        }
        return diagnostics
    }

    /// A diagnostic at the first of `locations` that is known, else one of the run as a whole (two
    /// of the pages every site has). The first is the site file in the way: the later of two
    /// claiming one path (a page over a built-in page, a static file over a page), or the file
    /// where a folder is needed.
    private static func located(
        _ severity: Diagnostic.Severity, _ message: String, _ locations: SourceLocation?...
    ) -> Diagnostic {
        guard let location = locations.lazy.compactMap({ $0 }).first else { return Diagnostic(severity, message) }
        return Diagnostic(severity, message, file: location.file, line: location.line, column: location.column)
    }

    /// Relative, no empty, `.` or `..` segment, no backslash or NUL: one pass over the bytes.
    static func isSafe(_ path: String) -> Bool {
        PathHash.withBytes(of: path) { isSafe($0) }
    }

    private static func isSafe(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var segmentLength = 0
        var dots = 0
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "/"):
                if segmentLength == 0 || dots == segmentLength && dots <= 2 { return false }
                segmentLength = 0
                dots = 0
            case UInt8(ascii: "\\"), 0:
                return false
            default:
                segmentLength += 1
                if byte == UInt8(ascii: ".") { dots += 1 }
            }
        }
        return segmentLength > 0 && !(dots == segmentLength && dots <= 2)
    }
}
