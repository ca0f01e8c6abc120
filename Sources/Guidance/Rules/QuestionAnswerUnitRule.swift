/// G015: a Q&A passage without its plain question or one-line answer, or a
/// passage that opens with "Yes"/"No" without `verdict_when` saying which
/// questions that verdict answers.
enum QuestionAnswerUnitRule: GuidanceRule {
    static let code = "G015"
    static let summary = "Q&A passages (qa.N) have a question and a one-line short answer"

    static func check(_ g: GuidanceSet) -> [Diagnostic] {
        let verdicts = g.passages.filter { p in
            p.verdictWhen.isEmpty && [p.summary, p.short ?? ""].contains(where: opensWithVerdict)
        }.map { Diagnostic(code, $0.location, "passage '\($0.id)' opens with Yes or No but has no 'verdict_when' cues naming what that verdict answers") }
        return verdicts + g.passages.filter { $0.id.hasPrefix("qa.") }.flatMap { p -> [Diagnostic] in
            var out: [Diagnostic] = []
            if (p.question ?? "").isEmpty { out.append(Diagnostic(code, p.location, "Q&A passage '\(p.id)' has no 'question'")) }
            if (p.short ?? "").isEmpty { out.append(Diagnostic(code, p.location, "Q&A passage '\(p.id)' has no 'short' answer")) }
            return out
        }
    }

    /// True when a text opens with a bare "Yes" or "No" answering its paragraph's own question.
    static func opensWithVerdict(_ text: String) -> Bool {
        ["Yes. ", "No. ", "Yes, ", "No, ", "Yes: ", "No: "].contains(where: text.hasPrefix)
    }
}
