/// G034: a cue phrase the reader cannot use. `~N` (up to N other words between
/// two words) must stand between two words with N from 0 to 8; a phrase that
/// breaks this would be dropped silently when cases are read.
enum CuePhraseRule: GuidanceRule {
    static let code = "G034"
    static let summary = "cue phrases can be read: ~N stands between two words, N from 0 to 8"

    /// The largest gap `~N` may allow.
    static let widestGap = 8

    static func check(_ g: GuidanceSet) -> [Diagnostic] {
        var out: [Diagnostic] = []
        func inspect(_ phrases: [String], _ owner: String, _ location: SourceLocation) {
            for phrase in phrases {
                if let problem = problem(in: phrase) {
                    out.append(Diagnostic(code, location, "\(owner): the cue '\(phrase)' \(problem)"))
                }
            }
        }
        for f in g.facts { inspect(f.yesCues + f.noCues + f.notAboutCues + f.deniedCues, "fact '\(f.id)'", f.location) }
        for gap in g.gaps { inspect(gap.detail, "gap '\(gap.id)'", gap.location) }
        for t in g.notCovered { inspect(t.marks, "topic '\(t.topic)'", t.location) }
        for p in g.passages { inspect(p.verdictWhen, "passage '\(p.id)'", p.location) }
        return out
    }

    /// What is wrong with one phrase, or nil.
    static func problem(in phrase: String) -> String? {
        let tokens = phrase.split(separator: " ")
        for (i, token) in tokens.enumerated() where token.hasPrefix("~") {
            guard let n = Int(token.dropFirst()), (0...widestGap).contains(n) else {
                return "has '\(token)': write ~0 to ~\(widestGap)"
            }
            if i == 0 || i == tokens.count - 1 || tokens[i - 1].hasPrefix("~") { return "has '\(token)' that does not stand between two words" }
        }
        return nil
    }
}
