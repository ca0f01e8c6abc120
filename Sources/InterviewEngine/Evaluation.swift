import Guidance

/// A value a condition works with.
enum Value: Equatable {
    case number(Double)
    case text(String)
    case bool(Bool)
    case list([String])
    case none

    init(_ answer: Answer?) {
        switch answer {
        case .text(let t)?, .choice(let t)?, .date(let t)?: self = .text(t)
        case .yesNo(let b)?: self = .bool(b)
        case .number(let n)?: self = .number(n)
        case .list(let l)?: self = .list(l)
        case .skipped?, nil: self = .none
        }
    }

    var truthy: Bool {
        switch self {
        case .bool(let b): return b
        case .number(let n): return n != 0
        case .text(let t): return !t.isEmpty
        case .list(let l): return !l.isEmpty
        case .none: return false
        }
    }

    var shown: String {
        switch self {
        case .number(let n): return InterviewNumbers.format(n)
        case .text(let t): return t
        case .bool(let b): return b ? "yes" : "no"
        case .list(let l): return l.joined(separator: ", ")
        case .none: return "nothing"
        }
    }
}

/// The answers on the current path that a condition can see: the top-level
/// answers, every group's items, and (inside a group) the current item.
struct Scope {
    var top: [String: Answer] = [:]
    var items: [String: [[String: Answer]]] = [:]
    var current: (group: String, item: [String: Answer])?

    func answer(_ id: String) -> Answer? {
        if let c = current, let a = c.item[id] { return a }
        return top[id]
    }

    func inItem(_ group: String, _ item: [String: Answer]) -> Scope {
        var s = self
        s.current = (group, item)
        return s
    }

    func evaluate(_ e: InterviewExpression) -> Value {
        switch e {
        case .number(let n): return .number(n)
        case .text(let t): return .text(t)
        case .bool(let b): return .bool(b)
        case .answer(let id): return Value(answer(id))
        case .answered(let id):
            if let a = answer(id), a != .skipped { return .bool(true) }
            return .bool(items[id].map { !$0.isEmpty } ?? false)
        case .count(let id):
            if let list = items[id] { return .number(Double(list.count)) }
            if case .list(let l)? = answer(id) { return .number(Double(l.count)) }
            return .number(0)
        case .any(let group, let inner):
            return .bool((items[group] ?? []).contains { inItem(group, $0).evaluate(inner).truthy })
        case .not(let a): return .bool(!evaluate(a).truthy)
        case .and(let a, let b): return .bool(evaluate(a).truthy && evaluate(b).truthy)
        case .or(let a, let b): return .bool(evaluate(a).truthy || evaluate(b).truthy)
        case .arithmetic(let op, let a, let b):
            guard case .number(let x) = evaluate(a), case .number(let y) = evaluate(b) else { return .none }
            return .number(op == .plus ? x + y : x - y)
        case .compare(let op, let a, let b):
            return .bool(Scope.compare(op, evaluate(a), evaluate(b)))
        }
    }

    func holds(_ c: InterviewCondition?) -> Bool { c.map { evaluate($0.expression).truthy } ?? true }

    static func compare(_ op: InterviewExpression.Comparison, _ x: Value, _ y: Value) -> Bool {
        switch op {
        case .equal: return x != .none && x == y
        case .notEqual: return !(x != .none && x == y)
        default:
            let ordered: Bool?
            switch (x, y) {
            case (.number(let a), .number(let b)): ordered = order(op, a, b)
            case (.text(let a), .text(let b)): ordered = order(op, a, b)
            default: ordered = nil
            }
            return ordered ?? false
        }
    }

    static func order<T: Comparable>(_ op: InterviewExpression.Comparison, _ a: T, _ b: T) -> Bool {
        switch op {
        case .less: return a < b
        case .lessOrEqual: return a <= b
        case .greater: return a > b
        case .greaterOrEqual: return a >= b
        case .equal: return a == b
        case .notEqual: return a != b
        }
    }

    /// Fills `{step}` placeholders (choices show their label; `{#}` is the item number).
    func fill(_ text: String, interview: Interview, itemNumber: Int? = nil) -> String {
        var out = ""
        var name: String?
        for ch in text {
            if ch == "{" { name = ""; continue }
            if ch == "}", let n = name {
                if n == "#" { out += itemNumber.map(String.init) ?? "#" }
                else if let a = answer(n) { out += a.display(for: interview.step(n)) }
                else { out += "(not given)" }
                name = nil
                continue
            }
            if name != nil { name!.append(ch) } else { out.append(ch) }
        }
        return out
    }
}
