/// A position in a text file, 1-based, columns counted in characters.
public struct SourceMark: Equatable, Sendable {
    public var line: Int
    public var column: Int
    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }
}

/// A YAML value read by `SafeYAML`: only text, lists and maps, each with the
/// place it starts. Scalars stay text exactly as written (`NO`, `0123`, `1.10`).
public indirect enum SafeNode: Sendable {
    case scalar(String, SourceMark)
    case sequence([SafeNode], SourceMark)
    case mapping([SafePair], SourceMark)

    public var mark: SourceMark {
        switch self {
        case .scalar(_, let m), .sequence(_, let m), .mapping(_, let m): return m
        }
    }

    /// What this node is, for messages ("text", "a list", "a map").
    public var kindName: String {
        switch self {
        case .scalar: return "text"
        case .sequence: return "a list"
        case .mapping: return "a map"
        }
    }
}

/// One key and value of a YAML mapping.
public struct SafePair: Sendable {
    public var key: String
    public var keyMark: SourceMark
    public var value: SafeNode
    public init(key: String, keyMark: SourceMark, value: SafeNode) {
        self.key = key
        self.keyMark = keyMark
        self.value = value
    }
}
