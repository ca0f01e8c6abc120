/// G028: an interview whose parts do not fit together: step ids used twice,
/// choices repeated, yes/no choices other than yes and no, an unknown record kind,
/// record or agreement fields naming missing steps, empty groups, `otherwise` with no `ask_when`.
enum InterviewShapeRule: GuidanceRule {
    static let code = "G028"
    static let summary = "step ids are unique, record and agreement name real top-level steps, groups and choices are well formed"

    static let recordKinds = ["planning", "evidence", "review", "support", "tour"]

    static func check(_ g: GuidanceSet) -> [Diagnostic] {
        var out: [Diagnostic] = []
        for i in g.interviews {
            var seen: [String: SourceLocation] = [:]
            for s in i.allSteps {
                if let first = seen[s.id] {
                    out.append(Diagnostic(code, s.location, "step id '\(s.id)' is used twice in interview '\(i.id)' (first at \(first))"))
                } else {
                    seen[s.id] = s.location
                }
                var values = Set<String>()
                for c in s.choices where !values.insert(c.value).inserted {
                    out.append(Diagnostic(code, c.location, "choice '\(c.value)' appears twice in step '\(s.id)'"))
                }
                if s.kind == .yesno {
                    for c in s.choices where c.value != "yes" && c.value != "no" {
                        out.append(Diagnostic(code, c.location, "step '\(s.id)' is yes/no, so its choices can only be 'yes' and 'no', not '\(c.value)'"))
                    }
                }
                if !s.choices.isEmpty && ![.choice, .yesno].contains(s.kind) {
                    out.append(Diagnostic(code, s.location, "step '\(s.id)' is a \(s.kind.rawValue) step and cannot have choices"))
                }
                if s.kind == .group && s.steps.isEmpty {
                    out.append(Diagnostic(code, s.location, "group '\(s.id)' has no steps"))
                }
                if s.otherwise != nil && s.askWhen == nil {
                    out.append(Diagnostic(code, s.otherwise!.location, "step '\(s.id)' has 'otherwise' but no 'ask_when', so it is always asked"))
                }
            }
            if !recordKinds.contains(i.record.kind.value) {
                out.append(Diagnostic(code, i.record.kind.location,
                                      "record kind '\(i.record.kind.value)' is not one of: \(recordKinds.joined(separator: ", "))"))
            }
            let named = [("record 'ast'", i.record.ast), ("record 'cycle'", i.record.cycle),
                         ("agreement 'line_manager'", i.agreement?.lineManager), ("agreement 'ast'", i.agreement?.ast)]
            for (what, ref) in named {
                guard let ref else { continue }
                guard let step = i.steps.first(where: { $0.id == ref.value }), step.takesAnswer, step.kind != .list else {
                    out.append(Diagnostic(code, ref.location, "\(what) names '\(ref.value)', which is not a top-level step with a single answer"))
                    continue
                }
            }
        }
        return out
    }
}
