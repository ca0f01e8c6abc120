import Foundation
import Guidance

/// Answers free-text questions from the Guidance units: ranks passages, known
/// gaps and not-covered topics, decides whether the guide covers the question,
/// and composes a cited answer. Pure: no I/O.
public final class Advisor: Sendable {
    /// The guidance it answers from. An advisor read from an image holds no
    /// interviews and no units' asks or terms (answers use neither).
    public let guidance: GuidanceSet
    let ranker: Ranker
    /// Applies the decision rules to a described case.
    public let reasoner: CaseReasoner
    /// Below this similarity no training text resembles the question closely
    /// enough to answer it ("who won the football" scores about 0.06; the dev
    /// set's weakest in-scope match about 0.15).
    static let minimumSimilarity = 0.08
    /// Below this share of the question's words (weighted by rarity) found in the
    /// best unit's texts, the question is about something else ("who won the
    /// football last night" shares only "last"). A long described case shares
    /// less (an LEA-worded objective pasted in: 0.23); questions with no word of
    /// the subject at all are turned away before this (`SubjectGate`).
    static let minimumCoverage = 0.2
    /// When naive Bayes puts more than this share of its probability on gaps and
    /// topics outside the guide, the question is declined even if one passage
    /// scores best on its own.
    static let maximumOutsideMass = 0.5
    /// A passage scoring at least this share of a known gap's score, and named
    /// by the gap as nearest, answers instead of the gap.
    static let gapMargin = 0.9

    /// Turns away questions about something else entirely.
    let subject: SubjectGate
    /// Every cue phrase this advisor matches, compiled once (what its image stores).
    let compiledCues: CompiledCues

    /// The `detail` cues of each gap that has them (see `Gap.detail`).
    var gapDetails: [String: [CueMatcher.Cue]] { compiledCues.gapDetails }
    /// The `marks` cues of each not-covered topic, by the topic's index.
    var topicMarks: [(index: Int, cues: [CueMatcher.Cue])] { compiledCues.topicMarks }
    /// The `verdict_when` cues of each passage that has them, by passage id.
    var verdictCues: [String: [CueMatcher.Cue]] { compiledCues.verdictCues }

    /// Builds the index and trains the classifier from the guidance.
    public convenience init(guidance: GuidanceSet, tuning: RankingTuning = RankingTuning()) {
        self.init(guidance: guidance, ranker: Ranker(guidance: guidance, tuning: tuning), cues: CompiledCues(guidance: guidance))
    }

    /// An advisor read back from an image (see `AdvisorImage`), its cues already compiled.
    init(guidance: GuidanceSet, ranker: Ranker, cues: CompiledCues) {
        self.guidance = guidance
        self.ranker = ranker
        reasoner = CaseReasoner(guidance: guidance, matcher: cues.matcher)
        subject = SubjectGate(guidance: guidance)
        compiledCues = cues
    }

    /// The not-covered topic a question part names by one of its marks
    /// ("would a higher range make a difference to my pension?"), declined as
    /// that topic; nil when it names none.
    func markedTopic(_ part: String) -> Answer? {
        let words = Analyzer.words(part)
        guard let hit = topicMarks.first(where: { CueMatcher.anyMatches($0.cues, in: words) }) else { return nil }
        let topic = guidance.notCovered[hit.index]
        var answer = notCovered(gap: nil, nearest: topic.nearest.map(\.value), headline: "The guide does not cover \(topic.topic).")
        answer.declinedTopic = topic.topic
        return answer
    }

    /// How high a marked topic must rank among a one-sentence question's
    /// matches for the mark to decline it: a limit on how many ASTs an LEA
    /// may appoint ranks fourth, behind the points paragraph that shares
    /// "limit" and "how many".
    static let markedTopicRank = 5

    /// A one-sentence question that names a topic outside the guide by one of
    /// its marks ("can an AST be paid a TLR on top of the range?") and has
    /// that topic among its best matches (`markedTopicRank`): declined as that topic, even
    /// though a paragraph shares its other words (qa.15 on "the range").
    /// `found` is the question's ordinary answer.
    func markedWholeQuestion(_ question: String, found: Answer) -> Answer? {
        guard QuestionParts.sentences(question).filter({ !Analyzer.words($0).isEmpty }).count == 1,
              let marked = markedTopic(question), let topic = marked.declinedTopic,
              let index = guidance.notCovered.firstIndex(where: { $0.topic == topic }),
              ranking(question).units.prefix(Advisor.markedTopicRank).contains(where: { $0.unit.id == "not-covered.\(index)" }) else { return nil }
        // ...unless its best paragraph is one the topic names as nearest: then
        // the question is about what the guide does say there ("she still holds
        // a TLR as head of year: should PM reflect it?" is qa.8's question).
        // A question that also asks about money ("a management allowance on
        // top of her AST salary?") is about the topic's pay all the same.
        // A question that names no AST at all ("how are management allowance
        // points for heads of department decided?") is about the topic itself.
        let nearest = Set(guidance.notCovered[index].nearest.map(\.value))
        let words = Analyzer.words(question)
        let aboutAnAST = words.contains { ["ast", "asts"].contains($0) } || reasoner.isPersonal(question)
        if let best = found.citations.first, nearest.contains(best), aboutAnAST,
           !words.contains(where: Advisor.moneyWords.contains) { return nil }
        return marked
    }

    /// Words that ask about money.
    static let moneyWords: Set<String> = ["salary", "paid", "payment", "money", "extra", "afford", "cost", "costs", "wage", "wages", "worth"]

    /// The ranking of `question` without the gaps whose missing detail it does
    /// not ask about: "what is the performance pay grant?" is answered from the
    /// paragraphs that explain it, "how much is the grant this year?" by the gap.
    func ranking(_ question: String) -> Ranker.Ranking {
        guard !gapDetails.isEmpty else { return ranker.ranking(question) }
        let words = Analyzer.words(question)
        return ranker.ranking(question) { unit in
            guard unit.kind == .gap, let cues = gapDetails[unit.id] else { return true }
            return CueMatcher.anyMatches(cues, in: words)
        }
    }

    /// Answers a question: a pay what-if when it names the AST's current point,
    /// otherwise the best passages, or a plain "not covered".
    public func answer(_ question: String) -> Answer {
        withNearbyRules(question, answering(question))
    }

    /// A particular AST's described case that the guide declines as a topic it
    /// leaves out ("Sue works 0.6: is her outreach 20% of that?") is still
    /// told what the guide does say nearby, each nearest paragraph's summary
    /// cited, after the plain "not covered": the rules it can apply itself.
    /// A general question on the topic keeps the short decline.
    func withNearbyRules(_ question: String, _ found: Answer) -> Answer {
        guard !found.covered, found.declinedTopic != nil, found.reasoning.isEmpty,
              Advisor.isDescribedCase(question), reasoner.isPersonal(question) else { return found }
        // Only the paragraphs the topic itself names as nearest: a topic that
        // names none has nothing nearby to tell.
        guard let topic = found.declinedTopic else { return found }
        let topicNearest = nearestParagraphs(of: topic)
        guard !topicNearest.isEmpty else { return found }
        var answer = found
        answer.reasoning = nearbyLines(topic)
        answer.nearest = Array(topicNearest.dropFirst(Advisor.nearbyRules))
        return answer
    }

    /// The paragraphs a topic outside the guide names as its nearest.
    func nearestParagraphs(of topic: String) -> [String] {
        guidance.notCovered.first { $0.topic == topic }?.nearest.map(\.value) ?? []
    }

    /// "What the guide does say nearby" lines for a topic outside the guide:
    /// its first nearest paragraphs, each summarised and cited, leaving out
    /// any paragraph `except` names (already in the answer).
    func nearbyLines(_ topic: String, except: Set<String> = []) -> [CitedLine] {
        nearestParagraphs(of: topic).prefix(Advisor.nearbyRules).compactMap { id in
            guard !except.contains(id), let p = guidance.passage(id) else { return nil }
            return CitedLine(text: "What the guide does say nearby: " + Advisor.withoutVerdict(p.summary), cites: [p.id])
        }
    }

    /// True when `sentence` has a content word besides words about the guide
    /// itself ("What does the guide say?" has none).
    static func hasCaseWords(_ sentence: String) -> Bool {
        Analyzer.words(sentence).contains { !StopWords.all.contains($0) && !metaWords.contains($0) }
    }

    /// A message's case facts, the questions it asks, and their reading by the rules, each worked out
    /// at most once however many checks of `answering` ask for them.
    struct CaseOnce {
        let advisor: Advisor
        let question: String
        lazy var facts: CaseFacts = advisor.reasoner.facts(in: question)
        lazy var asked: [AskedQuestion] = advisor.askedFacts(question)
        lazy var reading: CaseReading = advisor.reasoner.reason(facts, questions: asked)
    }

    /// True when a particular AST's described case, declined as a topic the
    /// guide leaves out, states facts the rules settle ("she was on maternity
    /// leave most of the year: can she be considered for a point?"): it is
    /// answered as a case, with a line for the outside topic, rather than with
    /// the sentence naming the topic (and the facts in it) dropped.
    func rulesSettleDeclinedCase(_ found: Answer, _ read: inout CaseOnce) -> Bool {
        guard found.declinedTopic != nil, Advisor.isDescribedCase(read.question), reasoner.isPersonal(read.question),
              reasoner.situationFactCount(read.facts) >= 1 else { return false }
        return !read.reading.verdicts.isEmpty
    }

    /// A described case without its sentences that only ask what the guide
    /// says ("What does the guide say?", "Does the AST guidance say anything
    /// about this?"): their words match the guide's introduction, not the
    /// case, so the case is looked up on the rest. Other text is unchanged.
    static func withoutGuideTalk(_ text: String) -> String {
        guard isDescribedCase(text) else { return text }
        let sentences = QuestionParts.sentences(text)
        let kept = sentences.filter { s in
            Analyzer.words(s).allSatisfy(StopWords.all.contains) || hasCaseWords(s)
        }
        guard kept.count < sentences.count, kept.contains(where: { !Analyzer.words($0).isEmpty }) else { return text }
        return kept.joined()
    }

    /// How many nearest paragraphs a declined case is told about in full.
    static let nearbyRules = 2

    func answering(_ question: String) -> Answer {
        guard subject.admits(question, correct: ranker.index.speller.correct) else { return offSubject(question) }
        let found = retrieve(Advisor.withoutGuideTalk(question))
        var read = CaseOnce(advisor: self, question: question)
        if !found.covered, !rulesSettleDeclinedCase(found, &read), let rest = answeredWithoutOutsideSentences(question, declined: found) { return rest }
        if found.covered, let marked = markedWholeQuestion(question, found: found) { return marked }
        let facts = read.facts
        guard !facts.isEmpty else { return withoutBorrowedVerdicts(question, eachPart(question, found)) }
        let reading = read.reading
        // A particular AST's case the rules answer directly is a situation even
        // when it names only what is asked ("their AST is due a point: who is
        // meant to pay for it?").
        let settledForThisAST = !reading.verdicts.isEmpty && reasoner.isPersonal(question) && Advisor.isDescribedCase(question)
        guard reasoner.isSituation(reading) || settledForThisAST else { return withoutBorrowedVerdicts(question, eachPart(question, found)) }
        // A case the retrieval declines is answered from the rules only when it
        // states enough of a situation that the rules are clearly about it.
        let stated = reasoner.situationFactCount(facts)
        // ...but not a general question about a topic the guide leaves out
        // ("how many days of sick leave does a teacher get in the first year?").
        let personalOrUnplaced = found.declinedTopic == nil || reasoner.isPersonal(question)
        // A known gap that matched the words of a case the rules settle for this
        // AST ("tell the LEA she's not available for outreach this year" reads
        // as how outreach time is timetabled) gives way to the rules' answer.
        // So does a topic outside the guide that a described case names beside
        // facts the rules settle (leave, then "can she be considered for a point?").
        // So does a weak match that found nothing sure enough to answer with,
        // in a described case the rules settle ("half a day a week off site:
        // is that OK?" reads as a 10% outreach share).
        let weakMatch = found.gapID == nil && found.declinedTopic == nil && Advisor.isDescribedCase(question)
        let settledCase = ((found.gapID != nil || weakMatch) && stated >= 1 && !reading.verdicts.isEmpty && reasoner.isPersonal(question))
            || rulesSettleDeclinedCase(found, &read)
        guard found.covered || (stated >= 2 && personalOrUnplaced) || settledCase else {
            // A case whose message the rules cannot answer, declined as a known
            // gap, may still ask other things the guide answers ("can we
            // rewrite her objective mid-year, and what do we agree with the new
            // school?"): those parts are answered beside the gap's line.
            // A short question stays declined as a whole ("who runs the AST
            // assessment, and how do we book an assessor?").
            return found.gapID != nil && Advisor.isDescribedCase(question) ? withoutBorrowedVerdicts(question, eachPart(question, found)) : found
        }
        // "Can an AST go up two points at once?" asks about the rule, not a case:
        // a general question with a single fact stays with the paragraph that answers it.
        guard stated >= 2 || reasoner.isPersonal(question) else { return withoutBorrowedVerdicts(question, eachPart(question, found)) }
        var leads = leads(question, whole: found)
        // A case answered although it names a topic outside the guide says
        // which part that is ("ofsted's due and I don't want it flagged").
        if let topic = found.declinedTopic, !leads.declined.contains(where: { $0.answer.declinedTopic == topic }) {
            let sentences = QuestionParts.sentences(question)
            let naming = sentences.first { markedTopic($0)?.declinedTopic == topic }
                ?? sentences.first { retrieve($0).declinedTopic == topic } ?? question
            leads.declined.append((naming.trimmingCharacters(in: .whitespacesAndNewlines), found))
        }
        let people = namedASTs(in: question)
        if people.count >= 2 { return caseAnswer(forEach: people, facts: facts, asked: read.asked, retrieved: found, leads: leads) }
        return caseAnswer(reading, retrieved: found, leads: leads)
    }

    /// A text that asks more than one thing, answered from the best paragraph
    /// for each question in it as well as for the whole: the answer keeps the
    /// whole text's best paragraph first and adds each other question's own.
    func eachPart(_ question: String, _ found: Answer) -> Answer {
        let leads = leads(question, whole: found)
        guard found.covered else {
            return coveredParts(leads, declinedWhole: found) ?? gapAmongOtherQuestions(question, found, leads) ?? found
        }
        var answer = found
        for lead in leads.all where !answer.reasoning.contains(where: { $0.cites.contains(lead) }) {
            guard let p = guidance.passage(lead) else { continue }
            answer.reasoning.append(CitedLine(text: Advisor.withoutVerdict(p.summary), cites: [p.id]))
        }
        answer.reasoning += leads.declinedLines(guidance: guidance)
        // A question sentence matched far more surely than the whole message
        // (whose backstory can pull it elsewhere: "we've never had an AST
        // before" reads as a new AST's induction) leads with its paragraph.
        var reordered = false
        let wholeTop = leads.partScores.isEmpty ? .infinity : ranking(question).units.first?.score ?? .infinity
        if let sure = leads.parts.first(where: { leads.partScores[$0, default: 0] > Advisor.partLeadMargin * wholeTop }),
           sure != found.citations.first, let i = answer.reasoning.firstIndex(where: { $0.cites.first == sure }),
           let p = guidance.passage(sure) {
            answer.reasoning.remove(at: i)
            answer.reasoning.insert(CitedLine(text: Advisor.withoutVerdict(p.summary), cites: [p.id]), at: 0)
            answer.headline = p.short ?? p.title
            reordered = true
        }
        guard reordered || answer.reasoning.count > found.reasoning.count else { return found }
        answer.citations = unique(citationsOf(answer.reasoning) + found.citations)
        answer.seeAlso = answer.seeAlso.filter { !answer.citations.contains($0) }
        return answer
    }

    /// How much more surely a question sentence must match its paragraph than
    /// the whole message matches its own best for that paragraph to lead.
    static let partLeadMargin = 1.25

    /// A paragraph's own "Yes."/"No." answers the paragraph's question ("does
    /// the performance pay grant fund a move to a higher range?"), and is kept
    /// only for a question that asks the same thing, one naming what the
    /// verdict is about (the paragraph's `verdict_when` cues: "fund*", "pay*
    /// for"). "Can we put him on a higher range from January?" matches that
    /// paragraph by subject but asks something else, and gets no borrowed "No".
    /// A described case keeps none: its question is rarely the paragraph's own
    /// ("HT says she must be maxed out... is that right??"). Where the
    /// verdict goes, the headline becomes the short answer without it (the
    /// paragraph's title for a described case).
    func withoutBorrowedVerdicts(_ question: String, _ answer: Answer) -> Answer {
        guard answer.covered else { return answer }
        let described = Advisor.isDescribedCase(question)
        let words = Analyzer.words(question)
        func keepsVerdict(_ id: String?) -> Bool {
            guard !described, let id, let cues = verdictCues[id] else { return false }
            return CueMatcher.anyMatches(cues, in: words)
        }
        var plain = answer
        plain.reasoning = answer.reasoning.map { line in
            guard !keepsVerdict(line.cites.first) else { return line }
            var l = line
            l.text = Advisor.withoutVerdict(line.text)
            return l
        }
        if !keepsVerdict(answer.citations.first), Advisor.withoutVerdict(answer.headline) != answer.headline {
            plain.headline = described ? answer.citations.first.flatMap(guidance.passage)?.title ?? answer.headline
                                       : Advisor.withoutVerdict(answer.headline)
        }
        return plain
    }

    /// A message of three or more sentences, or of more than 30 words: a
    /// described situation rather than a question put in the guide's terms.
    static func isDescribedCase(_ text: String) -> Bool {
        let t = CaseText(text)
        return t.sentences.count >= 3 || t.sentences.reduce(0) { $0 + $1.count } > 30
    }

    /// A text the guide does not answer as a whole but some of whose questions
    /// it does ("do I have to observe her outreach myself? also, is there a
    /// limit on observations?"): each answered part from its paragraph, and a
    /// line for each part the guide leaves out. Nil when no part is answered.
    func coveredParts(_ leads: Leads, declinedWhole: Answer) -> Answer? {
        let passages = leads.parts.compactMap(guidance.passage)
        guard let first = passages.first else { return nil }
        var reasoning = passages.map { CitedLine(text: Advisor.withoutVerdict($0.summary), cites: [$0.id]) }
        reasoning += leads.declinedLines(guidance: guidance)
        let citations = citationsOf(reasoning)
        let seeAlso = unique(passages.flatMap { $0.related.map(\.value) }).filter { !citations.contains($0) }
        return Answer(covered: true, citations: citations, headline: first.short ?? first.title, reasoning: reasoning,
                      seeAlso: Array(seeAlso.prefix(2)), nearest: [], gapID: nil)
    }

    /// A message of several questions that a known gap declines as a whole
    /// ("how many objectives should she have? and does one have to be
    /// outreach?"): the gap answers only the detail it names, so the message
    /// is answered from the paragraphs the gap names as nearest (what the guide
    /// does say), with a line for the detail it leaves out. Nil for a single
    /// question, or when no nearest paragraph exists.
    func gapAmongOtherQuestions(_ question: String, _ found: Answer, _ leads: Leads) -> Answer? {
        let parts = QuestionParts.of(question, minimumWords: 3)
        guard parts.count >= 2, let gapID = found.gapID,
              let gap = guidance.gaps.first(where: { $0.id == gapID }) else { return nil }
        // Another part must ask something besides the gap's detail: "What are
        // the six standards? Can you list them?" asks for the list twice.
        let detail = gapDetails[gapID] ?? []
        guard parts.contains(where: { !CueMatcher.anyMatches(detail, in: Analyzer.words($0)) }) else { return nil }
        var partial = leads
        // The nearest paragraphs in the order the message's words rank them.
        let rank = Dictionary(ranking(question).units.enumerated().map { ($1.unit.id, $0) }, uniquingKeysWith: min)
        let nearest = gap.nearest.map(\.value).filter { guidance.passage($0) != nil }
        partial.parts = Array(nearest.sorted { rank[$0, default: .max] < rank[$1, default: .max] }.prefix(2))
        guard !partial.parts.isEmpty else { return nil }
        if !partial.declined.contains(where: { $0.answer.gapID == gapID }) {
            let asked = parts.first { askedGap($0, ranking($0))?.gapID == gapID } ?? parts[0]
            partial.declined.insert((asked, found), at: 0)
        }
        return coveredParts(partial, declinedWhole: found)
    }

    /// A described case answered again with facts added to what its text
    /// states (the answers to follow-up questions); a fact given here wins.
    public func answer(_ question: String, adding extra: CaseFacts) -> Answer {
        var facts = reasoner.facts(in: question)
        for id in extra.order { facts[id] = extra[id] }
        let found = retrieve(question)
        return caseAnswer(reasoner.reason(facts, questions: askedFacts(question)), retrieved: found, leads: leads(question, whole: found))
    }

    /// For each question the message asks, the facts it names ("can she have
    /// another increment?": a point asked about), and with them those of the
    /// sentence it points back at, which choose that question's verdict;
    /// empty when no sentence asks.
    func askedFacts(_ question: String) -> [AskedQuestion] {
        var whole: Set<String>?
        // The facts the whole message names, read once when first needed.
        func wholeFacts() -> Set<String> {
            if let whole { return whole }
            let facts = reasoner.mentioned(in: question)
            whole = facts
            return facts
        }
        let asked = QuestionParts.askingQuestions(question)
        let named = asked.map { q, lead in
            (own: reasoner.mentioned(in: q), lead: lead.isEmpty ? Set<String>() : reasoner.mentioned(in: lead))
        }
        // "Anything else we ought to say?" after a question that names its
        // subject is a follow-on, not a question about the whole case.
        let someNamed = named.contains { !$0.own.isEmpty || !$0.lead.isEmpty }
        return zip(asked, named).enumerated().map { index, item in
            let (part, facts) = item
            let lead = part.lead
            let own = facts.own
            var context = own.union(facts.lead)
            // "ok to go ahead?", "Thoughts?": a question that names nothing
            // asks about the whole case (unless another question of the
            // message names what it asks); so does the only question of a
            // message when it names no fact of the case, only a topic ("Do we
            // just adopt what the LEA sent us?").
            let wholeCase = asked.count == 1 && lead.isEmpty && !own.contains { reasoner.guidance.fact($0)?.kind != .topic }
            // The first question naming nothing ("What can we do now, and how do
            // we word it next year?") is about the whole case too: a follow-on
            // comes after the question whose subject it continues.
            if (context.isEmpty && (asked.count == 1 || !someNamed || index == 0)) || wholeCase {
                context.formUnion(wholeFacts())
            }
            // "Is that how it's meant to work?" after a sentence reporting two
            // claims ("the cycle should run on the calendar year, and the
            // adviser will write the outreach part") checks each of them: like
            // a question about the whole case, it may take a second answer.
            let checksReport = asked.count == 1 && !lead.isEmpty && own.allSatisfy { reasoner.guidance.fact($0)?.kind == .topic }
                && Analyzer.words(part.question).count <= 10
            var asking = AskedQuestion(own: own, context: context, aboutWholeCase: wholeCase || checksReport)
            // A question naming nothing whose sentence before has no answer of
            // its own ("The LEA is grumbling. Is this something the school can
            // just decide?") falls back on the whole case; a follow-on
            // ("Anything else?") after another question does not.
            if own.isEmpty && (asked.count == 1 || index == 0) {
                asking.wholeCase = wholeFacts()
            }
            return asking
        }
    }

    /// The passages, gaps and topics that best match the question.
    func retrieve(_ question: String) -> Answer {
        retrieve(question, ranking: ranking(question))
    }

    func retrieve(_ question: String, ranking: Ranker.Ranking) -> Answer {
        let ranked = ranking.units
        let passages = ranked.filter { $0.unit.kind == .passage }
        guard let top = ranked.first, top.similarity >= Advisor.minimumSimilarity, top.coverage >= Advisor.minimumCoverage else {
            return notCovered(gap: nil, nearest: passages.prefix(2).map(\.unit.id),
                              headline: "The guide does not seem to cover that.")
        }
        // A known gap only narrowly ahead of one of the paragraphs it names as
        // nearest: the question is most likely about what that paragraph does
        // say ("informal reviews new AST"), not about the detail the guide
        // leaves out ("how often should informal reviews be held"). A gap
        // with `detail` cues ranks at all only for a question naming its
        // missing detail ("which ASTs are exempt"), so it keeps its place.
        if top.unit.kind == .gap, gapDetails[top.unit.id] == nil, let passage = passages.first,
           passage.score >= Advisor.gapMargin * top.score,
           guidance.gaps.first(where: { $0.id == top.unit.id })?.nearest.contains(where: { $0.value == passage.unit.id }) ?? false {
            return covered(passages)
        }
        if top.unit.kind == .passage {
            if ranking.outsideMass > Advisor.maximumOutsideMass, let outside = ranked.first(where: { $0.unit.kind != .passage }) {
                return declined(outside, passages: passages)
            }
            return covered(passages)
        }
        return declined(top, passages: passages)
    }

    /// "Not covered" for a question with no word of the guide's subject: a
    /// plain decline, or, when it closely matches an outside topic that has
    /// something to say (how to use astpm itself), that topic's answer. No
    /// paragraph of the guide is offered as nearest.
    func offSubject(_ question: String) -> Answer {
        let outside = ranker.ranking(question) { $0.kind == .notCovered }.units.first
        if let outside, outside.similarity >= Advisor.offSubjectTopicSimilarity {
            let answer = declined(outside, passages: [])
            if !answer.reasoning.isEmpty { return answer }
        }
        return notCovered(gap: nil, nearest: [], headline: "The guide does not cover that: it is about the performance management of ASTs.")
    }

    /// How closely an off-subject question must match an outside topic's asks
    /// for that topic's own answer to be given ("how do I quit this program"
    /// scores about 0.6 against using astpm; "make the writing on this screen
    /// bigger" less). Only a topic with something to say answers, so a stray
    /// everyday question matching an unrelated topic still gets the plain decline.
    static let offSubjectTopicSimilarity = 0.2

    /// "Not covered" for a known gap or a topic outside the guide, naming the
    /// nearest paragraphs the guide does cover.
    private func declined(_ unit: ScoredUnit, passages: [ScoredUnit]) -> Answer {
        let nearby = passages.prefix(2).map(\.unit.id)
        if unit.unit.kind == .gap, let gap = guidance.gaps.first(where: { $0.id == unit.unit.id }) {
            return notCovered(gap: gap, nearest: Array(unique(gap.nearest.map(\.value) + nearby).prefix(3)),
                              headline: "The guide mentions this but does not answer it.")
        }
        let index = Int(unit.unit.id.split(separator: ".").last ?? "") ?? -1
        let topic = guidance.notCovered.indices.contains(index) ? guidance.notCovered[index] : nil
        var answer = notCovered(gap: nil, nearest: Array(unique((topic?.nearest.map(\.value) ?? []) + nearby).prefix(3)),
                                headline: "The guide does not cover \(topic?.topic ?? "that").")
        answer.declinedTopic = topic?.topic
        if let says = topic?.says, !says.isEmpty {
            answer.reasoning.append(CitedLine(text: says, cites: []))
            answer.nearest = topic?.nearest.map(\.value) ?? []
        }
        return answer
    }

    private func covered(_ ranked: [ScoredUnit]) -> Answer {
        let ids = ranked.map(\.unit.id)
        let citations = Advisor.citationOrder(ranked, related: Set(guidance.passage(ids[0])?.related.map(\.value) ?? []))
        let first = guidance.passage(citations[0])
        var reasoning: [CitedLine] = []
        if let first { reasoning.append(CitedLine(text: first.summary, cites: [first.id])) }
        let scores = Dictionary(ranked.map { ($0.unit.id, $0.score) }, uniquingKeysWith: max)
        // The other candidates join the reasoning when they score close to the first.
        let similarities = Dictionary(ranked.map { ($0.unit.id, $0.similarity) }, uniquingKeysWith: max)
        for id in citations.dropFirst() {
            guard let other = guidance.passage(id),
                  (scores[id] ?? 0) > Advisor.companionShare * ranked[0].score
                    || (similarities[id] ?? 0) >= Advisor.companionSimilarity * ranked[0].similarity else { continue }
            reasoning.append(CitedLine(text: other.short ?? other.summary, cites: [other.id]))
        }
        let headline = first?.short ?? first?.title ?? ""
        let seeAlso = unique((first?.related.map(\.value) ?? []) + ids.dropFirst(3)).filter { !citations.contains($0) }
        var answer = Answer(covered: true, citations: citations, headline: headline, reasoning: reasoning,
                            seeAlso: Array(seeAlso.prefix(2)), nearest: [], gapID: nil)
        if citations.first == ranked[0].unit.id { answer.leadScore = ranked[0].score }
        return answer
    }

    /// The best passage first; then paragraphs that restate or complement it
    /// (its `related` ids) when they are among the strong candidates; then the rest
    /// by score. At most three.
    static func citationOrder(_ ranked: [ScoredUnit], related: Set<String>) -> [String] {
        guard let top = ranked.first else { return [] }
        let rest = ranked.dropFirst()
        let boosted = rest.prefix(8).filter { related.contains($0.unit.id) && $0.score >= relatedFloor * top.score }
        return Array(unique([top.unit.id] + boosted.map(\.unit.id) + rest.map(\.unit.id)).prefix(3))
    }

    /// A second or third candidate is stated (in its short form) when it scores
    /// more than this share of the best: below it, it is only named in See also.
    static let companionShare = 0.45
    /// ...or when its texts match the question nearly as closely as the best's
    /// do (the classifier's posterior, peaked on one class, hides a second
    /// paragraph that answers as well: "excellent teachers still need development").
    static let companionSimilarity = 0.85

    /// A related paragraph is cited after the best one when it scores at least this share of it.
    static let relatedFloor = 0.6

    func notCovered(gap: Gap?, nearest: [String], headline: String) -> Answer {
        var reasoning: [CitedLine] = []
        if let gap { reasoning.append(CitedLine(text: gap.says, cites: gap.nearest.map(\.value))) }
        return Answer(covered: false, citations: [], headline: headline, reasoning: reasoning,
                      seeAlso: [], nearest: nearest, gapID: gap?.id)
    }
}

/// `ids` without repeats, first occurrence kept (citation lists).
public func unique(_ ids: [String]) -> [String] {
    var seen = Set<String>()
    return ids.filter { seen.insert($0).inserted }
}

