import FolioMustache
import Foundation

/// Template contexts are typed values; these keep them free of empty values, so that
/// `{{#tagline}}…{{/tagline}}` shows nothing when there is no tagline.
typealias Context = TemplateObject

func context(_ pairs: KeyValuePairs<TemplateKey, (any TemplateValueConvertible)?>) -> Context {
    var result = Context(minimumCapacity: pairs.count)
    for (key, value) in pairs {
        guard let value = value?.templateValue, value != .text("") else { continue }
        result[key] = value
    }
    return result
}

/// The same rules, typed, for the contexts made once per page or card (no value boxed). A nil
/// or empty value is not added: it leaves the key as it was (it does not remove a value already
/// there; assign nil with the subscript for that).
extension TemplateObject {
    /// Nothing for nil or empty text.
    mutating func add(_ key: TemplateKey, _ text: String?) {
        guard let text, !text.isEmpty else { return }
        self[key] = .text(text)
    }

    mutating func add(_ key: TemplateKey, _ number: Int?) {
        guard let number else { return }
        self[key] = .number(number)
    }

    mutating func add(_ key: TemplateKey, _ flag: Bool) {
        self[key] = .bool(flag)
    }

    mutating func add(_ key: TemplateKey, _ object: Context?) {
        guard let object else { return }
        self[key] = .object(object)
    }

    /// A list, even an empty one (its values made as such: no second array).
    mutating func add(_ key: TemplateKey, items list: [TemplateValue]) {
        self[key] = .list(list)
    }
}

/// A first paragraph, its whitespace collapsed, cut to at most `limit` characters (Unicode
/// scalars) at a word boundary, with "…" when cut. Looks at no more of the text than it keeps.
func excerpt(_ text: String, limit: Int = 280) -> String {
    asciiExcerpt(text, limit: limit) ?? scalarExcerpt(text, limit: limit)
}

/// `excerpt` on bytes, for text whose kept part is ASCII (most text here); nil when a byte
/// outside ASCII comes first.
func asciiExcerpt(_ text: String, limit: Int) -> String? {
    var text = text
    return text.withUTF8 { bytes -> String? in
        if let excerpt = plainExcerpt(bytes, limit: limit) { return excerpt }
        // What is kept never exceeds `limit` bytes: a buffer of that size (on the stack when small).
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(1, min(bytes.count, limit))) {
            kept -> String? in
            guard let source = bytes.baseAddress, let out = kept.baseAddress else { return "" }
            let total = bytes.count
            var count = 0
            var lastSpace: Int?
            var pendingSpace = false
            var cut = false
            var index = 0
            while index < total {
                let byte = source[index]
                if byte >= 0x80 { return nil }
                if byte.isASCIIWhitespace {
                    pendingSpace = count > 0
                    index += 1
                    continue
                }
                if count + (pendingSpace ? 2 : 1) > limit {
                    if pendingSpace, count < limit { lastSpace = count }
                    cut = true
                    break
                }
                if pendingSpace {
                    lastSpace = count
                    out[count] = 0x20
                    count += 1
                    pendingSpace = false
                }
                // The rest of the word: up to the next byte that is a space, a control or outside
                // ASCII, found eight bytes at a time, then kept as far as it fits.
                let end = wordEnd(source, from: index + 1, count: total)
                let fits = min(end - index, limit - count)
                (out + count).update(from: source + index, count: fits)
                count += fits
                index += fits
                if index < end {
                    cut = true
                    break
                }
            }
            guard cut else { return String(decoding: UnsafeBufferPointer(start: out, count: count), as: UTF8.self) }
            var end = lastSpace ?? count
            var start = 0
            while start < end, isASCIIPunctuation(out[start]) { start += 1 }
            while end > start, isASCIIPunctuation(out[end - 1]) { end -= 1 }
            return String(decoding: UnsafeBufferPointer(start: out + start, count: end - start), as: UTF8.self) + "…"
        }
    }
}

/// `asciiExcerpt` of the commonest text, answered from where the cut falls without copying word
/// by word: printable ASCII with single spaces between words (none first), as far as the
/// answer depends on (the first `limit + 2` bytes). nil for any other text.
private func plainExcerpt(_ bytes: UnsafeBufferPointer<UInt8>, limit: Int) -> String? {
    guard limit > 0, !bytes.isEmpty, let source = bytes.baseAddress else { return nil }
    let total = bytes.count
    guard isPlain(source, count: limit >= total ? total : min(total, limit + 2)) else { return nil }
    func text(_ start: Int, _ end: Int) -> String {
        String(decoding: UnsafeBufferPointer(start: source + start, count: end - start), as: UTF8.self)
    }
    // Not cut: the whole text, without a space at its end.
    if total <= limit { return text(0, source[total - 1] == 0x20 ? total - 1 : total) }
    if total == limit + 1, source[limit] == 0x20 { return text(0, limit) }
    // Cut: the words before the last space ahead of the limit (a word that ends right at the
    // limit is dropped too), or the first `limit` bytes when no space comes before it.
    var end = limit
    while end > 0, source[end - 1] != 0x20 { end -= 1 }
    end = end > 0 ? end - 1 : limit
    var start = 0
    while start < end, isASCIIPunctuation(source[start]) { start += 1 }
    while end > start, isASCIIPunctuation(source[end - 1]) { end -= 1 }
    return text(start, end) + "…"
}

/// Whether the first `count` bytes are printable ASCII with no space first and no two spaces
/// together, eight bytes at a time (`isPrintableASCII`, then an exact equality mask of the
/// spaces: no carry between bytes). The eight bytes are loaded little-endian (x86-64, ARM64):
/// the first is the lowest.
private func isPlain(_ bytes: UnsafePointer<UInt8>, count: Int) -> Bool {
    let highs: UInt64 = 0x8080_8080_8080_8080
    var spaceBefore = true  // a space first is not plain
    var index = 0
    while index + 8 <= count {
        guard isPrintableASCII(bytes, at: index) else { return false }
        let word = UnsafeRawPointer(bytes + index).loadUnaligned(as: UInt64.self)
        let other = word ^ 0x2020_2020_2020_2020  // zero bytes where the spaces are
        let spaces = ~(((other & ~highs) &+ ~highs) | other | ~highs)
        if spaces & (spaces << 8) != 0 || spaceBefore && spaces & 0x80 != 0 { return false }
        spaceBefore = spaces >> 63 != 0
        index += 8
    }
    while index < count {
        let byte = bytes[index]
        guard byte > 0x20 && byte < 0x7F || byte == 0x20 && !spaceBefore else { return false }
        spaceBefore = byte == 0x20
        index += 1
    }
    return true
}

/// The offset of the first byte from `start` on that is below 0x21 or above 0x7F (`count` when
/// there is none). The subtraction flags such bytes exactly at the lowest one, which is the one
/// taken.
private func wordEnd(_ bytes: UnsafePointer<UInt8>, from start: Int, count: Int) -> Int {
    var index = start
    while index + 8 <= count {
        let word = UnsafeRawPointer(bytes + index).loadUnaligned(as: UInt64.self)
        let stops = ((word &- 0x2121_2121_2121_2121) | word) & 0x8080_8080_8080_8080
        if stops != 0 { return index + stops.trailingZeroBitCount / 8 }
        index += 8
    }
    while index < count, bytes[index] > 0x20, bytes[index] < 0x80 { index += 1 }
    return index
}

/// `excerpt` for any text, scalar by scalar.
func scalarExcerpt(_ text: String, limit: Int) -> String {
    var kept: [UInt8] = []  // UTF-8, appended to far faster than a String's scalars
    kept.reserveCapacity(min(text.utf8.count, limit * 2))
    var lastSpace: Int?  // byte offset in `kept`
    var count = 0
    var pendingSpace = false
    var cut = false
    for scalar in text.unicodeScalars {
        if scalar.value < 0x80 ? UInt8(scalar.value).isASCIIWhitespace : scalar.properties.isWhitespace {
            pendingSpace = count > 0
            continue
        }
        if count + (pendingSpace ? 2 : 1) > limit {
            // Cut within the first `limit` characters, a space among them when there is room.
            if pendingSpace, count < limit { lastSpace = kept.count }
            cut = true
            break
        }
        if pendingSpace {
            lastSpace = kept.count
            kept.append(0x20)
            count += 1
            pendingSpace = false
        }
        if scalar.value < 0x80 {
            kept.append(UInt8(scalar.value))
        } else {
            UTF8.encode(scalar) { kept.append($0) }
        }
        count += 1
    }
    guard cut else { return String(decoding: kept, as: UTF8.self) }
    let shortened = String(decoding: kept[..<(lastSpace ?? kept.count)], as: UTF8.self).unicodeScalars
    var start = shortened.startIndex
    var end = shortened.endIndex
    // Punctuation (Unicode's P* categories, as Foundation's `.punctuationCharacters`) at either
    // end of the cut text goes: "Hart, who…" rather than "Hart,…".
    while start < end, isPunctuation(shortened[start]) { start = shortened.index(after: start) }
    while end > start, isPunctuation(shortened[shortened.index(before: end)]) { end = shortened.index(before: end) }
    return String(shortened[start..<end]) + "…"
}

/// `isPunctuation` of each ASCII byte, worked out once.
private let asciiPunctuation: [Bool] = (0..<128).map { isPunctuation(Unicode.Scalar(UInt8($0))) }

private func isASCIIPunctuation(_ byte: UInt8) -> Bool { asciiPunctuation[Int(byte)] }

private func isPunctuation(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.properties.generalCategory {
    case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
        .finalPunctuation, .otherPunctuation:
        return true
    default:
        return false
    }
}
