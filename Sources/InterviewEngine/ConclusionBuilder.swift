import Guidance
import Records

/// Works out what a record concludes from the answers on the path: each
/// conclusion's text, its citations, and the answers it rests on.
struct ConclusionBuilder {
    var interview: Interview
    var scope: Scope

    func conclusions() -> [Conclusion] {
        interview.conclusions.flatMap { spec -> [Conclusion] in
            if let each = spec.each?.value {
                return (scope.items[each] ?? []).enumerated().compactMap { i, item in
                    conclusion(spec, scope.inItem(each, item), itemNumber: i + 1)
                }
            }
            return conclusion(spec, scope, itemNumber: nil).map { [$0] } ?? []
        }
    }

    func conclusion(_ spec: InterviewConclusionSpec, _ s: Scope, itemNumber: Int?) -> Conclusion? {
        guard s.holds(spec.when) else { return nil }
        let cites = spec.cites.map(\.value)
        var because = spec.because.compactMap { reason($0.value, in: s) }
        var text = s.fill(spec.says, interview: interview, itemNumber: itemNumber)
        switch spec.compute?.value {
        case "pay-progression"?:
            func number(_ name: String) -> Int? {
                guard let id = spec.inputs[name]?.value, case .number(let n)? = s.answer(id) else { return nil }
                return Int(n)
            }
            guard let current = number("current"), let start = number("range_start"), let points = number("points") else { return nil }
            let pay = PayProgression(current: current, rangeStart: start, requested: points)
            text = pay.summary + (text.isEmpty ? "" : " " + text)
            let inputs = ["range_start", "current", "points"].compactMap { spec.inputs[$0]?.value }
            because = inputs.compactMap { reason($0, in: s) } + because.filter { b in !inputs.contains { b.hasPrefix(label($0) + ":") } }
            if pay.capped { because.append("capped at the top of the range: point \(pay.top)") }
        case "tour-score"?:
            let checks = interview.steps.filter { $0.choices.contains(where: \.correct) }
            let answered = checks.filter { if case .choice? = s.answer($0.id) { return true } else { return false } }
            let right = answered.filter { if case .choice(let v)? = s.answer($0.id) { return $0.choice(v)?.correct ?? false } else { return false } }
            text = "Tour completed: \(right.count) of \(checks.count) check questions answered as the guide would."
                + (text.isEmpty ? "" : " " + text)
            because = answered.map { c in
                let mark = right.contains(c) ? "right" : "not quite"
                return "\(c.label): \(s.answer(c.id)!.display(for: c)) (\(mark))"
            }
        default: break
        }
        return Conclusion(text: text, cites: cites, because: because)
    }

    func label(_ id: String) -> String { interview.step(id)?.label ?? id }

    /// "label: answer" for an answered step; nil when it was not answered.
    func reason(_ id: String, in s: Scope) -> String? {
        if let items = s.items[id], s.current?.group != id {
            return "\(label(id)): \(items.count) item\(items.count == 1 ? "" : "s")"
        }
        guard let a = s.answer(id) else { return nil }
        return "\(label(id)): \(a.display(for: interview.step(id)))"
    }
}
