import Foundation

#if canImport(Glibc)
    import Glibc
    private let systemRead = Glibc.read
    private let systemWrite = Glibc.write
#elseif canImport(Darwin)
    import Darwin
    private let systemRead = Darwin.read
    private let systemWrite = Darwin.write
#endif

/// Reads and writes whole files with plain system calls. (Foundation's `FileManager.contents(atPath:)`
/// was seen by LeakSanitizer to lose a 4 KB buffer on some reads, empty files among them.)
public enum FileBytes {
    /// The file's bytes, or nil when it cannot be opened or read.
    public static func read(_ path: String) -> Data? {
        readBytes(path).map { Data($0) }
    }

    /// The file's bytes, read straight into the array (no zero-filling, no second copy).
    public static func readBytes(_ path: String) -> [UInt8]? {
        let descriptor = path.withCString { open($0, O_RDONLY | O_CLOEXEC) }
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) != S_IFDIR else { return nil }
        // The size is a hint: the file may grow or shrink while it is read. One byte more is
        // asked for, so that a read that fills the room says the file grew.
        var failed = false
        // A regular file read up to the size it said, with the read returning less than asked,
        // is at its end: no need for one more read to see it (such a file takes one read). A
        // short read before that size (one read stops at about 2 GiB; some network and FUSE
        // file systems stop early) reads on, and files whose size says 0 (/proc's) are read
        // until a read returns nothing.
        let regular = (info.st_mode & S_IFMT) == S_IFREG && info.st_size > 0
        let expected = Int(info.st_size)
        func fill(_ buffer: inout UnsafeMutableBufferPointer<UInt8>, _ count: inout Int) {
            count = 0
            while count < buffer.count {
                let asked = buffer.count - count
                let got = systemRead(descriptor, buffer.baseAddress! + count, asked)
                if got < 0 && errno == EINTR { continue }
                if got < 0 { failed = true }
                if got <= 0 { break }
                count += got
                if regular && got < asked && count == expected { break }
            }
        }
        let room = max(Int(info.st_size), 0) + 1
        var bytes = [UInt8](unsafeUninitializedCapacity: room, initializingWith: fill)
        var full = bytes.count == room
        while !failed && full {
            let chunk = max(bytes.count, 4096)
            let more = [UInt8](unsafeUninitializedCapacity: chunk, initializingWith: fill)
            full = more.count == chunk
            bytes += more
        }
        return failed ? nil : bytes
    }

    /// Creates or truncates the file and writes `bytes` to it; false when that fails.
    public static func write(_ bytes: [UInt8], to path: String) -> Bool {
        bytes.withUnsafeBufferPointer { write($0, to: path) }
    }

    /// The same for bytes where they lie.
    public static func write(_ bytes: UnsafeBufferPointer<UInt8>, to path: String) -> Bool {
        let descriptor = path.withCString { open($0, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644) }
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        var written = 0
        while written < bytes.count {
            let count = systemWrite(descriptor, bytes.baseAddress! + written, bytes.count - written)
            if count <= 0 { return false }
            written += count
        }
        return true
    }

    /// Whether the file holds exactly `bytes`; nil when it cannot be opened or read. A file of
    /// another size is answered from its metadata alone.
    public static func holds(_ path: String, exactly bytes: [UInt8]) -> Bool? {
        let descriptor = path.withCString { open($0, O_RDONLY | O_CLOEXEC) }
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        guard Int(info.st_size) == bytes.count else { return false }
        var old = [UInt8](repeating: 0, count: bytes.count + 1)
        var filled = 0
        while filled < old.count {
            let count = old.withUnsafeMutableBytes {
                systemRead(descriptor, $0.baseAddress! + filled, $0.count - filled)
            }
            if count < 0 {
                if errno == EINTR { continue }
                return nil
            }
            if count == 0 { break }
            filled += count
        }
        // One byte more than expected was asked for: a file that grew is not the same.
        guard filled == bytes.count else { return false }
        return old.withUnsafeBytes { oldBytes in
            bytes.withUnsafeBytes { newBytes in
                newBytes.count == 0 || memcmp(oldBytes.baseAddress!, newBytes.baseAddress!, newBytes.count) == 0
            }
        }
    }

    enum EntryKind { case file, folder, other }

    /// Calls `body` with each entry of a folder but `.` and `..`: its name, whether the name is
    /// exactly the entry's (a name that is not UTF-8 comes out repaired, naming no file), and its
    /// type as the listing tells it (`DT_...`). False when the folder cannot be opened.
    private static func forEachEntry(in path: String, _ body: (String, Bool, Int32) -> Void) -> Bool {
        guard let folder = opendir(path) else { return false }
        defer { closedir(folder) }
        while let entry = readdir(folder) {
            let (name, exact) = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                let bytes = raw.baseAddress!.assumingMemoryBound(to: CChar.self)
                return String(validatingCString: bytes).map { ($0, true) } ?? (String(cString: bytes), false)
            }
            if name == "." || name == ".." { continue }
            body(name, exact, Int32(entry.pointee.d_type))
        }
        return true
    }

    /// The entries of one folder (not `.` and `..`), sorted by name, with their kind as the
    /// listing tells it (`other`: a link, a special file, a file system that does not say, or a
    /// name that is not UTF-8, whose kind the caller's asking then fails to find, as for a file
    /// that is gone).
    static func listFolder(_ path: String) -> [(name: String, kind: EntryKind)]? {
        var entries: [(name: String, kind: EntryKind)] = []
        let opened = forEachEntry(in: path) { name, exact, type in
            if name == "._" { return }  // as Foundation's listing skips it
            let kind: EntryKind =
                !exact ? .other : type == Int32(DT_REG) ? .file : type == Int32(DT_DIR) ? .folder : .other
            entries.append((name, kind))
        }
        return opened ? sortedByName(entries) : nil
    }

    /// Entries in the order of their names' `<`. When every name is ASCII that order is the
    /// bytes' order, so they are sorted on their first eight bytes taken as one number (names
    /// compared only when those are equal), which is several times faster than comparing names.
    static func sortedByName(_ entries: [(name: String, kind: EntryKind)]) -> [(name: String, kind: EntryKind)] {
        var keys: [(prefix: UInt64, index: Int)] = []
        keys.reserveCapacity(entries.count)
        for index in entries.indices {
            var name = entries[index].name
            let prefix = name.withUTF8 { bytes -> UInt64? in
                var prefix: UInt64 = 0
                var high: UInt8 = 0
                for byte in bytes { high |= byte }
                guard high < 0x80 else { return nil }
                // Big-endian, so that numbers order as the bytes do; a short name is padded with
                // zeros, which order before any byte of a name.
                for offset in 0..<8 { prefix = prefix << 8 | UInt64(offset < bytes.count ? bytes[offset] : 0) }
                return prefix
            }
            guard let prefix else { return entries.sorted { $0.name < $1.name } }
            keys.append((prefix, index))
        }
        keys.sort { $0.prefix != $1.prefix ? $0.prefix < $1.prefix : entries[$0.index].name < entries[$1.index].name }
        return keys.map { entries[$0.index] }
    }

    /// Paths (relative to `root`, `/`-separated) of every entry under it that is not a folder,
    /// in no particular order. Symbolic links are listed, not followed.
    public static func listFiles(under root: String) -> [String] {
        var files: [String] = []
        var pending: [String] = [""]
        while let relative = pending.popLast() {
            _ = forEachEntry(in: relative.isEmpty ? root : root + "/" + relative) { name, _, type in
                let path = relative.isEmpty ? name : relative + "/" + name
                var isFolder = type == Int32(DT_DIR)
                if type == Int32(DT_UNKNOWN) {
                    var info = stat()
                    isFolder = lstat(root + "/" + path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
                }
                if isFolder { pending.append(path) } else { files.append(path) }
            }
        }
        return files
    }
}
