import Guidance

/// Three-valued evaluation of an outcome's condition over case facts: a
/// condition that reads an unknown fact is unknown unless the known part
/// settles it ("yes or unknown" is yes, "no and unknown" is no).
enum FactLogic {
    enum Value: Equatable {
        case number(Double)
        case bool(Bool)
        case text(String)
        case unknown
    }

    static func truth(_ e: InterviewExpression, _ facts: CaseFacts) -> Bool? {
        switch value(e, facts) {
        case .bool(let b): return b
        case .number(let n): return n != 0
        case .text, .unknown: return nil
        }
    }

    static func value(_ e: InterviewExpression, _ facts: CaseFacts) -> Value {
        switch e {
        case .number(let n): return .number(n)
        case .text(let t): return .text(t)
        case .bool(let b): return .bool(b)
        case .answer(let id):
            switch facts[id] {
            case .number(let n)?: return .number(Double(n))
            case .yes?: return .bool(true)
            case .no?: return .bool(false)
            case nil: return .unknown
            }
        case .answered(let id): return .bool(facts.isStated(id))
        case .count, .any: return .unknown
        case .not(let a):
            if let t = truth(a, facts) { return .bool(!t) }
            return .unknown
        case .and(let a, let b):
            let x = truth(a, facts), y = truth(b, facts)
            if x == false || y == false { return .bool(false) }
            if x == true && y == true { return .bool(true) }
            return .unknown
        case .or(let a, let b):
            let x = truth(a, facts), y = truth(b, facts)
            if x == true || y == true { return .bool(true) }
            if x == false && y == false { return .bool(false) }
            return .unknown
        case .arithmetic(let op, let a, let b):
            guard case .number(let x) = value(a, facts), case .number(let y) = value(b, facts) else { return .unknown }
            return .number(op == .plus ? x + y : x - y)
        case .compare(let op, let a, let b):
            let x = value(a, facts), y = value(b, facts)
            if x == .unknown || y == .unknown { return .unknown }
            switch (x, y) {
            case (.number(let p), .number(let q)):
                switch op {
                case .equal: return .bool(p == q)
                case .notEqual: return .bool(p != q)
                case .less: return .bool(p < q)
                case .lessOrEqual: return .bool(p <= q)
                case .greater: return .bool(p > q)
                case .greaterOrEqual: return .bool(p >= q)
                }
            case (.bool(let p), .bool(let q)):
                switch op {
                case .equal: return .bool(p == q)
                case .notEqual: return .bool(p != q)
                default: return .unknown
                }
            case (.text(let p), .text(let q)):
                return op == .equal ? .bool(p == q) : op == .notEqual ? .bool(p != q) : .unknown
            default: return .unknown
            }
        }
    }

    /// Facts the expression reads that are not known.
    static func unknownFacts(_ e: InterviewExpression, _ facts: CaseFacts) -> [String] {
        unique(e.references.map(\.step).filter { facts[$0] == nil })
    }

    /// `says` with each `{expression}` replaced by its value ("up to point {5 - points-proposed}"),
    /// and `{expression|point|points}` by the value and the noun in the right number ("2 points").
    /// Nil when a placeholder cannot be worked out from the facts.
    static func fill(_ template: String, _ facts: CaseFacts) -> String? {
        guard template.contains("{") else { return template }
        var out = ""
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            out += rest[..<open]
            guard let close = rest[open...].firstIndex(of: "}") else { return nil }
            // "{expression}" is its value; "{expression|point|points}" adds the noun, singular or plural.
            let parts = rest[rest.index(after: open)..<close].split(separator: "|", omittingEmptySubsequences: false).map(String.init)
            guard let e = try? InterviewExpressionParser.parse(parts[0]), case .number(let n) = value(e, facts) else { return nil }
            out += n.rounded() == n ? String(Int(n)) : String(n)
            if parts.count == 3 { out += " " + (n == 1 ? parts[1] : parts[2]) }
            rest = rest[rest.index(after: close)...]
        }
        return out + rest
    }
}
