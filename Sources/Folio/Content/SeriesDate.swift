import Foundation

/// A calendar date as profiles write it: `YYYY-MM-DD`, validated, no time zone.
public struct SeriesDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    /// Ten characters, `YYYY-MM-DD`, digits and dashes only (spaces around them are let pass):
    /// no sign (`Int` would read `+1` as a month), no other digits than ASCII's.
    public init?(_ text: String) {
        guard let (year, month, day) = Self.digits(text) ?? Self.digits(text.trimmingSpaces),
            (1...12).contains(month), day >= 1, day <= Self.days(inMonth: month, year: year)
        else { return nil }
        (self.year, self.month, self.day) = (year, month, day)
    }

    /// The numbers of `YYYY-MM-DD` written with ASCII digits and nothing else, read on bytes.
    private static func digits(_ text: String) -> (Int, Int, Int)? {
        let bytes = text.utf8
        guard bytes.count == 10 else { return nil }
        var numbers = (0, 0, 0)
        for (offset, byte) in bytes.enumerated() {
            if offset == 4 || offset == 7 {
                guard byte == UInt8(ascii: "-") else { return nil }
                continue
            }
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
            let digit = Int(byte - UInt8(ascii: "0"))
            switch offset {
            case 0..<4: numbers.0 = numbers.0 * 10 + digit
            case 5..<7: numbers.1 = numbers.1 * 10 + digit
            default: numbers.2 = numbers.2 * 10 + digit
            }
        }
        return numbers
    }

    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    static func days(inMonth month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// 2020-12-12
    public var description: String {
        guard (0...9999).contains(year), (1...12).contains(month), (1...31).contains(day) else {
            return "\(Self.pad(year, 4))-\(Self.pad(month, 2))-\(Self.pad(day, 2))"
        }
        // Ten ASCII digits and dashes: a small string, written in place (no interpolation).
        return String(unsafeUninitializedCapacity: 10) { bytes in
            func put(_ value: Int, at start: Int, width: Int) {
                var rest = value
                var index = start + width - 1
                while index >= start {
                    bytes[index] = UInt8(ascii: "0") + UInt8(rest % 10)
                    rest /= 10
                    index -= 1
                }
            }
            put(year, at: 0, width: 4)
            bytes[4] = UInt8(ascii: "-")
            put(month, at: 5, width: 2)
            bytes[7] = UInt8(ascii: "-")
            put(day, at: 8, width: 2)
            return 10
        }
    }

    /// 2020-12-12T00:00:00Z, for Atom and sitemaps.
    public var rfc3339: String { description + "T00:00:00Z" }

    /// "12 December 2020", for readers.
    public var readable: String {
        "\(day) \(Self.monthNames[month - 1]) \(year)"
    }

    public static func < (lhs: SeriesDate, rhs: SeriesDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    private static let monthNames = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December",
    ]

    private static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
