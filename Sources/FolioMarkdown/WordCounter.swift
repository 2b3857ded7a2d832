#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Counts words (runs of non-whitespace) for reading time. A word may span several text
/// nodes ("`code`." is one word); block boundaries and line breaks end a word.
struct WordCounter {
    private(set) var total = 0
    private var inWord = false

    /// Counts the words of a node's text as cmark holds it (no Swift string is made).
    mutating func count(_ text: UnsafePointer<CChar>?) {
        guard let text else { return }
        count(
            UnsafeBufferPointer(start: UnsafeRawPointer(text).assumingMemoryBound(to: UInt8.self), count: strlen(text)))
    }

    /// A word starts at each non-space byte that follows a space (or a word break). Sixteen bytes
    /// at a time: each is compared with the byte before it.
    mutating func count(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
        let raw = UnsafeRawPointer(base)
        if !Self.isSpace(base[0]) && !inWord { total += 1 }
        var index = 1
        while index + 16 <= bytes.count {
            let here = raw.loadUnaligned(fromByteOffset: index, as: SIMD16<UInt8>.self)
            let before = raw.loadUnaligned(fromByteOffset: index - 1, as: SIMD16<UInt8>.self)
            let starts = .!Self.spaces(here) .& Self.spaces(before)
            total += Int(SIMD16<Int8>(repeating: 1).replacing(with: 0, where: .!starts).wrappedSum())
            index += 16
        }
        while index < bytes.count {
            if !Self.isSpace(base[index]) && Self.isSpace(base[index - 1]) { total += 1 }
            index += 1
        }
        inWord = !Self.isSpace(base[bytes.count - 1])
    }

    mutating func endWord() {
        inWord = false
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D
    }

    private static func spaces(_ bytes: SIMD16<UInt8>) -> SIMDMask<SIMD16<Int8>> {
        bytes .== 0x20 .| bytes .== 0x0A .| bytes .== 0x09 .| bytes .== 0x0D
    }
}
