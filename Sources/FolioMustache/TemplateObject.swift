/// Named values, as a template sees `{{name}}` inside `{{#object}}`: a short list of
/// (key, value) entries in the order they were set. Objects here hold a few dozen names at
/// most, so finding one by comparing key numbers in order is faster than any hashing.
public struct TemplateObject: Sendable {
    public struct Entry: Sendable {
        public let key: TemplateKey
        public fileprivate(set) var value: TemplateValue
    }

    public private(set) var entries: [Entry] = []

    public init() {}

    public init(minimumCapacity: Int) {
        entries.reserveCapacity(minimumCapacity)
    }

    public var count: Int { entries.count }
    public var isEmpty: Bool { entries.isEmpty }

    /// The value of `key`; setting nil removes it.
    public subscript(key: TemplateKey) -> TemplateValue? {
        get {
            guard let index = index(of: key) else { return nil }
            return entries[index].value
        }
        set {
            if let index = index(of: key) {
                if let newValue { entries[index].value = newValue } else { entries.remove(at: index) }
            } else if let newValue {
                entries.append(Entry(key: key, value: newValue))
            }
        }
    }

    func index(of key: TemplateKey) -> Int? {
        entries.withUnsafeBufferPointer { entries in
            for index in entries.indices where entries[index].key.number == key.number { return index }
            return nil
        }
    }
}

extension TemplateObject: ExpressibleByDictionaryLiteral {
    /// A name given twice keeps its last value.
    public init(dictionaryLiteral elements: (TemplateKey, TemplateValue)...) {
        self.init(minimumCapacity: elements.count)
        for (key, value) in elements { self[key] = value }
    }
}

/// Equal when they hold the same names with equal values, in any order (as dictionaries).
extension TemplateObject: Equatable {
    public static func == (lhs: TemplateObject, rhs: TemplateObject) -> Bool {
        guard lhs.count == rhs.count else { return false }
        return lhs.entries.allSatisfy { rhs[$0.key] == $0.value }
    }
}
