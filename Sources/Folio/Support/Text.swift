import Foundation

extension String {
    /// Removes C0 control characters other than tab and newline, which no HTML or XML
    /// output may carry (XML 1.0 forbids them even as character references).
    var withoutControlCharacters: String {
        guard unicodeScalars.contains(where: { $0.isDisallowedControl }) else { return self }
        var result = String.UnicodeScalarView()
        for scalar in unicodeScalars where !scalar.isDisallowedControl {
            result.append(scalar)
        }
        return String(result)
    }

    /// "Social  learning " -> "Social learning".
    var collapsingWhitespace: String {
        var result = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in unicodeScalars {
            if scalar.properties.isWhitespace {
                pendingSpace = !result.isEmpty
            } else {
                if pendingSpace { result.append(" ") }
                pendingSpace = false
                result.append(scalar)
            }
        }
        return String(result)
    }
}

extension Unicode.Scalar {
    var isDisallowedControl: Bool {
        (value < 0x20 && value != 0x09 && value != 0x0A && value != 0x0D) || value == 0x7F
            || (value >= 0x80 && value < 0xA0) || value == 0xFFFE || value == 0xFFFF
    }
}

extension Int {
    /// 1063 -> "1,063", as the build summary prints it.
    var grouped: String {
        let digits = String(Swift.abs(self))
        var out = ""
        for (index, character) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { out.append(",") }
            out.append(character)
        }
        return self < 0 ? "-" + out : out
    }
}
