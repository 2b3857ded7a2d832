/// One problem found in a run: where it is and what is wrong, compiler style.
public struct Diagnostic: Sendable, Hashable, CustomStringConvertible {
    public enum Severity: String, Sendable, Hashable, Comparable {
        case warning, error

        public static func < (lhs: Severity, rhs: Severity) -> Bool {
            lhs == .warning && rhs == .error
        }
    }

    public var severity: Severity
    /// The file's path relative to the site folder (`Content/people/jane-hart.md`); empty for
    /// problems that belong to no file.
    public var file: String
    /// 1-based; 0 when unknown.
    public var line: Int
    public var column: Int
    public var message: String

    public init(_ severity: Severity, _ message: String, file: String = "", line: Int = 0, column: Int = 0) {
        self.severity = severity
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    public static func error(_ message: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(.error, message, file: location.file, line: location.line, column: location.column)
    }

    public static func warning(_ message: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(.warning, message, file: location.file, line: location.line, column: location.column)
    }

    /// `Content/people/jane-hart.md:12:5: error: link target 'x.md' matches no content file`
    public var description: String {
        var place = file
        if !place.isEmpty, line > 0 {
            place += ":\(line)"
            if column > 0 { place += ":\(column)" }
        }
        let prefix = place.isEmpty ? "folio" : place
        return "\(prefix): \(severity.rawValue): \(message)"
    }
}

/// A place in a site file: path relative to the site folder, 1-based line and column.
public struct SourceLocation: Sendable, Hashable {
    public var file: String
    public var line: Int
    public var column: Int

    public init(file: String, line: Int = 0, column: Int = 0) {
        self.file = file
        self.line = line
        self.column = column
    }
}
