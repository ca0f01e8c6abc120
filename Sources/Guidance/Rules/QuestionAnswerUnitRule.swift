/// G015: a Q&A passage without its plain question or one-line answer.
enum QuestionAnswerUnitRule: GuidanceRule {
    static let code = "G015"
    static let summary = "Q&A passages (qa.N) have a question and a one-line short answer"

    static func check(_ g: GuidanceSet) -> [Diagnostic] {
        g.passages.filter { $0.id.hasPrefix("qa.") }.flatMap { p -> [Diagnostic] in
            var out: [Diagnostic] = []
            if (p.question ?? "").isEmpty { out.append(Diagnostic(code, p.location, "Q&A passage '\(p.id)' has no 'question'")) }
            if (p.short ?? "").isEmpty { out.append(Diagnostic(code, p.location, "Q&A passage '\(p.id)' has no 'short' answer")) }
            return out
        }
    }
}
