/// The diagnostics of a whole run, collected stage by stage rather than thrown one by one.
public struct DiagnosticLog: Sendable {
    public private(set) var all: [Diagnostic] = []

    public init(_ diagnostics: [Diagnostic] = []) {
        all = diagnostics
    }

    public mutating func append(_ diagnostic: Diagnostic) {
        all.append(diagnostic)
    }

    public mutating func append<S: Sequence>(contentsOf diagnostics: S) where S.Element == Diagnostic {
        all.append(contentsOf: diagnostics)
    }

    public mutating func error(_ message: String, at location: SourceLocation) {
        all.append(.error(message, at: location))
    }

    public mutating func warning(_ message: String, at location: SourceLocation) {
        all.append(.warning(message, at: location))
    }

    public var hasErrors: Bool { all.contains { $0.severity == .error } }
    public var errors: [Diagnostic] { all.filter { $0.severity == .error } }
    public var warnings: [Diagnostic] { all.filter { $0.severity == .warning } }

    /// Sorted by file, then line and column, so output is stable whatever order files were read in.
    public var sorted: [Diagnostic] {
        all.sorted {
            ($0.file, $0.line, $0.column, $0.message) < ($1.file, $1.line, $1.column, $1.message)
        }
    }
}
