/// Hashes that say whether something a page shows has changed since the last build of the
/// same process (the preview server's render cache). Not stable across processes.
enum Fingerprint {
    /// Of texts by their UTF-8 bytes: `String`'s own hashing first brings non-ASCII text to one
    /// Unicode normal form, which costs far more for a whole file. (Two spellings of the same
    /// text only hash apart, so at worst a page is rendered again.)
    static func ofText(_ texts: String...) -> Int {
        var hasher = Hasher()
        for var text in texts {
            hasher.combine(text.utf8.count)
            text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        }
        return hasher.finalize()
    }
}
