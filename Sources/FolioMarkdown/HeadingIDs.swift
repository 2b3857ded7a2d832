/// Hands out heading ids that are unique within one page.
struct HeadingIDs {
    private var used: Set<String>

    init(reserved: Set<String>) {
        used = reserved
    }

    mutating func next(for text: String) -> String {
        var base = Slug.make(text)
        if base.isEmpty { base = "section" }
        var candidate = base
        var counter = 1
        while used.contains(candidate) {
            candidate = "\(base)-\(counter)"
            counter += 1
        }
        used.insert(candidate)
        return candidate
    }
}
