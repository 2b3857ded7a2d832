import Foundation

/// Template contexts are dictionaries; these keep them free of empty values, so that
/// `{{#tagline}}…{{/tagline}}` shows nothing when there is no tagline.
typealias Context = [String: Any]

func context(_ pairs: KeyValuePairs<String, Any?>) -> Context {
    var result: Context = [:]
    for (key, value) in pairs {
        switch value {
        case nil: continue
        case let text as String where text.isEmpty: continue
        case let some?: result[key] = some
        }
    }
    return result
}

/// A first paragraph cut to about `limit` characters at a word boundary.
func excerpt(_ text: String, limit: Int = 280) -> String {
    // Only the start can be shown: do not clean up a long paragraph to cut most of it away.
    let clean = (text.count > limit * 2 ? String(text.prefix(limit * 2)) : text).collapsingWhitespace
    guard clean.count > limit else { return clean }
    let cut = clean.prefix(limit)
    let end = cut.lastIndex(of: " ") ?? cut.endIndex
    return String(cut[..<end]).trimmingCharacters(in: .punctuationCharacters) + "…"
}
