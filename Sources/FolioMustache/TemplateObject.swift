/// Named values, as a template sees `{{name}}` inside `{{#object}}`: a short list of
/// (key, value) entries in the order they were set. Objects here hold a few dozen names at
/// most, so finding one by comparing key numbers in order is faster than any hashing.
public struct TemplateObject: Sendable {
    public struct Entry: Sendable {
        public let key: TemplateKey
        public fileprivate(set) var value: TemplateValue
    }

    public private(set) var entries: [Entry] = []
    /// Bit `number % 64` of every key set so far (never cleared): a key whose bit is clear is
    /// not here, which most keys set while an object is built are not.
    private var keyBits: UInt64 = 0

    public init() {}

    public init(minimumCapacity: Int) {
        entries.reserveCapacity(minimumCapacity)
    }

    /// Room for `count` entries in all, so that adding up to that many copies nothing.
    public mutating func reserveCapacity(_ count: Int) {
        entries.reserveCapacity(count)
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
                keyBits |= Self.bit(key)
            }
        }
    }

    private static func bit(_ key: TemplateKey) -> UInt64 { 1 << UInt64(key.number & 63) }

    /// Where the value of `key` lies in this object's storage, for the renderer (valid while the
    /// object is neither changed nor freed: see `TemplateLibrary.Frame`).
    func valueAddress(of key: TemplateKey) -> UnsafePointer<TemplateValue>? {
        guard let index = index(of: key) else { return nil }
        return entries.withUnsafeBufferPointer { entries in
            let entry = UnsafeRawPointer(entries.baseAddress! + index)
            return (entry + MemoryLayout<Entry>.offset(of: \Entry.value)!).assumingMemoryBound(to: TemplateValue.self)
        }
    }

    func index(of key: TemplateKey) -> Int? {
        if keyBits & Self.bit(key) == 0 { return nil }
        return entries.withUnsafeBufferPointer { entries in
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
