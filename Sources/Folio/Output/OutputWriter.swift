import CFolioSystem
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Stage 6: writes the site so that the output folder is always either the old site or the
/// new one. The new site is assembled in a staging folder beside it (files whose bytes did not
/// change are hard-linked from the old site, so they keep their modification time), then the
/// two folders are exchanged in one atomic rename. A build that changes nothing writes nothing.
public enum OutputWriter {
    public struct Result: Sendable {
        public var written = 0
        public var unchanged = 0
        public var removed = 0
        public var pages = 0
        /// True when the output already held exactly this site and nothing was touched.
        public var untouched = false
    }

    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// - Parameters:
    ///   - siteRoot: the output may not be the site folder or contain it.
    ///   - sources: folders the output may neither be, contain, nor sit inside (`Content/`, `Templates/`).
    ///   - early: the staging folder a first build began while it parsed (`EarlyStaging`).
    static func write(
        _ files: [OutputFile], to output: URL, siteRoot: URL? = nil, sources: [URL] = [], early: EarlyStaging? = nil
    ) throws -> Result {
        let manager = FileManager.default
        // The early start's folders are complete before anything here looks at its staging folder.
        let earlyFolders = early?.finish()
        let (outputPath, exists): (String, Bool)
        do {
            (outputPath, exists) = try location(of: output, siteRoot: siteRoot, sources: sources)
        } catch {
            early?.discard()
            throw error
        }

        // Staging folders of killed builds go first, also when this build then has nothing to
        // write (a build killed while removing the old site after its swap leaves one beside a
        // site that is already new).
        let (parent, prefix, staging) = stagingName(outputPath)
        // The early start is used when there is still no output (else another build made one
        // meanwhile, and this one starts over).
        let made = exists ? nil : earlyFolders
        removeAbandonedStaging(in: parent, prefix: prefix, keeping: made == nil ? nil : staging)
        if made == nil { early?.discard() }

        var result = Result()
        result.pages = files.count(where: \.isPage)
        // Decide, file by file, whether its bytes differ from what is there now; only the bytes
        // of files that changed are kept. With no site there yet, each file is written as soon
        // as it is rendered instead.
        let decisions: [(bytes: [UInt8]?, same: Bool)] =
            !exists
            ? []
            : files.parallelMap { file in
                guard let bytes = file.bytes else { return (nil, false) }
                return FileBytes.holds(outputPath + "/" + file.path, exactly: bytes) == true
                    ? ([], true) : (bytes, false)
            }
        if exists {
            if let missing = zip(files, decisions).first(where: { $0.1.bytes == nil }) {
                throw Failure(description: "cannot read \(missing.0.origin)")
            }
            result.unchanged = decisions.filter(\.same).count
            let newPaths = Set(files.map(\.path))
            result.removed = FileBytes.listFiles(under: outputPath).filter { !newPaths.contains($0) }.count
        }
        result.written = files.count - result.unchanged
        if exists, result.written == 0, result.removed == 0 {
            result.untouched = true
            return result
        }

        if made == nil {
            try? manager.removeItem(atPath: staging)
            do {
                try manager.createDirectory(atPath: staging, withIntermediateDirectories: true)
            } catch {
                throw Failure(
                    description: "cannot create \(staging) beside the output folder: \(error.localizedDescription)")
            }
        }
        do {
            try makeFolders(for: files, in: staging, made: made ?? [])
            let failures: [String?] = Array(files.indices).parallelMap { index in
                let file = files[index]
                let target = staging + "/" + file.path
                if exists, decisions[index].same, link(outputPath + "/" + file.path, target) == 0 { return nil }
                // A plain write: the staging folder is not visible yet, so no temporary file and rename per
                // file is needed (FileManager's `createFile` does that, several times slower). A page
                // rendered now is written from where it was rendered. (An unchanged file whose link
                // failed has no bytes kept: it is made again.)
                let wrote =
                    exists && !decisions[index].same
                    ? decisions[index].bytes.map { FileBytes.write($0, to: target) }
                    : file.withBytes { FileBytes.write($0, to: target) }
                guard let wrote else { return "cannot read \(file.origin)" }
                return wrote ? nil : "cannot write \(target)"
            }
            if let failure = failures.compactMap({ $0 }).first { throw Failure(description: failure) }
            try swap(staging: staging, output: outputPath, exists: exists)
        } catch {
            try? manager.removeItem(atPath: staging)
            if let failure = error as? Failure { throw failure }
            throw Failure(description: "cannot write the site: \(error.localizedDescription)")
        }
        return result
    }

    /// The folders the files go in, parents first, but for those made already (`made`), of which
    /// those no file needs (a draft's) are removed. One thread: folders made in parallel in one
    /// parent wait on its lock (measured: several times slower).
    private static func makeFolders(for files: [OutputFile], in root: String, made: Set<String>) throws {
        let needed = folders(of: files.map(\.path))
        var madeAndNeeded = 0
        for folder in needed {
            if made.contains(folder) {
                madeAndNeeded += 1
                continue
            }
            let path = root + "/" + folder
            guard mkdir(path, 0o755) == 0 || errno == EEXIST else {
                throw Failure(description: "cannot create \(path): \(String(cString: strerror(errno)))")
            }
        }
        guard madeAndNeeded < made.count else { return }
        let neededSet = Set(needed)
        // Children before their parents.
        for folder in made.filter({ !neededSet.contains($0) }).sorted(by: >) { rmdir(root + "/" + folder) }
    }

    /// The folders that files at these relative paths go in, each once, parents first (in the
    /// order the paths first need them).
    static func folders(of paths: [String]) -> [String] {
        var folders: [String] = []
        var known = PathTable(count: paths.count + 16)
        for path in paths {
            PathHash.withBytes(of: path) { bytes in
                PathHash.forEachFolder(in: bytes) { folder, hash in
                    guard known.first(hash: hash, where: { folders[$0].utf8.elementsEqual(folder) }) == nil else {
                        return
                    }
                    known.insert(folders.count, hash: hash)
                    folders.append(String(decoding: folder, as: UTF8.self))
                }
            }
        }
        return folders
    }

    /// Where the output may go, and whether there is a folder there already. The output may not
    /// be or contain the site folder, nor be, contain or sit inside a source folder, nor be a
    /// file; and since the whole folder is replaced, an existing one must be a site Folio wrote.
    static func location(of output: URL, siteRoot: URL?, sources: [URL]) throws -> (path: String, exists: Bool) {
        let manager = FileManager.default
        let outputPath = output.standardizedFileURL.resolvingSymlinksInPath().path
        func real(_ url: URL) -> String { url.standardizedFileURL.resolvingSymlinksInPath().path }
        if let siteRoot, real(siteRoot) == outputPath || real(siteRoot).hasPrefix(outputPath + "/") {
            throw Failure(
                description: "the output folder \(outputPath) would replace the site folder; choose another --output")
        }
        for folder in sources {
            let path = real(folder)
            if outputPath == path || path.hasPrefix(outputPath + "/") || outputPath.hasPrefix(path + "/") {
                throw Failure(
                    description:
                        "the output folder \(outputPath) would replace or sit inside \(path); choose another --output")
            }
        }
        var isDirectory: ObjCBool = false
        let exists = manager.fileExists(atPath: outputPath, isDirectory: &isDirectory)
        if exists && !isDirectory.boolValue {
            throw Failure(
                description: "the output location \(outputPath) is a file, not a folder; move it away or pass --output")
        }
        // The whole folder is replaced: only ever replace a site Folio wrote (it always has the stylesheet).
        if exists, !manager.fileExists(atPath: outputPath + "/" + Permalink.stylesheet),
            let entries = try? manager.contentsOfDirectory(atPath: outputPath), !entries.isEmpty
        {
            throw Failure(
                description:
                    "the output folder \(outputPath) is not empty and was not written by Folio; Folio replaces the whole folder, so choose an empty or new one with --output"
            )
        }
        return (outputPath, exists)
    }

    /// The folder staging folders go in (the output's parent), the start of their names (each
    /// ends with the process id of its build), and this process's staging folder.
    static func stagingName(_ outputPath: String) -> (parent: String, prefix: String, staging: String) {
        let parent = URL(fileURLWithPath: outputPath).deletingLastPathComponent().path
        let prefix = "." + URL(fileURLWithPath: outputPath).lastPathComponent + ".folio-staging-"
        // One staging folder per process: two builds at once each swap in a whole site.
        return (parent, prefix, parent + "/" + prefix + String(getpid()))
    }

    /// Puts the staging folder in the output's place in one step; the old site ends up in the
    /// staging folder's place and is then removed.
    private static func swap(staging: String, output: String, exists: Bool) throws {
        if !exists {
            guard rename(staging, output) == 0 else {
                throw Failure(
                    description: "cannot move the new site into \(output): \(String(cString: strerror(errno)))")
            }
            return
        }
        if folio_exchange_paths(staging, output) == 0 {
            try? FileManager.default.removeItem(atPath: staging)
            return
        }
        // No atomic exchange on this system: two renames, with the old site kept until the new one
        // is in place, and put back if the second rename fails.
        let old = staging + ".old"
        try? FileManager.default.removeItem(atPath: old)
        guard rename(output, old) == 0 else {
            throw Failure(description: "cannot replace \(output): \(String(cString: strerror(errno)))")
        }
        guard rename(staging, output) == 0 else {
            let reason = String(cString: strerror(errno))
            _ = rename(old, output)
            throw Failure(description: "cannot replace \(output): \(reason)")
        }
        try? FileManager.default.removeItem(atPath: old)
    }

    /// Staging folders of builds that were killed (their process is gone).
    static func removeAbandonedStaging(in parent: String, prefix: String, keeping kept: String? = nil) {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: parent)) ?? []
        for name in names where name.hasPrefix(prefix) && parent + "/" + name != kept {
            let pidText = name.dropFirst(prefix.count).prefix { $0.isNumber }
            // A process that exists (EPERM: another user's) is still building there.
            if let pid = Int32(pidText), pid != getpid(), kill(pid, 0) == 0 || errno == EPERM { continue }
            try? FileManager.default.removeItem(atPath: parent + "/" + name)
        }
    }
}
