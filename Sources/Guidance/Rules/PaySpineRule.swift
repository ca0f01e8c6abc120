/// G030: pay spine figures must be on the spine, unique, positive and sourced.
enum PaySpineRule: GuidanceRule {
    static let code = "G030"
    static let summary = "pay spine points lie on the spine, appear once, and name a source"

    static func check(_ g: GuidanceSet) -> [Diagnostic] {
        var out: [Diagnostic] = []
        var seen = Set<Int>()
        for p in g.paySpine.points {
            if p.point < 1 || p.point > g.paySpine.pointCount {
                out.append(Diagnostic(code, p.location, "point \(p.point) is off the spine (1…\(g.paySpine.pointCount))"))
            }
            if !seen.insert(p.point).inserted { out.append(Diagnostic(code, p.location, "point \(p.point) is listed twice")) }
            if p.salary <= 0 { out.append(Diagnostic(code, p.location, "point \(p.point) has no positive salary")) }
            if p.source.isEmpty { out.append(Diagnostic(code, p.location, "point \(p.point) names no source for its figure")) }
        }
        return out
    }
}
