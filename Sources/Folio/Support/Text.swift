import Foundation

extension String {
    /// Removes C0 control characters other than tab and newline, which no HTML or XML
    /// output may carry (XML 1.0 forbids them even as character references).
    var withoutControlCharacters: String {
        var text = self
        guard text.withUTF8(Self.hasDisallowedControl) else { return self }
        var result = String.UnicodeScalarView()
        for scalar in unicodeScalars where !scalar.isDisallowedControl {
            result.append(scalar)
        }
        return String(result)
    }

    /// Whether valid UTF-8 holds a scalar that `isDisallowedControl` refuses, read on the bytes:
    /// C0 controls and DEL are single bytes, C1 controls `C2 80`...`C2 9F`, U+FFFE and U+FFFF
    /// `EF BF BE` and `EF BF BF`. Eight bytes of printable ASCII are passed over at once.
    static func hasDisallowedControl(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return false }
        let count = bytes.count
        var index = 0
        while index < count {
            if index + 8 <= count, isPrintableASCII(base, at: index) {
                index += 8
                continue
            }
            let byte = base[index]
            switch byte {
            case 0x09, 0x0A, 0x0D: break
            case 0..<0x20, 0x7F: return true
            case 0xC2 where index + 1 < count && base[index + 1] < 0xA0: return true
            case 0xEF where index + 2 < count && base[index + 1] == 0xBF && base[index + 2] >= 0xBE: return true
            default: break
            }
            index += 1
        }
        return false
    }

    /// False when `lowercased()` is the text itself for certain: ASCII without capitals.
    var mayHaveCapitals: Bool {
        utf8.contains { $0 >= 0x80 || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains($0) }
    }

    /// Without the spaces and tabs at either end: what Foundation's
    /// `trimmingCharacters(in: .whitespaces)` gives (tab and Unicode's space separators), without
    /// its cost, and with no copy when there is nothing to trim.
    var trimmingSpaces: String {
        let scalars = unicodeScalars
        guard let first = scalars.first, let last = scalars.last, first.isSpaceOrTab || last.isSpaceOrTab else {
            return self
        }
        var start = scalars.startIndex
        var end = scalars.endIndex
        while start < end, scalars[start].isSpaceOrTab { start = scalars.index(after: start) }
        while end > start, scalars[scalars.index(before: end)].isSpaceOrTab { end = scalars.index(before: end) }
        return String(scalars[start..<end])
    }

    /// "Social  learning " -> "Social learning".
    var collapsingWhitespace: String {
        // Plain ASCII with single spaces inside and none at the ends is already collapsed.
        var previousWasSpace = true
        var plain = true
        for byte in utf8 {
            let isSpace = byte == 0x20
            if byte >= 0x7F || (byte < 0x20) || (isSpace && previousWasSpace) {
                plain = false
                break
            }
            previousWasSpace = isSpace
        }
        if plain && !previousWasSpace { return self }
        var result = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in unicodeScalars {
            if scalar.properties.isWhitespace {
                pendingSpace = !result.isEmpty
            } else {
                if pendingSpace { result.append(" ") }
                pendingSpace = false
                result.append(scalar)
            }
        }
        return String(result)
    }
}

extension String {
    /// Whether any character is whitespace (`Character.isWhitespace`), bytes first: in ASCII text
    /// that is tab to carriage return and space.
    var containsWhitespace: Bool {
        var text = self
        let ascii: Bool? = text.withUTF8 { bytes in
            var hasSpace = false
            for byte in bytes {
                if byte >= 0x80 { return nil }
                if byte.isASCIIWhitespace { hasSpace = true }
            }
            return hasSpace
        }
        return ascii ?? contains { $0.isWhitespace }
    }
}

extension UInt8 {
    /// Tab, line feed, vertical tab, form feed, carriage return, space: the ASCII characters
    /// Unicode counts as whitespace.
    var isASCIIWhitespace: Bool { self == 0x20 || (0x09...0x0D).contains(self) }
}

extension Unicode.Scalar {
    /// Foundation's `CharacterSet.whitespaces`: tab, Unicode's space separators (Zs), and the
    /// zero width space, which Foundation still counts (a test compares every scalar).
    var isSpaceOrTab: Bool {
        value < 0x80
            ? (value == 0x20 || value == 0x09) : (value == 0x200B || properties.generalCategory == .spaceSeparator)
    }

    var isDisallowedControl: Bool {
        (value < 0x20 && value != 0x09 && value != 0x0A && value != 0x0D) || value == 0x7F
            || (value >= 0x80 && value < 0xA0) || value == 0xFFFE || value == 0xFFFF
    }
}

extension Int {
    /// 1063 -> "1,063", as the build summary prints it.
    var grouped: String {
        let digits = String(Swift.abs(self))
        var out = ""
        for (index, character) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { out.append(",") }
            out.append(character)
        }
        return self < 0 ? "-" + out : out
    }
}

/// Whether the eight bytes at `offset` are all printable ASCII (0x20 to 0x7E), read at once: the
/// byte scans that pass over plain text a word at a time stop only where this is false.
func isPrintableASCII(_ base: UnsafePointer<UInt8>, at offset: Int) -> Bool {
    let word = UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self)
    let ones: UInt64 = 0x0101_0101_0101_0101
    let high: UInt64 = 0x8080_8080_8080_8080
    let below = (word &- ones &* 0x20) & ~word & high  // some byte under 0x20
    let delete = (word &+ ones) & high & ~word  // 0x7F (exact when no byte has the high bit)
    return below | delete | (word & high) == 0
}
