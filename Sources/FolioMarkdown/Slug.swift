import Foundation

/// Turns text into the lowercase `a-z0-9-` form used for URLs, topic slugs and heading ids.
public enum Slug {
    /// "Social  Learning" -> "social-learning", "Ölçek & Co." -> "olcek-co". Empty when nothing is left.
    public static func make(_ text: String) -> String {
        // Folding (ö -> o) is slow and changes nothing in plain ASCII, the common case, which is
        // read byte by byte (in UTF-8 an ASCII byte is that scalar).
        if let slug = makeASCII(text) { return slug }
        return make(
            scalars: text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).unicodeScalars)
    }

    /// `make(scalars:)` on the bytes of ASCII text, written into the result as they are read;
    /// nil when the text is not all ASCII (checked first, eight bytes at a time).
    private static func makeASCII(_ text: String) -> String? {
        var text = text
        return text.withUTF8 { bytes -> String? in
            guard allASCII(bytes) else { return nil }
            return String(unsafeUninitializedCapacity: max(bytes.count, 1)) { result in
                var count = 0
                var pendingDash = false
                for byte in bytes {
                    switch byte {
                    case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                        UInt8(ascii: "A")...UInt8(ascii: "Z"):
                        if pendingDash && count > 0 {
                            result[count] = UInt8(ascii: "-")
                            count += 1
                        }
                        pendingDash = false
                        result[count] = byte | (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? 0x20 : 0)
                        count += 1
                    case UInt8(ascii: "'"):
                        continue
                    default:
                        pendingDash = true
                    }
                }
                return count
            }
        }
    }

    private static func make(scalars: some Sequence<Unicode.Scalar>) -> String {
        var result: [UInt8] = []  // only a-z, 0-9 and '-' go in: bytes, then one String
        result.reserveCapacity(scalars.underestimatedCount)
        var pendingDash = false
        for scalar in scalars {
            switch scalar {
            case "a"..."z", "0"..."9":
                if pendingDash && !result.isEmpty { result.append(UInt8(ascii: "-")) }
                pendingDash = false
                result.append(UInt8(scalar.value))
            case "A"..."Z":
                if pendingDash && !result.isEmpty { result.append(UInt8(ascii: "-")) }
                pendingDash = false
                result.append(UInt8(scalar.value + 32))
            case "'", "\u{2019}":
                continue  // "O'Neil" -> "oneil", as readers would type it
            default:
                pendingDash = true
            }
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// Whether `text` is already a valid slug: lowercase a-z, 0-9 and single inner dashes.
    public static func isValid(_ text: String) -> Bool {
        !text.isEmpty && make(text) == text
    }
}
