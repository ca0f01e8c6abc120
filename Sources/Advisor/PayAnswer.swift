import Guidance

extension Advisor {
    /// Turns a pay scenario into an answer: the outcome point first, then the
    /// guide's reasons, then the passages retrieval found.
    func payAnswer(_ scenario: PayScenario, retrieved: Answer) -> Answer {
        let outcome: PayOutcome
        do {
            outcome = try PayWhatIf(guidance: guidance).evaluate(scenario)
        } catch {
            var a = retrieved
            a.notes.insert("That pay scenario could not be worked out: \(error).", at: 0)
            return a
        }
        let s = scenario
        var headline: String
        if let top = outcome.rangeTop, s.currentPoint == top {
            headline = "Point \(top) is the top of the range \(top - guidance.paySpine.rangeLength + 1)–\(top): "
                + "no further performance point is possible on it; the guide suggests reviewing the range."
        } else if outcome.newPoint == s.currentPoint {
            headline = "No move: the AST stays on point \(s.currentPoint)."
        } else {
            headline = "From point \(s.currentPoint), \(s.award) point\(s.award == 1 ? "" : "s") would take the AST to point \(outcome.newPoint)"
            if outcome.capped, let top = outcome.rangeTop {
                headline += ": capped at \(top), the top of the range \(top - guidance.paySpine.rangeLength + 1)–\(top)."
            } else {
                headline += "."
            }
        }
        var notes: [String] = []
        if let before = outcome.salaryBefore, let after = outcome.salaryAfter {
            notes.append("Salary \(pounds(before.salary)) → \(pounds(after.salary)) (\(after.salary >= before.salary ? "+" : "−")\(pounds(abs(after.salary - before.salary))) a year), "
                         + "\(guidance.paySpine.year) figures from \(after.source); not from the guide.")
        } else if outcome.newPoint != s.currentPoint {
            let missing = [s.currentPoint, outcome.newPoint].filter { guidance.paySpine.salary(at: $0) == nil }
            notes.append("The pay spine data has no sourced salary figure for point \(missing.map(String.init).joined(separator: " or ")), so no salary change is shown (figures are never estimated).")
        }
        let cites = unique(outcome.citations + retrieved.citations)
        return Answer(covered: true, citations: cites, headline: headline, reasoning: outcome.lines,
                      seeAlso: Array(retrieved.citations.filter { !outcome.citations.contains($0) }.prefix(2)),
                      nearest: [], gapID: nil, notes: notes)
    }
}

/// £30,501 style amounts.
func pounds(_ amount: Int) -> String {
    let digits = String(amount)
    var out = ""
    for (i, ch) in digits.enumerated() {
        if i > 0, (digits.count - i) % 3 == 0 { out.append(",") }
        out.append(ch)
    }
    return "£" + out
}

extension Advisor {
    /// A pay what-if given as facts (the `whatif pay` command).
    public func payAnswer(for scenario: PayScenario) -> Answer {
        payAnswer(scenario, retrieved: Answer(covered: true, citations: [], headline: "", reasoning: [], seeAlso: [], nearest: [], gapID: nil))
    }
}
