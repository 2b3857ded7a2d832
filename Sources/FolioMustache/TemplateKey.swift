import Foundation

/// A name that templates look up, as a small number: each distinct name is numbered once, so a
/// lookup compares numbers instead of hashing text. Code that builds values on every page keeps
/// its keys in constants (`static let`), so the numbering happens once per name per process.
public struct TemplateKey: Hashable, Sendable, CustomStringConvertible {
    let number: Int32

    public init(_ name: String) {
        number = KeyTable.shared.number(of: name)
    }

    /// The name as written.
    public var name: String { KeyTable.shared.name(of: number) }
    public var description: String { name }
}

/// Every name numbered so far, for the whole process (names are few: those of the templates and
/// of the values given to them).
private final class KeyTable: @unchecked Sendable {
    static let shared = KeyTable()
    private let lock = NSLock()
    private var numbers: [String: Int32] = [:]
    private var names: [String] = []

    func number(of name: String) -> Int32 {
        lock.lock()
        defer { lock.unlock() }
        if let number = numbers[name] { return number }
        let number = Int32(names.count)
        names.append(name)
        numbers[name] = number
        return number
    }

    func name(of number: Int32) -> String {
        lock.lock()
        defer { lock.unlock() }
        return names[Int(number)]
    }
}
