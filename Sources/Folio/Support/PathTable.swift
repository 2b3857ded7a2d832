import Foundation

/// Positions in a list of paths, found by the hash of a path's bytes: which file has which path
/// (the content scanner's and the output plan's questions). A hash narrows the search to a few entries; the caller then
/// compares the paths themselves, so equal hashes of different paths are never mistaken for
/// equal paths. (Swift's `Dictionary<String, …>` hashes every key with SipHash through
/// `Hasher`, about twenty times the work of `PathHash` for a path of 25 bytes.)
struct PathTable {
    private var hashes: [UInt64]
    /// The position stored in each slot; -1 for an empty one.
    private var positions: [Int32]
    private var mask: Int
    private var count = 0

    /// Room for `count` positions before the table grows (at most half the slots are used).
    init(count: Int) {
        var slots = 8
        while slots < count * 2 { slots *= 2 }
        hashes = Array(repeating: 0, count: slots)
        positions = Array(repeating: -1, count: slots)
        mask = slots - 1
    }

    mutating func insert(_ position: Int, hash: UInt64) {
        if (count + 1) * 2 > positions.count { grow() }
        count += 1
        place(position, hash: hash)
    }

    /// Twice the slots, every entry placed again.
    private mutating func grow() {
        let old = (hashes, positions)
        hashes = Array(repeating: 0, count: old.1.count * 2)
        positions = Array(repeating: -1, count: old.1.count * 2)
        mask = positions.count - 1
        for slot in old.1.indices where old.1[slot] >= 0 { place(Int(old.1[slot]), hash: old.0[slot]) }
    }

    private mutating func place(_ position: Int, hash: UInt64) {
        var slot = Self.start(hash) & mask
        while positions[slot] >= 0 { slot = (slot + 1) & mask }
        hashes[slot] = hash
        positions[slot] = Int32(position)
    }

    /// The first position found with this hash for which `matches` holds (for a key that can
    /// match only one position, that one).
    func first(hash: UInt64, where matches: (Int) -> Bool) -> Int? {
        var slot = Self.start(hash) & mask
        while positions[slot] >= 0 {
            if hashes[slot] == hash, matches(Int(positions[slot])) { return Int(positions[slot]) }
            slot = (slot + 1) & mask
        }
        return nil
    }

    /// The greatest position with this hash for which `matches` holds.
    func greatest(hash: UInt64, where matches: (Int) -> Bool) -> Int? {
        var slot = Self.start(hash) & mask
        var found: Int?
        while positions[slot] >= 0 {
            let position = Int(positions[slot])
            if hashes[slot] == hash, position > found ?? -1, matches(position) { found = position }
            slot = (slot + 1) & mask
        }
        return found
    }

    private static func start(_ hash: UInt64) -> Int { Int(truncatingIfNeeded: hash ^ (hash >> 29)) }
}

/// FNV-1a over a path's bytes. Built up byte by byte, so the hash of every leading part of a
/// path (up to each `/`) comes on the way to the whole path's.
struct PathHash {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    mutating func add(_ byte: UInt8) {
        value = (value ^ UInt64(byte)) &* 0x100_0000_01b3
    }

    static func of(_ path: String) -> UInt64 {
        withBytes(of: path) { bytes in
            var hash = PathHash()
            for byte in bytes { hash.add(byte) }
            return hash.value
        }
    }

    /// The hash of a path's canonical form, so that paths Swift holds equal (canonically
    /// equivalent: `é` as one character or as `e` and a combining accent, `K` and the Kelvin
    /// sign) hash alike: of its bytes when they are ASCII, else of its NFC form's.
    static func canonical(_ path: String) -> UInt64 {
        of(canonicalForm(path))
    }

    /// The path itself when it is ASCII (which is its own NFC form), else its NFC form.
    static func canonicalForm(_ path: String) -> String {
        path.utf8.allSatisfy { $0 < 0x80 } ? path : path.precomposedStringWithCanonicalMapping
    }

    /// Calls `body` with each folder of the path in `bytes` (the bytes before each `/`, outermost
    /// first) and that folder's hash, made on the way along the path.
    static func forEachFolder(
        in bytes: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>, UInt64) -> Void
    ) {
        var hash = PathHash()
        for (end, byte) in bytes.enumerated() {
            if byte == UInt8(ascii: "/") { body(UnsafeBufferPointer(rebasing: bytes[..<end]), hash.value) }
            hash.add(byte)
        }
    }

    /// A path's UTF-8 bytes where the string keeps them (a copy only for a bridged string).
    static func withBytes<Result>(of path: String, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        if let result = path.utf8.withContiguousStorageIfAvailable(body) { return result }
        return Array(path.utf8).withUnsafeBufferPointer(body)
    }
}

/// Paths by their lower-case form: for each path added, the last one before it that differs from
/// it only by case (compared as strings: canonically equivalent forms are one path).
struct CaseFoldedPaths {
    private var table: PathTable
    /// The lower-case form of each path that has capitals (or any non-ASCII byte), by position.
    private var lowered: [Int: String] = [:]

    init(count: Int) {
        table = PathTable(count: count)
    }

    /// Adds `path` at `position` (positions only grow) and returns the position of the last path
    /// added before it that is the same in lower case. `hash`: the path's canonical hash, when the
    /// caller has it already; `path(at:)` gives the path added at a position.
    mutating func add(_ path: String, at position: Int, hash: UInt64? = nil, path pathAt: (Int) -> String) -> Int? {
        var lower = path
        let lowerHash: UInt64
        if path.mayHaveCapitals {
            lower = path.lowercased()
            lowerHash = PathHash.canonical(lower)
            lowered[position] = lower
        } else {
            lowerHash = hash ?? PathHash.canonical(path)
        }
        let other = table.greatest(hash: lowerHash) { (lowered[$0] ?? pathAt($0)) == lower }
        table.insert(position, hash: lowerHash)
        return other
    }
}
