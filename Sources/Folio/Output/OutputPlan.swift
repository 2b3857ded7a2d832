/// Checks the files to be written before anything touches the disk: every path stays inside
/// the output folder, and no two files claim the same path.
enum OutputPlan {
    static func check(_ files: [OutputFile]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var owners: [String: String] = [:]
        var lowercased: [String: String] = [:]
        for file in files {
            if !isSafe(file.path) {
                diagnostics.append(
                    Diagnostic(
                        .error, "'\(file.path)' (from \(file.origin)) would be written outside the output folder"))
                continue
            }
            if let owner = owners[file.path] {
                diagnostics.append(
                    Diagnostic(
                        .error, "two files would be written to '\(file.path)': from \(owner) and from \(file.origin)"))
                continue
            }
            if let other = lowercased[file.path.lowercased()] {
                diagnostics.append(
                    Diagnostic(
                        .warning,
                        "'\(file.path)' and '\(other)' differ only by case; on case-insensitive servers one hides the other"
                    ))
            }
            owners[file.path] = file.origin
            lowercased[file.path.lowercased()] = file.path
        }
        // A file may not stand where another needs a folder (`a` and `a/index.html`).
        for path in owners.keys {
            var prefix = ""
            for part in path.split(separator: "/").dropLast() {
                prefix += prefix.isEmpty ? String(part) : "/" + part
                if let owner = owners[prefix] {
                    diagnostics.append(
                        Diagnostic(
                            .error,
                            "'\(prefix)' (from \(owner)) is a file, but '\(path)' (from \(owners[path]!)) needs it to be a folder"
                        ))
                }
            }
        }
        return diagnostics
    }

    static func isSafe(_ path: String) -> Bool {
        guard !path.isEmpty, !path.hasPrefix("/"), !path.contains("\\"), !path.contains("\0") else { return false }
        return path.split(separator: "/", omittingEmptySubsequences: false).allSatisfy {
            !$0.isEmpty && $0 != "." && $0 != ".."
        }
    }
}
