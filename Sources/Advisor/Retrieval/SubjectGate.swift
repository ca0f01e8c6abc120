import Guidance

/// Tells whether a question is about the guide's world at all: schools,
/// teachers, pay, performance management. A question holding none of the
/// subject words (`lexicon.yaml`'s `subject`, and every one-word synonym) is
/// about something else ("best way to get red wine out of a carpet?") however
/// many everyday words it shares with a paragraph ("best", "way").
struct SubjectGate: Sendable {
    private let exact: Set<String>
    private let prefixes: [String]

    init(guidance: GuidanceSet) {
        var exact: Set<String> = []
        var prefixes: [String] = []
        for word in guidance.subjectWords {
            if word.hasSuffix("*") { prefixes.append(String(word.dropLast())) } else { exact.insert(word) }
        }
        // Only when a subject is declared do synonyms join it: a Guidance
        // folder without one (tests, early drafts) checks nothing.
        if !exact.isEmpty || !prefixes.isEmpty {
            for synonym in guidance.synonyms {
                for term in [synonym.canonical] + synonym.variants where !term.contains(" ") { exact.insert(term) }
            }
        }
        self.exact = exact
        self.prefixes = prefixes
    }

    /// Whether any word of `question`, as typed or as `correct` puts it right,
    /// is a subject word. Always true when no subject is declared.
    func admits(_ question: String, correct: (String) -> String) -> Bool {
        guard !exact.isEmpty || !prefixes.isEmpty else { return true }
        return Analyzer.words(question).contains { word in
            isSubject(word) || isSubject(correct(word))
        }
    }

    private func isSubject(_ word: String) -> Bool {
        if exact.contains(word) { return true }
        if word.hasSuffix("%") { return true }  // "the 20%" is the outreach share
        return prefixes.contains { word.hasPrefix($0) }
    }
}
