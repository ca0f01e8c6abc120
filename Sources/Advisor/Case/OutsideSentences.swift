import Foundation

extension Advisor {
    /// A message declined as a topic outside the guide because one sentence
    /// names that topic ("...one day a fortnight out, is that enough? ofsted's
    /// due and I don't want it flagged"), answered from its other sentences
    /// when they ask something the guide covers, with a line saying the guide
    /// does not cover the dropped part. Nil when no other sentence asks
    /// anything, or the rest is not covered either: the decline stands.
    func answeredWithoutOutsideSentences(_ question: String, declined: Answer) -> Answer? {
        guard let topic = declined.declinedTopic else { return nil }
        let sentences = QuestionParts.sentences(question)
            .map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
        guard sentences.count > 1 else { return nil }
        var kept: [String] = []
        var dropped: [(part: String, answer: Answer)] = []
        for sentence in sentences {
            if let marked = markedTopic(sentence) {
                dropped.append((sentence, marked))
                continue
            }
            let alone = retrieve(sentence)
            if !alone.covered, alone.declinedTopic == topic { dropped.append((sentence, alone)) } else { kept.append(sentence) }
        }
        guard !dropped.isEmpty, !kept.isEmpty else { return nil }
        let rest = kept.joined(separator: " ")
        // The rest must ask something itself: "Our AST is off sick." asks nothing.
        // ...and more than what the guide says ("What does the guide say?"
        // after the outside part asks only about that part).
        let asking = kept.filter { $0.contains("?") || QuestionParts.asksIndirectly(Analyzer.words($0)) }
        guard asking.contains(where: Advisor.hasCaseWords) else { return nil }
        var answer = answer(rest)
        guard answer.covered else { return nil }
        var leads = Leads()
        leads.declined = Array(dropped.prefix(1))
        answer.reasoning += leads.declinedLines(guidance: guidance)
        // What the guide does say next to the dropped topic ("part-time":
        // the 20% outreach share and its exceptions), unless already there.
        let nearby = nearbyLines(topic, except: Set(answer.reasoning.flatMap(\.cites)))
        answer.reasoning += nearby
        answer.citations = unique(answer.citations + nearby.flatMap(\.cites))
        return answer
    }
}
