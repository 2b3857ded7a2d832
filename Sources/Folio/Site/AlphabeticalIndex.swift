import Foundation

/// The A–Z index: people by sort name, grouped by initial letter with diacritics folded
/// ("Öztürk" under O). Names that start with no letter go under "#".
enum AlphabeticalIndex {
    struct Group: Sendable {
        var letter: String
        var people: [Int]
    }

    static func groups(_ people: [Person]) -> [Group] {
        let keyed = people.map { person in
            (key: foldedKey(person.profile.sortName), position: person.position)
        }
        let sorted = keyed.sorted { ($0.key, $0.position) < ($1.key, $1.position) }
        var groups: [Group] = []
        for entry in sorted {
            let letter = initial(entry.key)
            if groups.last?.letter == letter {
                groups[groups.count - 1].people.append(entry.position)
            } else {
                groups.append(Group(letter: letter, people: [entry.position]))
            }
        }
        // "#" sorts first by key already; keep it last, as readers expect.
        if let first = groups.first, first.letter == "#" {
            groups.removeFirst()
            groups.append(first)
        }
        return groups
    }

    static func foldedKey(_ name: String) -> String {
        // Plain ASCII has no diacritics or wide forms to fold: lowercase is all (and far faster).
        if name.utf8.allSatisfy({ $0 < 0x80 }) { return name.lowercased() }
        return name.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: nil)
            .replacingOccurrences(of: "ß", with: "ss")
    }

    static func initial(_ key: String) -> String {
        guard let first = key.unicodeScalars.first(where: { !CharacterSet.whitespaces.contains($0) }) else {
            return "#"
        }
        let letter = String(first).uppercased()
        guard letter.count == 1, let scalar = letter.unicodeScalars.first, ("A"..."Z").contains(scalar) else {
            return "#"
        }
        return letter
    }
}
