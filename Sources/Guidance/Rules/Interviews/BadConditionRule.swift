/// G027: a condition or bound that reads a step it cannot see, counts something
/// that is not a group or list, or compares a choice step with a value it does not offer.
/// (Conditions that do not parse are reported with this code while reading.)
enum BadConditionRule: GuidanceRule {
    static let code = "G027"
    static let summary = "conditions parse, read steps that exist, and compare choices with their own values"

    static func check(_ g: GuidanceSet) -> [Diagnostic] {
        var out: [Diagnostic] = []
        for i in g.interviews {
            var items: [(InterviewCondition, String?)] = []
            for s in i.allSteps {
                let group = i.group(containing: s.id)?.id
                items += [s.askWhen, s.min, s.max].compactMap { $0 }.map { ($0, group) }
                items += s.next.compactMap(\.condition).map { ($0, group) }
            }
            for c in i.conclusions {
                if let w = c.when { items.append((w, c.each?.value)) }
            }
            for (cond, group) in items { out += check(cond, in: i, group: group) }
        }
        return out
    }

    static func check(_ cond: InterviewCondition, in i: Interview, group: String?) -> [Diagnostic] {
        var out: [Diagnostic] = []
        for ref in cond.expression.references {
            guard let step = resolveStep(ref.step, in: i, group: ref.inGroup ?? group) else {
                var message = "'\(cond.source)' reads '\(ref.step)', which is not a step this condition can see"
                if let owner = i.group(containing: ref.step) {
                    message += " (it is inside group '\(owner.id)': read it with 'any \(owner.id) (...)')"
                }
                out.append(Diagnostic(code, cond.location, message))
                continue
            }
            if ref.inGroup == nil, isCountedOrAny(ref.step, cond.expression), ![.group, .list].contains(step.kind) {
                out.append(Diagnostic(code, cond.location, "'\(cond.source)' counts '\(ref.step)', which is a \(step.kind.rawValue) step, not a group or list"))
            }
        }
        for (stepID, literal) in cond.expression.comparedLiterals {
            guard let step = resolveStep(stepID, in: i, group: group) ?? i.step(stepID), step.kind == .choice,
                  !step.choiceValues.contains(literal) else { continue }
            out.append(Diagnostic(code, cond.location,
                                  "'\(cond.source)' compares '\(stepID)' with '\(literal)', which is not one of its choices (\(step.choiceValues.joined(separator: ", ")))"))
        }
        return out
    }

    static func isCountedOrAny(_ id: String, _ e: InterviewExpression) -> Bool {
        switch e {
        case .count(let g): return g == id
        case .any(let g, let inner): return g == id || isCountedOrAny(id, inner)
        case .not(let a): return isCountedOrAny(id, a)
        case .and(let a, let b), .or(let a, let b), .compare(_, let a, let b), .arithmetic(_, let a, let b):
            return isCountedOrAny(id, a) || isCountedOrAny(id, b)
        default: return false
        }
    }
}
