/// Finds the first byte that makes a file unusable as text: a NUL, or the start of a sequence
/// that is not well-formed UTF-8 (Unicode's table 3-7: no overlong forms, no surrogates,
/// nothing above U+10FFFF). Plain ASCII is checked eight bytes at a time.
enum UTF8Check {
    struct Problem: Equatable {
        var offset: Int
        var isNUL: Bool
    }

    static func firstProblem(in bytes: UnsafeBufferPointer<UInt8>) -> Problem? {
        guard let base = bytes.baseAddress else { return nil }
        let count = bytes.count
        var index = 0
        while index < count {
            // Eight ASCII bytes, none of them NUL, are skipped at once.
            if index + 8 <= count {
                let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                let hasHighBit = word & 0x8080_8080_8080_8080 != 0
                let hasZero = (word &- 0x0101_0101_0101_0101) & ~word & 0x8080_8080_8080_8080 != 0
                if !hasHighBit && !hasZero {
                    index += 8
                    continue
                }
            }
            let lead = base[index]
            if lead == 0 { return Problem(offset: index, isNUL: true) }
            if lead < 0x80 {
                index += 1
                continue
            }
            // The allowed range of the second byte, by lead byte; the others are 80...BF.
            let length: Int
            var second: ClosedRange<UInt8> = 0x80...0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0:
                length = 3
                second = 0xA0...0xBF
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED:
                length = 3
                second = 0x80...0x9F
            case 0xF0:
                length = 4
                second = 0x90...0xBF
            case 0xF1...0xF3: length = 4
            case 0xF4:
                length = 4
                second = 0x80...0x8F
            default: return Problem(offset: index, isNUL: false)
            }
            guard index + length <= count, second.contains(base[index + 1]) else {
                return Problem(offset: index, isNUL: false)
            }
            for next in (index + 2)..<(index + length) where base[next] & 0xC0 != 0x80 {
                return Problem(offset: index, isNUL: false)
            }
            index += length
        }
        return nil
    }
}
