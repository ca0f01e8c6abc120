import Guidance

extension Advisor {
    /// The answer to a described case: what was read, the passage that best
    /// answers the question asked (when no rule already cites it), every
    /// outcome that applies, then what the answer depends on where facts are missing.
    func caseAnswer(_ reading: CaseReading, retrieved: Answer) -> Answer {
        var reasoning = reading.lines
        // The paragraph that best matches the words of the question comes
        // right after the outcomes that settle the case (weight 3 or more):
        // the rule line that cites it moves up, or, when the text is more a
        // question than a situation (fewer than two facts about the case), the
        // paragraph's own summary joins, so a plain question is answered in its
        // own terms before the rules add to it.
        let decisive = reading.weights.prefix { $0 >= 3 }.count
        if retrieved.covered, let lead = retrieved.citations.first {
            if let i = reasoning.firstIndex(where: { $0.cites.contains(lead) }) {
                var line = reasoning.remove(at: i)
                line.cites = [lead] + line.cites.filter { $0 != lead }
                reasoning.insert(line, at: min(i, decisive))
            } else if let p = guidance.passage(lead), !reading.depends.contains(where: { $0.cites.contains(lead) }) {
                if reasoner.situationFactCount(reading.facts) < 2 { reasoning.insert(CitedLine(text: p.short ?? p.summary, cites: [p.id]), at: decisive) }
                else if reasoning.count < 3 { reasoning.append(CitedLine(text: p.short ?? p.summary, cites: [p.id])) }
            }
        }
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
}
