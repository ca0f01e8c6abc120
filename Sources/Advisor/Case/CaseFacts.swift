import Guidance

/// The value of one case fact.
public enum FactValue: Equatable, Sendable, CustomStringConvertible {
    case number(Int)
    case yes
    case no

    public var description: String {
        switch self {
        case .number(let n): return String(n)
        case .yes: return "yes"
        case .no: return "no"
        }
    }
}

/// What is known about a described case: fact id → value. Facts not in it are unknown.
public struct CaseFacts: Equatable, Sendable {
    public private(set) var values: [String: FactValue] = [:]
    /// Fact ids in the order they were read, for showing what was read.
    public private(set) var order: [String] = []
    /// Facts taken as no because the case does not mention them (closed-world
    /// facts, which have no question): they count in conditions, but
    /// `answered FACT` is false for them, so a rule can say "the case mentions none".
    public private(set) var assumed: Set<String> = []

    public init(_ values: [(String, FactValue)] = []) {
        for (id, v) in values { self[id] = v }
    }

    public subscript(id: String) -> FactValue? {
        get { values[id] }
        set {
            if newValue != nil, values[id] == nil { order.append(id) }
            if newValue == nil { order.removeAll { $0 == id } }
            values[id] = newValue
        }
    }

    public func number(_ id: String) -> Int? {
        if case .number(let n) = values[id] { return n }
        return nil
    }

    /// Sets a fact only when nothing has set it yet (an earlier, more specific reading wins).
    mutating func setIfUnknown(_ id: String, _ value: FactValue) {
        if values[id] == nil { self[id] = value }
    }

    public var isEmpty: Bool { values.isEmpty }

    /// True when the case itself gives the fact (not merely assumed from its silence).
    public func isStated(_ id: String) -> Bool { values[id] != nil && !assumed.contains(id) }

    /// Takes an unmentioned fact as `value` and remembers that it was assumed.
    mutating func assume(_ id: String, _ value: FactValue) {
        guard values[id] == nil else { return }
        values[id] = value
        assumed.insert(id)
    }
}

/// A fact a decision turns on that the case does not state, with the question that asks for it.
public struct FactNeed: Equatable, Sendable {
    public var fact: String
    public var question: String
}
