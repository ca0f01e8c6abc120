/// G010: two units of the same kind share an id.
enum DuplicateIDRule: GuidanceRule {
    static let code = "G010"
    static let summary = "ids are unique within passages, gaps, decisions, outcomes and interviews"

    static func check(_ g: GuidanceSet) -> [Diagnostic] {
        var out: [Diagnostic] = []
        func scan(_ items: [(String, SourceLocation)], kind: String) {
            var seen: [String: SourceLocation] = [:]
            for (id, loc) in items {
                if let first = seen[id] {
                    out.append(Diagnostic(code, loc, "duplicate \(kind) id '\(id)' (first defined at \(first))"))
                } else {
                    seen[id] = loc
                }
            }
        }
        scan(g.passages.map { ($0.id, $0.location) }, kind: "passage")
        scan(g.gaps.map { ($0.id, $0.location) }, kind: "gap")
        scan(g.decisions.map { ($0.id, $0.location) }, kind: "decision")
        scan(g.interviews.map { ($0.id, $0.location) }, kind: "interview")
        for d in g.decisions { scan(d.outcomes.map { ($0.id, $0.location) }, kind: "outcome in decision '\(d.id)'") }
        return out
    }
}
