import Foundation
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
        // "Is the deputy being fair?" judges the case the rules answer: it is
        // not a question about whatever gap its few words match (who should
        // be line manager), so no "does not settle it" line is given for it.
        var leads = leads
        if !reading.verdicts.isEmpty {
            leads.declined.removeAll { $0.answer.gapID != nil && QuestionParts.isClaimCheck($0.part) }
        }
        // A line citing only paragraphs that another applying outcome rules out
        // of this case (the capability procedures, for one weak lesson) is left out.
        var rules = Array(zip(reading.lines, reading.weights)).filter { line, _ in
            line.cites.isEmpty || !line.cites.allSatisfy(reading.ruledOut.contains)
        }
        // With every question answered by a rule applied to the case, a
        // light outcome that holds on the topic alone ("a point rests on
        // high-quality performance..." for any pay question) is general
        // advice that crowds out the answer: it is left out.
        if reading.settlesEveryQuestion {
            rules.removeAll { line, weight in
                weight < CaseReasoner.verdictWeight && reading.general.contains(line.text) && !reading.verdictReasons.contains(line.text)
            }
        }
        // The reasons for each direct answer lead, in the answers' order, so
        // the paragraphs a verdict rests on are cited first.
        for text in reading.verdictReasons.reversed() {
            guard let i = rules.firstIndex(where: { $0.0.text == text }) else { continue }
            rules.insert(rules.remove(at: i), at: 0)
        }
        var reasoning: [CitedLine] = []
        // The reasons for the direct answers come first; then, for a question
        // no rule answers and the guide leaves open ("does his point come with
        // him to the new school?"), saying so is that question's answer, so it
        // comes before the rules about the rest of the case.
        while let first = rules.first, reading.verdictReasons.contains(first.0.text) { reasoning.append(rules.removeFirst().0) }
        // A gap's "touches on this but does not settle it" would contradict a
        // rule that answers that very part ("Do I need an external assessor?"
        // after "no five-yearly reassessment"): there the gap line says only
        // what the guide leaves open beyond that answer, after the rules.
        let answeredParts = Set(leads.declined.compactMap { part, answer in
            answer.gapID != nil && ownVerdict(of: part, reading) != nil ? part : nil
        })
        reasoning += leads.declinedLines(guidance: guidance, answeredParts: answeredParts, answered: false)
        // With no rule answering any question, a paragraph the whole message
        // matched surely is the best answer there is ("she passed the
        // assessment but never took up a post: must she be reassessed to apply
        // elsewhere?" is qa.2's question, whatever the rules about moving add).
        if reading.verdicts.isEmpty, let sure = leads.sureWhole, !reading.ruledOut.contains(sure),
           !reasoning.contains(where: { $0.cites.contains(sure) }) {
            if let i = rules.firstIndex(where: { $0.0.cites.first == sure }) {
                reasoning.append(rules.remove(at: i).0)
            } else if let p = guidance.passage(sure) {
                reasoning.append(CitedLine(text: Advisor.withoutVerdict(p.summary), cites: [p.id]))
            }
        }
        // Outcomes that settle the case or apply to its particulars (weight 2
        // or more) come next: the rules are sure of what they say, while the
        // best-matching paragraph is only the best guess at what is asked.
        while let first = rules.first, first.1 >= 2 { reasoning.append(rules.removeFirst().0) }
        // Then the paragraph each question asks about: the rule line that cites
        // it moves up, or the paragraph's own summary joins, so no question the
        // case asks is left to "See also".
        // When the rules settle everything asked (a verdict for each question), the whole text's
        // weaker matches after its best are only guesses at the question: they
        // join only as a rule line that cites them, never as a paragraph
        // summary of their own (a "can she be considered after four months?"
        // case is not about leaving the post because its words match). Each
        // question sentence's own best paragraph still joins.
        var guessed = reading.settlesEveryQuestion ? Set(leads.whole.dropFirst()).subtracting(leads.parts) : []
        // A question part the rules answer needs no paragraph guessed from its
        // words ("which budget does it come out of?" is settled by the funding
        // rule; the range-move paragraph its words also match is not stated).
        let partVerdicts = givenVerdicts(leads, reading)
        guessed.formUnion(settledPartLeads(leads, partVerdicts))
        let questionCount = Advisor.questionCount(leads, reading)
        for lead in leads.all where !reasoning.contains(where: { $0.cites.contains(lead) }) && !reading.ruledOut.contains(lead) {
            // The paragraph a question was read in context as asking about
            // says which question it answers, among others.
            let part = leads.inContext.contains(lead) && questionCount > 1 ? leads.partOf[lead] : nil
            if let i = rules.firstIndex(where: { $0.0.cites.contains(lead) }) {
                var line = rules.remove(at: i).0
                line.cites = [lead] + line.cites.filter { $0 != lead }
                line.text = Advisor.answering(part, line.text)
                reasoning.append(line)
            } else if !guessed.contains(lead), let p = guidance.passage(lead), !reading.depends.contains(where: { $0.cites.contains(lead) }) {
                reasoning.append(CitedLine(text: Advisor.answering(part, Advisor.withoutVerdict(p.summary)), cites: [p.id]))
            }
        }
        reasoning += leads.declinedLines(guidance: guidance, answeredParts: answeredParts, answered: true)
        // Then the other outcomes.
        reasoning += rules.map(\.0)
        reasoning += reading.depends
        let analyzer = ranker.index.extractor.analyzer
        reasoning = Advisor.withoutRepeats(reasoning) { analyzer.terms($0) }
        let readAs = reasoner.describe(reading.facts)
        let headline = readAs.isEmpty ? "Here is what the guide says for this case." : "I read this as: " + readAs.joined(separator: "; ") + "."
        let citations = citationsOf(reasoning)
        let seeAlso = retrieved.citations.filter { !citations.contains($0) }
        var a = Answer(covered: true, citations: citations, headline: headline, reasoning: reasoning,
                       seeAlso: Array(seeAlso.prefix(2)), nearest: [], gapID: nil)
        a.facts = reading.facts
        a.readAs = readAs
        a.needs = reading.needs
        a.verdicts = Array((reading.verdicts + paragraphAnswers(leads, reading, partVerdicts)).prefix(CaseReasoner.maximumVerdicts))
        if let note = salaryNote(reading.facts) { a.notes.append(note) }
        return a
    }

    /// How much of the shorter of two lines' words the longer must share for
    /// the later line to be a repeat of the earlier.
    static let repeatShare = 0.7

    /// `lines` with each pair that says the same thing twice (two outcomes
    /// wording one mitigation rule) cut to one: the fuller of the two, in the
    /// earlier one's place, with its own citations (each line cites only what
    /// its own words use).
    static func withoutRepeats(_ lines: [CitedLine], terms: (String) -> [String]) -> [CitedLine] {
        var kept: [(line: CitedLine, terms: Set<String>)] = []
        for line in lines {
            let own = Set(terms(line.text))
            if own.count >= 8, let i = kept.firstIndex(where: { other in
                Double(other.terms.intersection(own).count) >= repeatShare * Double(min(other.terms.count, own.count))
            }) {
                if own.count > kept[i].terms.count { kept[i] = (line, own) }
                continue
            }
            kept.append((line, own))
        }
        return kept.map(\.line)
    }

    /// A question part matched this surely is about its paragraph even when a
    /// rule also answers it ("...and tell the LEA she's not available?" is
    /// qa.7's partnership as well as the objectives rule).
    static let surePartScore = 1.6

    /// The part leads whose question part a verdict already answers without
    /// citing them (unless the part matched them surely).
    func settledPartLeads(_ leads: Leads, _ partVerdicts: [String: CitedLine]) -> Set<String> {
        Set(leads.partOf.compactMap { lead, part in
            guard leads.partScores[lead, default: 0] < Advisor.surePartScore,
                  let v = partVerdicts[part], !v.cites.contains(lead) else { return nil }
            return lead
        })
    }

    /// For each question part with a lead, the verdict it gets on its own
    /// (from the facts it names) when the answer gives it; a part that names
    /// nothing, or whose own verdict is not among the answer's, has none.
    /// Worked out once per part, as two steps use it.
    func givenVerdicts(_ leads: Leads, _ reading: CaseReading) -> [String: CitedLine] {
        var given: [String: CitedLine] = [:]
        for part in Set(leads.partOf.values) {
            if let v = ownVerdict(of: part, reading) { given[part] = v }
        }
        return given
    }

    /// The verdict `part` gets on its own (from the facts it names), when the
    /// answer gives it; nil for a part that names nothing or whose own verdict
    /// is not among the answer's.
    func ownVerdict(of part: String, _ reading: CaseReading) -> CitedLine? {
        guard !reading.verdicts.isEmpty else { return nil }
        let named = reasoner.mentioned(in: part)
        guard !named.isEmpty else { return nil }
        let own = reasoner.reason(reading.facts, questions: [AskedQuestion(own: named, context: named)])
        guard let v = own.verdicts.first, reading.verdicts.contains(where: { $0.text == v.text }) else { return nil }
        return v
    }

    /// A question part must match its paragraph at least this surely for the
    /// paragraph's short answer to be given as the direct answer to it.
    static let partAnswerScore = 1.4

    /// Direct answers, from the paragraph each question part matched surely,
    /// for the parts no rule answers ("...and do I get a say in her
    /// appraisal?" takes qa.4's short answer: the head has the final say, the
    /// LEA and receiving schools feed in). The paragraph's own "Yes"/"No" is
    /// never kept: the part's words chose the paragraph, not its question.
    /// A part must also name something the paragraph's title or short answer
    /// names ("...do I get a say?" and qa.4's LEA): "what can we do now?"
    /// matches the top-of-range paragraph's "what now" yet is not asking about
    /// the top of the range.
    func paragraphAnswers(_ leads: Leads, _ reading: CaseReading, _ partVerdicts: [String: CitedLine]) -> [CitedLine] {
        var lines: [CitedLine] = []
        let analyzer = ranker.index.extractor.analyzer
        let asked = Advisor.questionCount(leads, reading)
        for lead in leads.parts {
            guard let part = leads.partOf[lead], leads.partScores[lead, default: 0] >= Advisor.partAnswerScore || leads.inContext.contains(lead),
                  let passage = guidance.passage(lead), let short = passage.short,
                  !reading.verdicts.contains(where: { $0.cites.contains(lead) }) else { continue }
            if partVerdicts[part] != nil { continue }
            let named = Set(analyzer.terms(part)).subtracting(Advisor.metaTerms)
            guard !named.isDisjoint(with: analyzer.terms(passage.title + " " + short)) else { continue }
            // Beside other questions, it says which one it answers.
            lines.append(CitedLine(text: Advisor.answering(asked > 1 ? part : nil, Advisor.withoutVerdict(short)), cites: [lead]))
        }
        return lines
    }

    /// How many questions a case's answer takes up: those the rules answer,
    /// those answered from a paragraph of their own, and those declined.
    static func questionCount(_ leads: Leads, _ reading: CaseReading) -> Int {
        max(reading.questionsAsked, reading.verdicts.count + Set(leads.partOf.values).count + leads.declined.count)
    }

    /// `text` as the answer to question `part` ("On “who decides the
    /// wording?”: the LEA may propose…"), or unchanged when `part` is nil.
    static func answering(_ part: String?, _ text: String) -> String {
        guard let part else { return text }
        return "On \u{201C}\(Leads.shortened(part))\u{201D}: " + text.prefix(1).lowercased() + text.dropFirst()
    }

    /// A paragraph's summary without the "Yes." or "No." that answers the
    /// paragraph's own question: brought in for another question, that verdict
    /// would read as the answer to it.
    static func withoutVerdict(_ summary: String) -> String {
        for opener in ["Yes. ", "No. ", "Yes, ", "No, ", "Yes: ", "No: "] where summary.hasPrefix(opener) {
            let rest = summary.dropFirst(opener.count)
            return rest.prefix(1).uppercased() + rest.dropFirst()
        }
        return summary
    }

    /// Words that ask about the guide itself rather than name a subject ("does
    /// the AST guidance actually say anything about this?"): a question part
    /// of only these is looked up through the whole message, never on its own
    /// (it would match the paragraph that describes the guide).
    /// True for a short question (at most ten words) that points back at
    /// something said before it with "this", "these" or "those".
    static func isShortBackReference(_ part: String) -> Bool {
        let words = Analyzer.words(part)
        return words.count <= 10 && words.contains { ["this", "these", "those"].contains($0) }
    }

    /// Whether a question part carries on the one before it through a
    /// pronoun near its start ("how many points are they worth?") and
    /// names no AST of its own.
    static func continuesPrevious(_ part: String) -> Bool {
        let words = Analyzer.words(part)
        return words.prefix(6).contains { ["they", "them", "it", "its", "those", "these"].contains($0) }
            && !words.contains { ["ast", "asts", "she", "he", "her", "his"].contains($0) }
    }

    static let metaWords: Set<String> = [
        "guide", "guidance", "say", "says", "said", "saying", "anything", "actually", "ast", "asts", "dfes", "document",
        "tell", "tells", "really", "missing", "else", "think", "thoughts", "right", "advice", "position", "view", "help",
        "alright", "ok", "okay", "fine", "sit", "sits", "fit", "fits", "better", "line", "comply", "complies", "consistent",
        "compliant", "acceptable", "agree", "agrees", "match", "matches", "follow", "follows", "ought", "policy",
    ]

    /// `metaWords` as matching terms (stemmed), worked out once.
    static let metaTerms = Set(metaWords.map(PorterStemmer.stem))

    /// A question part's best match must score at least this (similarity plus
    /// the weighted naive Bayes posterior) to be answered on its own: below it
    /// the part's few words pick a paragraph by chance.
    static let partConfidence = 1.2

    /// The best passages for a case: for the whole text, and for each question sentence in it.
    struct Leads {
        var whole: [String] = []
        var parts: [String] = []
        /// Question parts the guide does not answer: a known gap or a topic outside it.
        var declined: [(part: String, answer: Answer)] = []
        /// The score of each part's best paragraph, by paragraph id.
        var partScores: [String: Double] = [:]
        /// The question part each part lead was found for, by paragraph id.
        var partOf: [String: String] = [:]
        /// Part leads found by reading the part with the whole case around it
        /// (`Advisor.leadInContext`), its own words being unsure.
        var inContext: Set<String> = []
        /// The whole text's best paragraph when it matched surely (at least
        /// `Advisor.surePartScore`), nil otherwise.
        var sureWhole: String?
        var all: [String] { unique(whole + parts) }

        /// One line for each part the guide does not answer, so a second
        /// question is never dropped in silence ("and what about her sick pay?").
        /// `answeredParts` are parts a rule answers: their gap line says what
        /// the guide leaves open beyond that answer, not that it settles nothing.
        /// `answered` picks the lines for those parts (true) or for the rest (false).
        func declinedLines(guidance: GuidanceSet, answeredParts: Set<String> = [], answered: Bool = false) -> [CitedLine] {
            declined.filter { answeredParts.contains($0.part) == answered }.compactMap { part, answer in
                let asked = "\u{201C}\(Leads.shortened(part))\u{201D}"
                if let id = answer.gapID, let gap = guidance.gaps.first(where: { $0.id == id }) {
                    let opening = answeredParts.contains(part) ? "beyond the answer above, the guide leaves details open."
                                                               : "the guide touches on this but does not settle it."
                    return CitedLine(text: "On \(asked): \(opening) \(gap.says)", cites: gap.nearest.map(\.value))
                }
                guard let topic = answer.declinedTopic else { return nil }
                return CitedLine(text: "On \(asked): the guide does not cover \(topic), so that part needs another source (the school's or LEA's own policies, or the national rules).",
                                 cites: [])
            }
        }

        /// Records `lead` as the paragraph question `part` was read in context
        /// as asking about (unless another question already claimed it).
        mutating func addInContext(_ lead: String, for part: String) {
            parts.append(lead)
            if partOf[lead] == nil {
                partOf[lead] = part
                inContext.insert(lead)
            }
        }

        /// A question part cut to about a dozen words for quoting back.
        static func shortened(_ part: String) -> String {
            // A joining word that led into the question ("And if it is...") is not quoted.
            var words = part.split(separator: " ")
            if words.count > 3, QuestionParts.joiners.contains(words[0].lowercased().trimmingCharacters(in: .punctuationCharacters)) {
                words.removeFirst()
                words[0] = words[0].prefix(1).uppercased() + words[0].dropFirst()
            }
            let text = words.prefix(14).joined(separator: " ").trimmingCharacters(in: CharacterSet(charactersIn: "?.!,;: "))
            return words.count > 14 ? text + "\u{2026}" : text
        }
    }

    /// How sure a gap's match must be, as a share of the part's best, for the
    /// part to be declined as that gap.
    static let askedGapShare = 0.3

    /// A gap with `detail` cues that `part` asks about and that ranks among
    /// the part's three best matches, at least `askedGapShare` as sure as the
    /// best, as a decline; nil otherwise ("who decides how much each one
    /// counts?" names the salary gap's "how much" but is about weighing
    /// evidence, and matches that gap at a fifth of its best's score).
    func askedGap(_ part: String, _ ranking: Ranker.Ranking) -> Answer? {
        let words = Analyzer.words(part)
        let best = ranking.units.first?.score ?? 0
        for unit in ranking.units.prefix(3) where unit.unit.kind == .gap && unit.score >= Advisor.askedGapShare * best {
            guard let cues = gapDetails[unit.unit.id], CueMatcher.anyMatches(cues, in: words),
                  let gap = guidance.gaps.first(where: { $0.id == unit.unit.id }) else { continue }
            return notCovered(gap: gap, nearest: gap.nearest.map(\.value), headline: "The guide mentions this but does not answer it.")
        }
        return nil
    }

    /// How the whole case's match counts, beside the question's own, in
    /// choosing the paragraph a question unsure on its own is about.
    static let contextWeight = 0.5
    /// A question whose best match scores below this says too little to be
    /// read even in context ("is that it?").
    static let contextFloor = 0.4
    /// How close to the question's own best match a paragraph must score to
    /// be read as what it asks about in context ("does the LEA give us one?"
    /// matches the points paragraph at half its best, by "give" and "one").
    static let contextShare = 0.7
    /// How surely, as a share of its best, the whole case must match the
    /// paragraph a question pointing back at it ("this", "these") is read as
    /// asking about.
    static let backReferenceShare = 0.5

    /// `id`'s score in `ranking` as a share of the ranking's best; 0 when absent.
    static func share(of id: String, in ranking: Ranker.Ranking) -> Double {
        guard let top = ranking.units.first?.score, top > 0 else { return 0 }
        return (ranking.units.first { $0.unit.id == id }?.score ?? 0) / top
    }

    /// How far down the whole case's paragraphs a question's paragraph may
    /// rank for the question to be read as about it in context.
    static let contextRank = 5
    /// The paragraph a question part is about when its own words alone are
    /// unsure (best score under `partConfidence`): among the part's few best
    /// paragraphs, the one that also best matches the whole case, each score
    /// taken as a share of its ranking's best. Nil when the part's best match
    /// is too weak to read, or no paragraph is among its matches.
    func leadInContext(_ part: Ranker.Ranking, whole: Ranker.Ranking) -> String? {
        guard let partTop = part.units.first?.score, partTop >= Advisor.contextFloor,
              let wholeTop = whole.units.first?.score, wholeTop > 0 else { return nil }
        let wholeScores = Dictionary(whole.units.map { ($0.unit.id, $0.score) }, uniquingKeysWith: max)
        // Only a paragraph the case as a whole also points to: a question's
        // few words alone ("what exactly is left for me to do?") match by chance.
        let caseLeads = Set(whole.units.filter { $0.unit.kind == .passage }.prefix(Advisor.contextRank).map(\.unit.id))
        let candidates = part.units.prefix(5).filter { $0.unit.kind == .passage && $0.score >= Advisor.contextShare * partTop && caseLeads.contains($0.unit.id) }
        return candidates.max { a, b in
            func combined(_ u: ScoredUnit) -> Double { u.score / partTop + Advisor.contextWeight * (wholeScores[u.unit.id] ?? 0) / wholeTop }
            return combined(a) < combined(b)
        }?.unit.id
    }

    /// The best passage for the whole case (and the next when it scores close)
    /// and for each question sentence in it, best first.
    func leads(_ question: String, whole: Answer) -> Leads {
        var leads = Leads()
        if whole.covered {
            leads.whole = whole.reasoning.compactMap(\.cites.first)
            if whole.leadScore >= Advisor.surePartScore, let first = leads.whole.first, first == whole.citations.first {
                leads.sureWhole = first
            }
        }
        let parts = QuestionParts.of(question)
        // A case that is one question is already looked up as a whole.
        guard parts.count > 1 || (parts.count == 1 && parts[0].count * 2 < question.count) else { return leads }
        let described = Advisor.isDescribedCase(question)
        // Ranked only when some question of a described case is unsure.
        lazy var wholeRanking = ranking(question)
        // Whether the part before was declined as outside the guide: a
        // follow-on about the same thing ("...and how many points are they
        // worth?") is declined with it, not answered from its few words.
        var previousDeclined = false
        for part in parts {
            let declinedBefore = leads.declined.count
            defer { previousDeclined = leads.declined.count > declinedBefore }
            if previousDeclined, Advisor.continuesPrevious(part) { continue }
            // A part says too little to look up on its own ("is there really
            // nothing else?"), or its best match is a guess: the whole text decides.
            let content = Analyzer.words(part).filter { !StopWords.all.contains($0) }
            let named = content.filter { !Advisor.metaWords.contains($0) }
            // A short part that points back at the case ("and how do we stop
            // this happening again?") and names nothing of it is about the
            // case, not about whatever its few words match on their own.
            if content.count < 2 || named.isEmpty || (Advisor.isShortBackReference(part) && reasoner.mentioned(in: part).isEmpty) {
                // In a described case, a word it does name may still pick out
                // one of the paragraphs the case points to ("He still does a
                // day a week of outreach. Does that have to stop now?").
                // What a question that points back at the case asks about must
                // be something the case itself is much about: "how do we stop
                // this happening again next year?" after a form never returned
                // is not about the top of the range, whatever "next year" and
                // "stop" match.
                if described, !named.isEmpty, let lead = leadInContext(ranking(part), whole: wholeRanking),
                   !Advisor.isShortBackReference(part) || Advisor.share(of: lead, in: wholeRanking) >= Advisor.backReferenceShare {
                    leads.addInContext(lead, for: part)
                }
                continue
            }
            // A part that names a topic outside the guide ("...make a difference
            // to my pension?") is about that topic, whatever else it matches.
            if let marked = markedTopic(part) {
                if !leads.declined.contains(where: { $0.answer.declinedTopic == marked.declinedTopic }) { leads.declined.append((part, marked)) }
                continue
            }
            let partRanking = ranking(part)
            guard let top = partRanking.units.first, top.score >= Advisor.partConfidence else {
                // Too unsure to answer the part from a paragraph; but if it asks
                // for the very detail a gap names ("worth in pounds") and that gap
                // is among its best matches, say the guide leaves it out.
                // A described case's question is read with the case around
                // it: "who actually decides the wording?" after the LEA
                // officer's claim asks about the wording of that objective,
                // rather than about the proformas a gap says the guide leaves
                // out, which its words match less well.
                let inContext = described ? leadInContext(partRanking, whole: wholeRanking) : nil
                func score(_ id: String?) -> Double { partRanking.units.first { $0.unit.id == id }?.score ?? 0 }
                if let gap = askedGap(part, partRanking), inContext == nil || score(gap.gapID) >= score(inContext) {
                    if !leads.declined.contains(where: { $0.answer.gapID == gap.gapID }) { leads.declined.append((part, gap)) }
                } else if let lead = inContext {
                    leads.addInContext(lead, for: part)
                }
                continue
            }
            let found = retrieve(part, ranking: partRanking)
            if found.covered, let first = found.citations.first {
                leads.parts.append(first)
                if leads.partOf[first] == nil { leads.partOf[first] = part }
                if first == top.unit.id { leads.partScores[first] = max(leads.partScores[first] ?? 0, top.score) }
            } else if found.gapID != nil || found.declinedTopic != nil,
                      !leads.declined.contains(where: { $0.answer.gapID == found.gapID && $0.answer.declinedTopic == found.declinedTopic }) {
                leads.declined.append((part, found))
            }
        }
        // A claim being checked, or a question with the sentence it points
        // back at, that names a topic outside the guide ("the head says the
        // 20% rule doesn't apply to part-timers") gets that topic's line too.
        // So does a question sentence cut into clauses too short to name it
        // ("…, and also what happens to her salary, whether it's protected?").
        let askingSentences = QuestionParts.sentences(question).filter { s in
            s.contains("?") || QuestionParts.asksIndirectly(Analyzer.words(s))
        }
        for asked in QuestionParts.askingParts(question) + askingSentences where !parts.contains(asked) {
            guard let marked = markedTopic(asked),
                  !leads.declined.contains(where: { $0.answer.declinedTopic == marked.declinedTopic }) else { continue }
            leads.declined.append((asked, marked))
        }
        leads.parts = unique(leads.parts)
        return leads
    }
}
