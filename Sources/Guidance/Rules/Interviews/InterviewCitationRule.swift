/// G024: a step, a choice's remark, a conclusion or the agreement that cites no paragraph.
enum InterviewCitationRule: GuidanceRule {
    static let code = "G024"
    static let summary = "every interview step, remark, conclusion and agreement cites the guide"

    static func check(_ g: GuidanceSet) -> [Diagnostic] {
        var out: [Diagnostic] = []
        for i in g.interviews {
            for s in i.allSteps where s.cites.isEmpty {
                out.append(Diagnostic(code, s.location, "step '\(s.id)' of interview '\(i.id)' cites no paragraph of the guide; add 'cites: [...]'"))
            }
            for s in i.allSteps {
                for c in s.choices where c.says != nil && c.cites.isEmpty {
                    out.append(Diagnostic(code, c.location, "choice '\(c.value)' of step '\(s.id)' says something but cites no paragraph"))
                }
            }
            for c in i.conclusions where c.cites.isEmpty {
                out.append(Diagnostic(code, c.location, "conclusion '\(c.id)' of interview '\(i.id)' cites no paragraph of the guide"))
            }
            if let a = i.agreement, a.cites.isEmpty {
                out.append(Diagnostic(code, a.location, "the agreement of interview '\(i.id)' cites no paragraph of the guide"))
            }
        }
        return out
    }
}
