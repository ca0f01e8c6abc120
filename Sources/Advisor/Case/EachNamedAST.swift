extension Advisor {
    /// The ASTs `question` names with pay numbers of their own, when it names
    /// two or more on different points (see `NamedASTs`); empty otherwise.
    func namedASTs(in question: String) -> [NamedAST] {
        let vocabulary = ranker.index.speller.frequency
        return NamedASTs.read(question) { vocabulary[$0] != nil }
    }

    /// The answer to a case naming several ASTs on different points ("Priya
    /// is on point 2 of her range, Declan on point 4 of his: one point each?"):
    /// what holds for all of them is read from the whole message without any
    /// one's numbers; then each AST's numbers are put to the rules, and every
    /// line or direct answer they add is given for that AST by name ("For
    /// Declan: …"). What the shared reading said it depends on (a place in
    /// the range not given) is dropped where each AST's numbers settle it.
    func caseAnswer(forEach people: [NamedAST], facts: CaseFacts, asked: [AskedQuestion], retrieved: Answer, leads: Leads) -> Answer {
        var shared = facts
        for id in NamedASTs.numberFacts { shared[id] = nil }
        let sharedReading = reasoner.reason(shared, questions: asked)
        var answer = caseAnswer(sharedReading, retrieved: retrieved, leads: leads)
        var ownLines: [CitedLine] = []
        var ownVerdicts: [CitedLine] = []
        var readAs: [String] = []
        var stillGiven = Set<String>()  // lines and "it depends" lines some AST's own reading gives
        var stillNeeded = Set<String>()
        var sharedVerdictsKept = Set<String>()
        for person in people {
            var own = shared
            for id in person.facts.order { own[id] = person.facts[id] }
            let reading = reasoner.reason(own, questions: asked)
            for line in reading.lines where !sharedReading.lines.contains(where: { $0.text == line.text }) {
                ownLines.append(Advisor.forPerson(person.name, line))
            }
            for verdict in reading.verdicts {
                if sharedReading.verdicts.contains(where: { $0.text == verdict.text }) {
                    sharedVerdictsKept.insert(verdict.text)
                } else {
                    ownVerdicts.append(Advisor.forPerson(person.name, verdict))
                }
            }
            readAs.append("\(person.name) " + reasoner.describe(person.facts).joined(separator: ", "))
            stillGiven.formUnion(reading.depends.map(\.text) + reading.lines.map(\.text))
            stillNeeded.formUnion(reading.needs.map(\.fact))
        }
        // A line of the shared reading that no AST's own reading keeps (where
        // the AST sits "is not stated") was there only for want of the numbers.
        let settled = Set(sharedReading.depends.map(\.text) + sharedReading.lines.map(\.text)).subtracting(stillGiven)
        answer.reasoning = ownLines + answer.reasoning.filter { !settled.contains($0.text) }
        answer.needs = answer.needs.filter { stillNeeded.contains($0.fact) }
        // A shared direct answer that turned on a missing place in the range
        // gives way to each AST's own.
        let sharedVerdicts = answer.verdicts.filter { v in
            sharedVerdictsKept.contains(v.text) || !sharedReading.openVerdicts.contains(v.text)
        }
        answer.verdicts = Array((ownVerdicts + sharedVerdicts).prefix(CaseReasoner.maximumVerdicts + people.count - 1))
        answer.readAs = readAs + answer.readAs
        answer.headline = "I read this as: " + answer.readAs.joined(separator: "; ") + "."
        answer.citations = citationsOf(answer.reasoning)
        answer.seeAlso = answer.seeAlso.filter { !answer.citations.contains($0) }
        return answer
    }

    /// `line` as said of one named AST: "For Declan: from point 4 …".
    static func forPerson(_ name: String, _ line: CitedLine) -> CitedLine {
        var line = line
        line.text = "For \(name): " + line.text.prefix(1).lowercased() + line.text.dropFirst()
        return line
    }
}
