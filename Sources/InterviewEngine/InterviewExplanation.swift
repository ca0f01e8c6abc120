import Records

/// Plain lines explaining conclusions: each with the answers and the guide
/// paragraphs that led to it. Works on any record, finished or stored.
public enum InterviewExplanation {
    public static func lines(for conclusions: [Conclusion]) -> [String] {
        guard !conclusions.isEmpty else { return ["No conclusions yet: they follow from the answers still to come."] }
        var out: [String] = []
        for c in conclusions {
            out.append("- \(c.text)")
            if !c.because.isEmpty { out.append("  because: " + c.because.joined(separator: "; ")) }
            out.append("  guide: " + c.cites.map { "[\($0)]" }.joined(separator: " "))
        }
        return out
    }
}
