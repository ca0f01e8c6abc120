/// G026: bounds that cannot work: on a type without bounds, min above max,
/// a percentage outside 0–100, a default or assumed answer outside the bounds or choices.
enum BadBoundsRule: GuidanceRule {
    static let code = "G026"
    static let summary = "bounds, defaults and assumed answers fit the step's type"

    static let bounded: Set<InterviewAnswerType> = [.number, .percentage, .date, .list, .group]

    static func constant(_ c: InterviewCondition?) -> Double? {
        if case .number(let n)? = c?.expression { return n }
        return nil
    }

    static func check(_ g: GuidanceSet) -> [Diagnostic] {
        var out: [Diagnostic] = []
        for s in g.interviews.flatMap(\.allSteps) {
            let what = "step '\(s.id)'"
            for b in [s.min, s.max].compactMap({ $0 }) where !bounded.contains(s.kind) {
                out.append(Diagnostic(code, b.location, "\(what) is a \(s.kind.rawValue) step; 'min' and 'max' apply only to number, percentage, date, list and group steps"))
            }
            if [.list, .group].contains(s.kind) {
                for b in [s.min, s.max].compactMap({ $0 }) where constant(b).map({ $0 < 0 || $0 != $0.rounded() }) ?? true {
                    out.append(Diagnostic(code, b.location, "\(what) counts items: its bounds must be whole numbers of 0 or more, not '\(b.source)'"))
                }
            }
            if let lo = constant(s.min), let hi = constant(s.max), lo > hi {
                out.append(Diagnostic(code, s.min!.location, "\(what) has min \(b(lo)) above max \(b(hi)): no answer could be accepted"))
            }
            if s.kind == .percentage {
                for c in [s.min, s.max].compactMap({ $0 }) {
                    if let v = constant(c), v < 0 || v > 100 {
                        out.append(Diagnostic(code, c.location, "\(what) is a percentage: its bounds must lie between 0 and 100, not \(b(v))"))
                    }
                }
            }
            for value in [s.defaultValue, s.otherwise].compactMap({ $0 }) {
                if let problem = fit(value.value, s) {
                    out.append(Diagnostic(code, value.location, "\(what): '\(value.value)' \(problem)"))
                }
            }
        }
        return out
    }

    static func b(_ v: Double) -> String { v == v.rounded() ? String(Int(v)) : String(v) }

    /// Why a written answer does not fit the step, or nil when it does.
    static func fit(_ raw: String, _ s: InterviewStep) -> String? {
        switch s.kind {
        case .number, .percentage:
            let text = s.kind == .percentage && raw.hasSuffix("%") ? String(raw.dropLast()) : raw
            guard let v = Double(text) else { return "is not a number" }
            if let lo = constant(s.min), v < lo { return "is below the step's min \(b(lo))" }
            if let hi = constant(s.max), v > hi { return "is above the step's max \(b(hi))" }
            if s.kind == .percentage && (v < 0 || v > 100) { return "is not a percentage between 0 and 100" }
        case .choice, .yesno:
            if !s.choiceValues.contains(raw) { return "is not one of the choices (\(s.choiceValues.joined(separator: ", ")))" }
        case .date:
            if !isISODate(raw) { return "is not a date written YYYY-MM-DD" }
        default: break
        }
        return nil
    }

    static func isISODate(_ s: String) -> Bool {
        let parts = s.split(separator: "-")
        return parts.count == 3 && parts[0].count == 4 && parts[1].count == 2 && parts[2].count == 2
            && parts.allSatisfy { Int($0) != nil }
    }
}
