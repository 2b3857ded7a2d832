import FolioMustache
import Foundation

/// Template contexts are typed values; these keep them free of empty values, so that
/// `{{#tagline}}…{{/tagline}}` shows nothing when there is no tagline.
typealias Context = [String: TemplateValue]

func context(_ pairs: KeyValuePairs<String, (any TemplateValueConvertible)?>) -> Context {
    var result: Context = [:]
    result.reserveCapacity(pairs.count)
    for (key, value) in pairs {
        guard let value = value?.templateValue, value != .text("") else { continue }
        result[key] = value
    }
    return result
}

/// A first paragraph, its whitespace collapsed, cut to at most `limit` characters (Unicode
/// scalars) at a word boundary, with "…" when cut. Looks at no more of the text than it keeps.
func excerpt(_ text: String, limit: Int = 280) -> String {
    var kept = String.UnicodeScalarView()
    var count = 0
    var pendingSpace = false
    var cut = false
    for scalar in text.unicodeScalars {
        if scalar.value < 0x80
            ? (scalar == " " || (scalar.value >= 0x09 && scalar.value <= 0x0D)) : scalar.properties.isWhitespace
        {
            pendingSpace = count > 0
            continue
        }
        if count + (pendingSpace ? 2 : 1) > limit {
            // Cut within the first `limit` characters, a space among them when there is room.
            if pendingSpace, count < limit { kept.append(" ") }
            cut = true
            break
        }
        if pendingSpace {
            kept.append(" ")
            count += 1
            pendingSpace = false
        }
        kept.append(scalar)
        count += 1
    }
    guard cut else { return String(kept) }
    var end = kept.lastIndex(of: " ") ?? kept.endIndex
    var start = kept.startIndex
    // Punctuation (Unicode's P* categories, as Foundation's `.punctuationCharacters`) at either
    // end of the cut text goes: "Hart, who…" rather than "Hart,…".
    while start < end, isPunctuation(kept[start]) { start = kept.index(after: start) }
    while end > start, isPunctuation(kept[kept.index(before: end)]) { end = kept.index(before: end) }
    return String(kept[start..<end]) + "…"
}

private func isPunctuation(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.properties.generalCategory {
    case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
        .finalPunctuation, .otherPunctuation:
        return true
    default:
        return false
    }
}
