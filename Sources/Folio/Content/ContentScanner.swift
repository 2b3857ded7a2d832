import Foundation

/// Stage 1: finds the files of `Content/` and sorts them by kind. Reads no file contents.
enum ContentScanner {
    static let imageExtensions: Set<String> = ["jpg", "jpeg", "png", "webp", "gif", "avif"]

    /// Whether a file lies in a folder reached through a symbolic link.
    private static func linkedFolder(_ relative: String, _ linked: Set<String>) -> Bool {
        var prefix = ""
        for part in relative.split(separator: "/").dropLast() {
            prefix += part + "/"
            if linked.contains(prefix) { return true }
        }
        return false
    }

    static func scan(siteRoot: URL) -> (ContentInventory, [Diagnostic]) {
        var linked: Set<String> = []
        var inventory = ContentInventory()
        var diagnostics: [Diagnostic] = []
        let contentRoot = siteRoot.appendingPathComponent("Content").standardizedFileURL
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: contentRoot.path, isDirectory: &isDirectory),
            isDirectory.boolValue
        else {
            diagnostics.append(
                Diagnostic(
                    .error,
                    "no Content/ folder in \(siteRoot.path); run 'folio init' to start a series, or pass the site folder"
                ))
            return (inventory, diagnostics)
        }

        let rootPrefix = contentRoot.path + "/"  // (a URL's path is worked out again on every call)
        let paths = listFiles(under: contentRoot, diagnostics: &diagnostics, linked: &linked)
        inventory.allPaths.reserveCapacity(paths.count)
        inventory.profiles.reserveCapacity(paths.count)
        var caseless = CaseFoldedPaths(count: paths.count)
        for (index, path) in paths.enumerated() {
            let file = ContentFile(contentPath: path, sitePath: "Content/" + path, absolutePath: rootPrefix + path)
            inventory.allPaths.insert(path)
            if let other = caseless.add(path, at: index, path: { paths[$0] }) {
                diagnostics.append(
                    .error(
                        "'\(path)' and '\(paths[other])' differ only by upper/lower case and would be the same page on many systems; rename one",
                        at: file.location))
            }
            classify(file, into: &inventory, diagnostics: &diagnostics)
        }
        inventory.linkedPaths = linked
        return (inventory, diagnostics)
    }

    private static func classify(
        _ file: ContentFile, into inventory: inout ContentInventory, diagnostics: inout [Diagnostic]
    ) {
        // Separators found as bytes, as the file system has them (a combining mark after a `/`
        // or `.` does not hide it, as it would from a search by characters).
        let path = file.contentPath
        let lastSlash = path.utf8.lastIndex(of: UInt8(ascii: "/"))
        let name = lastSlash.map { path[path.utf8.index(after: $0)...] } ?? path[...]
        if name.utf8.first == UInt8(ascii: ".") { return }  // editor swap files, .DS_Store
        let slash = path.utf8.firstIndex(of: UInt8(ascii: "/"))
        let folder = slash.map { path[..<$0] } ?? ""
        let depth = slash == nil ? 1 : lastSlash == slash ? 2 : 3  // 3: deeper
        let dot = name.utf8.lastIndex(of: UInt8(ascii: "."))
        // `.md` in any case, as bytes: only the ASCII letters lower to `m` and `d` (the first byte
        // is the `.` just found, which the case bit leaves as it is).
        let isMarkdown =
            dot.map { dot in
                let ext = name.utf8[dot...]
                return ext.count == 3
                    && ext.elementsEqual([UInt8(ascii: "."), UInt8(ascii: "m"), UInt8(ascii: "d")]) {
                        $0 | 0x20 == $1
                    }
            } ?? false
        switch (folder, depth) {
        case ("", 1) where name == "site.yml":
            inventory.siteConfig = file
        case ("people", 2) where isMarkdown:
            inventory.profiles.append(file)
        case ("people", _) where imageExtensions.contains(file.fileExtension):
            inventory.peopleImages[file.contentPath] = file
        case ("topics", 2) where isMarkdown:
            inventory.topics.append(file)
        case ("pages", 2) where isMarkdown:
            inventory.pages.append(file)
        case ("static", _):
            inventory.staticFiles.append(file)
        case ("", 1) where name.hasSuffix(".md") || name.hasSuffix(".yml") || name.hasSuffix(".yaml"):
            diagnostics.append(
                .warning(
                    "'\(name)' is not used: profiles go in Content/people/, pages in Content/pages/, settings in Content/site.yml",
                    at: file.location))
        default:
            diagnostics.append(
                .warning(
                    "'\(file.contentPath)' is not used: only people/, topics/, pages/, static/ and site.yml are read",
                    at: file.location))
        }
    }

    /// Every regular file below `root`, as sorted relative paths. Symbolic links are followed
    /// only when they stay inside `root`; links that leave it, and loops, are errors.
    private static func listFiles(under root: URL, diagnostics: inout [Diagnostic], linked: inout Set<String>)
        -> [String]
    {
        var result: [String] = []
        let rootPath = root.path
        var pending: [(String, String)] = [(rootPath, "")]
        let rootReal = root.resolvingSymlinksInPath().path
        var visited: Set<String> = [rootReal]
        while let (folder, prefix) = pending.popLast() {
            guard let entries = FileBytes.listFolder(folder) else {
                diagnostics.append(Diagnostic(.error, "cannot read folder", file: "Content/" + prefix))
                continue
            }
            result.reserveCapacity(result.count + entries.count)
            for (name, kind) in entries {
                let relative = prefix + name
                var path: String { folder + "/" + name }  // needed for few entries: made when asked for
                var info = stat()
                // The folder's listing tells most entries' kind; only the rest are asked about. A
                // link's mode becomes its target's below.
                var mode: mode_t
                switch kind {
                case .file: mode = S_IFREG
                case .folder: mode = S_IFDIR
                case .other:
                    guard lstat(path, &info) == 0 else { continue }
                    mode = info.st_mode & S_IFMT
                }
                var target: String?  // a link's
                let isLink = mode == S_IFLNK
                if isLink {
                    // Only links are resolved (a few), not every file (thousands).
                    let real = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
                    target = real
                    if real != rootReal, !real.hasPrefix(rootReal + "/") {
                        diagnostics.append(
                            Diagnostic(
                                .error,
                                "symbolic link leads outside Content/ (to \(real)); Folio reads only files inside it",
                                file: "Content/" + relative))
                        continue
                    }
                    guard stat(path, &info) == 0 else {
                        diagnostics.append(Diagnostic(.error, "broken symbolic link", file: "Content/" + relative))
                        continue
                    }
                    mode = info.st_mode & S_IFMT
                }
                if mode == S_IFDIR {
                    if isLink { linked.insert(relative + "/") }
                    if visited.insert(target ?? path).inserted {
                        pending.append((path, relative + "/"))
                    } else {
                        diagnostics.append(
                            Diagnostic(
                                .error, "symbolic link loop: this folder is already read", file: "Content/" + relative))
                    }
                } else if mode == S_IFREG {
                    result.append(relative)
                    if isLink || !linked.isEmpty && folder != rootPath && linkedFolder(relative, linked) {
                        linked.insert(relative)
                    }
                }
            }
        }
        return result.sorted()
    }
}
