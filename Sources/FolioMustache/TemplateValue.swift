/// What a template is given: text, numbers, flags, lists and named values, typed, so that
/// rendering never asks a value what type it is.
public enum TemplateValue: Sendable, Equatable {
    case text(String)
    /// Text as UTF-8 bytes, written as `.text` is: what one template rendered, given to another
    /// as it came out (a `String` of it would check all its bytes again).
    case bytes([UInt8])
    case number(Int)
    case bool(Bool)
    case list([TemplateValue])
    case object(TemplateObject)

    /// What `{{#name}}` treats as absent: false and empty lists (a missing name too).
    var isFalsey: Bool {
        switch self {
        case .bool(let flag): !flag
        case .list(let items): items.isEmpty
        default: false
        }
    }

    // For the renderer, which reads values where they lie (see `TemplateLibrary.Frame`).

    /// Where the value named `key` lies, when this is an object that has one.
    func field(at key: TemplateKey) -> UnsafePointer<TemplateValue>? {
        guard case .object(let object) = self else { return nil }
        return object.valueAddress(of: key)
    }

    /// Where the items lie, when this is a list.
    var items: UnsafeBufferPointer<TemplateValue>? {
        guard case .list(let items) = self else { return nil }
        return items.withUnsafeBufferPointer { $0 }
    }

    /// Where the UTF-8 bytes of a text lie, when they lie in storage that lives as long as the
    /// value: a string's over 15 bytes, or the array of text held as bytes. (A shorter string may
    /// keep its bytes inside the `String` value itself, reached only through a copy, which for
    /// such a text changes no reference count.)
    var longTextBytes: UnsafeBufferPointer<UInt8>? {
        switch self {
        case .text(let text) where text.utf8.count > 15: text.utf8.withContiguousStorageIfAvailable { $0 }
        // An array's elements lie in its storage, which lives as long as the array.
        case .bytes(let bytes) where !bytes.isEmpty: bytes.withUnsafeBufferPointer { $0 }
        default: nil
        }
    }

    var isFlag: Bool {
        if case .bool = self { return true }
        return false
    }
}

extension TemplateValue: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByBooleanLiteral,
    ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral
{
    public init(stringLiteral value: String) { self = .text(value) }
    public init(integerLiteral value: Int) { self = .number(value) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(arrayLiteral elements: TemplateValue...) { self = .list(elements) }
    /// Names as text, for values written out in tests and examples (code that builds values
    /// often keeps `TemplateKey` constants instead).
    public init(dictionaryLiteral elements: (String, TemplateValue)...) {
        var object = TemplateObject(minimumCapacity: elements.count)
        for (name, value) in elements { object[TemplateKey(name)] = value }
        self = .object(object)
    }
}

/// Swift values that a template can be given.
public protocol TemplateValueConvertible {
    var templateValue: TemplateValue { get }
}

extension TemplateValue: TemplateValueConvertible {
    public var templateValue: TemplateValue { self }
}

extension String: TemplateValueConvertible {
    public var templateValue: TemplateValue { .text(self) }
}

extension Int: TemplateValueConvertible {
    public var templateValue: TemplateValue { .number(self) }
}

extension Bool: TemplateValueConvertible {
    public var templateValue: TemplateValue { .bool(self) }
}

extension Array: TemplateValueConvertible where Element: TemplateValueConvertible {
    public var templateValue: TemplateValue { .list(map { $0.templateValue }) }  // (a key path here is built at run time on every call)
}

extension TemplateObject: TemplateValueConvertible {
    public var templateValue: TemplateValue { .object(self) }
}
