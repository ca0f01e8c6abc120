import Records

/// Plain lines explaining conclusions: each with the answers and the guide
/// paragraphs that led to it. Works on any record, finished or stored.
public enum InterviewExplanation {
    /// - Parameter answers: the record's fields; when given, each answer a
    ///   conclusion rests on is shown with its value (`points: 2`).
    public static func lines(for conclusions: [Conclusion], answers: [RecordField] = []) -> [String] {
        guard !conclusions.isEmpty else { return ["No conclusions yet: they follow from the answers still to come."] }
        var out: [String] = []
        for c in conclusions {
            out.append("- \(c.text)")
            if !c.because.isEmpty {
                out.append("  because: " + c.because.map { describe($0, in: answers) }.joined(separator: "; "))
            }
            out.append("  guide: " + c.cites.map { "[\($0)]" }.joined(separator: " "))
        }
        return out
    }

    /// `key: value` for an answer found in the record, else the key alone.
    static func describe(_ key: String, in answers: [RecordField]) -> String {
        guard let value = answers.first(where: { $0.key == key })?.value else { return key }
        switch value {
        case .text(let t): return "\(key): " + (t.count > 60 ? String(t.prefix(57)) + "..." : t)
        case .list(let items): return "\(key): \(items.count) item\(items.count == 1 ? "" : "s")"
        case .map(let fields): return "\(key): \(fields.count) field\(fields.count == 1 ? "" : "s")"
        }
    }
}
