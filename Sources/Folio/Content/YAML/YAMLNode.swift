import Yams

/// A YAML document as Folio reads fields from it: text values keep whether they were written
/// plain (unquoted), and every node keeps where it starts (line and column from 1, columns
/// counted in Unicode scalars, as libyaml counts them).
enum YAMLNode: Sendable, Equatable {
    struct Mark: Sendable, Equatable {
        var line: Int
        var column: Int
    }

    struct Pair: Sendable, Equatable {
        var key: YAMLNode
        var value: YAMLNode
    }

    case scalar(String, plain: Bool, at: Mark?)
    case sequence([YAMLNode], at: Mark?)
    case mapping([Pair], at: Mark?)
    case alias(at: Mark?)

    var mark: Mark? {
        switch self {
        case .scalar(_, _, let mark), .sequence(_, let mark), .mapping(_, let mark), .alias(let mark): mark
        }
    }

    /// Yams' tree, for the documents the plain reader leaves to Yams. (Yams has already put
    /// each alias's anchored value in its place; `YAMLFields` refuses documents that grow so.)
    init(_ node: Node) {
        let mark = node.mark.map { Mark(line: $0.line, column: $0.column) }
        switch node {
        case .scalar(let scalar): self = .scalar(scalar.string, plain: scalar.style == .plain, at: mark)
        case .sequence(let sequence): self = .sequence(sequence.map(YAMLNode.init), at: mark)
        case .mapping(let mapping):
            self = .mapping(mapping.map { Pair(key: YAMLNode($0.key), value: YAMLNode($0.value)) }, at: mark)
        case .alias: self = .alias(at: mark)
        }
    }
}
