/// Hashes that say whether something a page shows has changed since the last build of the
/// same process (the preview server's render cache). Not stable across processes.
enum Fingerprint {
    static func of<each T: Hashable>(_ values: repeat each T) -> Int {
        var hasher = Hasher()
        repeat hasher.combine(each values)
        return hasher.finalize()
    }
}
