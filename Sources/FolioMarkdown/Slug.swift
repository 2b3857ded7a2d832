import Foundation

/// Turns text into the lowercase `a-z0-9-` form used for URLs, topic slugs and heading ids.
public enum Slug {
    /// "Social  Learning" -> "social-learning", "Ölçek & Co." -> "olcek-co". Empty when nothing is left.
    public static func make(_ text: String) -> String {
        // Folding (ö -> o) is slow and changes nothing in plain ASCII, the common case.
        let folded =
            text.utf8.allSatisfy { $0 < 0x80 }
            ? text : text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
        var result = ""
        result.reserveCapacity(folded.utf8.count)
        var pendingDash = false
        for scalar in folded.unicodeScalars {
            switch scalar {
            case "a"..."z", "0"..."9":
                if pendingDash && !result.isEmpty { result.append("-") }
                pendingDash = false
                result.unicodeScalars.append(scalar)
            case "A"..."Z":
                if pendingDash && !result.isEmpty { result.append("-") }
                pendingDash = false
                result.unicodeScalars.append(Unicode.Scalar(scalar.value + 32)!)
            case "'", "\u{2019}":
                continue  // "O'Neil" -> "oneil", as readers would type it
            default:
                pendingDash = true
            }
        }
        return result
    }

    /// Whether `text` is already a valid slug: lowercase a-z, 0-9 and single inner dashes.
    public static func isValid(_ text: String) -> Bool {
        !text.isEmpty && make(text) == text
    }
}
