/// Hands out heading ids that are unique within one page.
struct HeadingIDs {
    /// The ids given or reserved so far. A page has a handful: searching a list costs less than
    /// hashing each into a set. Past `listLimit` (a page of hundreds of headings) a set takes over,
    /// so that the search never grows with the square of the headings.
    private var used: [String]
    private var usedSet: Set<String>?
    private static let listLimit = 32

    init(reserved: [String]) {
        used = reserved
        used.reserveCapacity(reserved.count + 8)  // one copy of the reserved ids, not one per doubling
    }

    mutating func next(for text: String) -> String {
        var base = Slug.make(text)
        if base.isEmpty { base = "section" }
        var candidate = base
        var counter = 1
        while isUsed(candidate) {
            candidate = "\(base)-\(counter)"
            counter += 1
        }
        use(candidate)
        return candidate
    }

    private func isUsed(_ id: String) -> Bool {
        if let usedSet { return usedSet.contains(id) }
        // Ids of another length are passed over without comparing their texts. (Exact for slugs,
        // which are ASCII: no other text is canonically equal to an ASCII one of another length.)
        let length = id.utf8.count
        return used.contains { $0.utf8.count == length && $0 == id }
    }

    private mutating func use(_ id: String) {
        if usedSet != nil {
            usedSet!.insert(id)
        } else if used.count < Self.listLimit {
            used.append(id)
        } else {
            usedSet = Set(used + [id])
        }
    }
}
