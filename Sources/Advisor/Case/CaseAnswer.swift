import Guidance

extension Advisor {
    /// The answer to a described case: what was read, the outcomes that settle
    /// it, the passage that best answers each question the case asks (when no
    /// rule already cites it), the other outcomes that apply, then what the
    /// answer depends on where facts are missing.
    ///
    /// `leads` are the best passages for the whole text and for each of its
    /// question sentences, best first.
    func caseAnswer(_ reading: CaseReading, retrieved: Answer, leads: Leads) -> Answer {
        var rules = Array(zip(reading.lines, reading.weights))
        var reasoning: [CitedLine] = []
        // Outcomes that settle the case or apply to its particulars (weight 2
        // or more) come first: the rules are sure of what they say, while the
        // best-matching paragraph is only the best guess at what is asked.
        while let first = rules.first, first.1 >= 2 { reasoning.append(rules.removeFirst().0) }
        // Then the paragraph each question asks about: the rule line that cites
        // it moves up, or the paragraph's own summary joins, so no question the
        // case asks is left to "See also".
        for lead in leads.all where !reasoning.contains(where: { $0.cites.contains(lead) }) {
            if let i = rules.firstIndex(where: { $0.0.cites.contains(lead) }) {
                var line = rules.remove(at: i).0
                line.cites = [lead] + line.cites.filter { $0 != lead }
                reasoning.append(line)
            } else if let p = guidance.passage(lead), !reading.depends.contains(where: { $0.cites.contains(lead) }) {
                reasoning.append(CitedLine(text: p.summary, cites: [p.id]))
            }
        }
        // Then the other outcomes.
        reasoning += rules.map(\.0)
        reasoning += reading.depends
        let readAs = reasoner.describe(reading.facts)
        let headline = readAs.isEmpty ? "Here is what the guide says for this case." : "I read this as: " + readAs.joined(separator: "; ") + "."
        let citations = citationsOf(reasoning)
        let seeAlso = retrieved.citations.filter { !citations.contains($0) }
        var a = Answer(covered: true, citations: citations, headline: headline, reasoning: reasoning,
                       seeAlso: Array(seeAlso.prefix(2)), nearest: [], gapID: nil)
        a.facts = reading.facts
        a.readAs = readAs
        a.needs = reading.needs
        if let note = salaryNote(reading.facts) { a.notes.append(note) }
        return a
    }

    /// The best passages for a case: for the whole text, and for each question sentence in it.
    struct Leads {
        var whole: [String] = []
        var parts: [String] = []
        var all: [String] { unique(whole + parts) }
    }

    /// The best passage for the whole case (and the next when it scores close)
    /// and for each question sentence in it, best first.
    func leads(_ question: String, whole: Answer) -> Leads {
        var leads = Leads()
        if whole.covered { leads.whole = whole.reasoning.compactMap(\.cites.first) }
        let parts = QuestionParts.of(question)
        // A case that is one question is already looked up as a whole.
        guard parts.count > 1 || (parts.count == 1 && parts[0].count * 2 < question.count) else { return leads }
        for part in parts {
            let found = retrieve(part)
            if found.covered, let first = found.citations.first { leads.parts.append(first) }
        }
        leads.parts = unique(leads.parts)
        return leads
    }
}
