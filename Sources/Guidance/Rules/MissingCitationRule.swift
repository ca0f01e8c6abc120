/// G013: a rule, outcome or gap that cites nothing.
enum MissingCitationRule: GuidanceRule {
    static let code = "G013"
    static let summary = "every decision outcome and known gap cites at least one paragraph"

    static func check(_ g: GuidanceSet) -> [Diagnostic] {
        var out: [Diagnostic] = []
        for d in g.decisions {
            if d.cites.isEmpty { out.append(Diagnostic(code, d.location, "decision '\(d.id)' cites no paragraph of the guide")) }
            for o in d.outcomes where o.cites.isEmpty {
                out.append(Diagnostic(code, o.location, "outcome '\(o.id)' of decision '\(d.id)' cites no paragraph of the guide"))
            }
        }
        for gap in g.gaps where gap.nearest.isEmpty {
            out.append(Diagnostic(code, gap.location, "gap '\(gap.id)' names no nearest paragraph"))
        }
        return out
    }
}
