/// G011: a unit cites (or is named after) a paragraph id the guide does not have.
enum UnknownCitationRule: GuidanceRule {
    static let code = "G011"
    static let summary = "every cited paragraph id exists in guide.yaml"

    static func check(_ g: GuidanceSet) -> [Diagnostic] {
        var out: [Diagnostic] = []
        func verify(_ cites: [Located<String>]) {
            for c in cites where !g.outline.contains(c.value) {
                out.append(Diagnostic(code, c.location, "unknown paragraph id '\(c.value)'\(hint(c.value, g))"))
            }
        }
        for p in g.passages {
            if !g.outline.contains(p.id) {
                out.append(Diagnostic(code, p.location, "passage '\(p.id)' is not a paragraph id of the guide\(hint(p.id, g))"))
            }
            verify(p.related)
        }
        for gap in g.gaps { verify(gap.nearest) }
        for t in g.notCovered { verify(t.nearest) }
        for d in g.decisions {
            verify(d.cites)
            for o in d.outcomes { verify(o.cites); verify(o.rulesOut) }
        }
        out += interviewCitations(g).filter { !g.outline.contains($0.value) }.map {
            Diagnostic(code, $0.location, "unknown paragraph id '\($0.value)'\(hint($0.value, g))")
        }
        return out
    }

    /// Suggests the nearest real id for a typo such as `qa.18` or `objective.2`.
    static func hint(_ id: String, _ g: GuidanceSet) -> String {
        let section = id.split(separator: ".").first.map(String.init) ?? id
        if let s = g.outline.section(id: section) {
            return " (section '\(section)' has \(s.paragraphs.first ?? "")…\(s.paragraphs.last ?? ""))"
        }
        return " (sections are: \(g.outline.sections.map(\.id).joined(separator: ", ")))"
    }
}
