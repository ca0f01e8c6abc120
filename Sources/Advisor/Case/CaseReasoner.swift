import Guidance

/// What the rules make of a described case: the facts read, every outcome that
/// applies (most decisive first, each with its own citations), what the answer
/// would depend on where a fact is missing, and the questions that would settle it.
public struct CaseReading: Equatable, Sendable {
    public var facts: CaseFacts
    /// Outcomes that apply, as cited lines, most decisive first.
    public var lines: [CitedLine]
    /// The weight of each line of `lines` (how decisive its outcome is).
    public var weights: [Int] = []
    /// Texts of `lines` whose outcomes hold on what the case asks about alone
    /// (its topics: a pay question, a range question), whatever the case says
    /// of its particulars: general advice, not a rule applied to this case.
    public var general: Set<String> = []
    /// "It depends" lines for outcomes that turn on a fact the case does not give.
    public var depends: [CitedLine]
    /// The missing facts those lines turn on, with the question that asks for each.
    public var needs: [FactNeed]
    /// Ids of the outcomes that apply, as `decision/outcome`.
    public var outcomeIDs: [String]
    /// Paragraphs the outcomes that apply say do not fit this case (`rules_out`).
    public var ruledOut: Set<String> = []
    /// The direct answers to the case, one per question it asks (at most
    /// three), when an outcome that settles it (weight 2 or more) and is about
    /// what that question asks has one: the `verdict` of the strongest such
    /// outcome that applies, or the `unknown_verdict` of one that turns on a
    /// missing fact when it weighs more.
    public var verdicts: [CitedLine] = []
    /// The first direct answer.
    public var verdict: CitedLine? { verdicts.first }
    /// The texts of those direct answers that turn on a fact the case does not give.
    public var openVerdicts: Set<String> = []
    /// The `says` lines (as in `lines`) of the outcomes whose verdicts lead,
    /// in the verdicts' order: the reasons for each direct answer, which come
    /// before the other outcomes' lines.
    public var verdictReasons: [String] = []
    /// How many questions the message asks (0 when none is asked outright).
    public var questionsAsked = 0
    /// True when every question asked has its own direct answer.
    public var settlesEveryQuestion: Bool { !verdicts.isEmpty && verdicts.count >= questionsAsked }
    /// The highest weight among the outcomes that apply (0 when none does); lines are sorted by weight.
    public var strongest: Int { weights.first ?? 0 }
}

/// Reads facts from a case's text and applies every decision outcome whose
/// `if:` condition holds. Pure: no I/O.
public struct CaseReasoner: Sendable {
    public let guidance: GuidanceSet
    let matcher: CueMatcher

    public init(guidance: GuidanceSet) {
        self.guidance = guidance
        matcher = CueMatcher(facts: guidance.facts)
    }

    /// A reasoner whose fact cues are already compiled (see `CompiledCues`).
    init(guidance: GuidanceSet, matcher: CueMatcher) {
        self.guidance = guidance
        self.matcher = matcher
    }

    /// True when the text speaks of a particular AST ("our AST", "she") rather than asking in general.
    public func isPersonal(_ text: String) -> Bool { CaseText(text).isPersonal }

    /// The facts a text states (only facts declared in Guidance are kept).
    public func facts(in text: String) -> CaseFacts {
        let t = CaseText(text)
        var facts = CaseFacts()
        PayNumberReader.read(t, into: &facts)
        matcher.read(t, into: &facts)
        var kept = CaseFacts()
        // Time counted past the first year ("took up her post fourteen months
        // ago") wins over words about that year ("at the end of her first year").
        if facts["new-in-post"] == .yes, (facts.number("months-in-post") ?? 0) > 12 { facts["new-in-post"] = .no }
        // "Do we have to wait till he's at the top of the band?" asks whether
        // the top must come first; it does not put him there. Only spine
        // numbers that say so do.
        if facts["top-first-asked"] == .yes, facts.number("spine-point") == nil {
            if facts.number("range-position") == 5 { facts["range-position"] = nil }
            facts["at-top-asked"] = nil
        }
        // An AST new in post has no years in the post: "nine years with us"
        // then counts time at the school, not as its AST.
        let newInPost = facts["new-in-post"] == .yes
        for id in facts.order {
            guard let f = guidance.fact(id), let v = facts[id] else { continue }
            if newInPost, id == "years-in-post", case .number(let n) = v, n >= 1 { continue }
            if case .number(let n) = v, let lo = f.min, let hi = f.max, !(lo...hi).contains(n) { continue }
            kept[id] = v
        }
        return kept
    }

    /// The facts a text names, whether or not it states them ("is she still
    /// on point 2?" names her place in the range; "whether she plans to leave"
    /// names leaving): what a question asks about.
    public func mentioned(in text: String) -> Set<String> {
        let t = CaseText(text)
        var numbers = CaseFacts()
        PayNumberReader.read(t, into: &numbers)
        return matcher.mentions(t).union(numbers.order).filter { guidance.fact($0) != nil }
    }

    /// Every outcome that applies to `facts`, and what is missing. `asked`
    /// are the facts read from the sentences that ask the question: the
    /// verdict comes only from an outcome that turns on one of them (what the
    /// person asks about); with none given, from the strongest outcome.
    public func reason(_ stated: CaseFacts, asked: Set<String> = []) -> CaseReading {
        reason(stated, questions: asked.isEmpty ? [] : [AskedQuestion(own: asked, context: asked)])
    }

    /// As `reason(_:asked:)` for a message that asks several things: each
    /// question gets the verdict about it, in the order asked, each verdict
    /// once: about what the question itself names if any outcome is, else
    /// about what it names with the sentence it points back at.
    public func reason(_ stated: CaseFacts, questions: [AskedQuestion]) -> CaseReading {
        // A yes/no fact with no question is taken as no when the case does not
        // mention it ("support given" unless said); one with a question stays
        // unknown, and outcomes that turn on it say what they depend on.
        let facts = withDefaults(withImplied(stated))
        // The same case with nothing said of its particulars, only of what it
        // asks about: an outcome that holds there too is general advice.
        var topics = CaseFacts()
        for id in stated.order where guidance.fact(id)?.kind == .topic { topics[id] = stated[id] }
        let topicsOnly = withDefaults(topics)
        var general = Set<String>()
        var fired: [(weight: Int, order: Int, line: CitedLine, id: String)] = []
        var verdicts: [VerdictCandidate] = []
        var ruledOut = Set<String>()
        var undecided: [(decision: String, line: CitedLine, needs: [String])] = []
        var inPlay = Set<String>()
        var order = 0
        for d in guidance.decisions {
            for o in d.outcomes {
                guard let cond = o.condition else { continue }
                order += 1
                switch FactLogic.truth(cond.expression, facts) {
                case true?:
                    guard let text = FactLogic.fill(o.says, facts) else { continue }
                    fired.append((o.weight, order, CitedLine(text: text, cites: o.cites.map(\.value), schoolsCall: o.schoolsCall), "\(d.id)/\(o.id)"))
                    if FactLogic.truth(cond.expression, topicsOnly) == true { general.insert(text) }
                    if var v = VerdictCandidate(o, cond, order: order, template: o.verdict, facts: facts, known: true) {
                        v.reason = text
                        verdicts.append(v)
                    }
                    ruledOut.formUnion(o.rulesOut.map(\.value))
                    inPlay.insert(d.id)
                case nil:
                    guard let template = o.unknownSays, let text = FactLogic.fill(template, facts) else { continue }
                    let missing = FactLogic.unknownFacts(cond.expression, facts).filter { id in
                        guidance.fact(id)?.question != nil && decides(id, cond.expression, facts)
                    }
                    undecided.append((d.id, CitedLine(text: text, cites: o.cites.map(\.value), schoolsCall: o.schoolsCall), missing))
                    if let v = VerdictCandidate(o, cond, order: order, template: o.unknownVerdict, facts: facts, known: false) { verdicts.append(v) }
                case false?:
                    continue
                }
            }
        }
        fired.sort { ($0.weight, -$0.order) > ($1.weight, -$1.order) }
        var depends: [CitedLine] = []
        var needIDs: [String] = []
        for u in undecided where inPlay.contains(u.decision) {
            if !depends.contains(where: { $0.text == u.line.text }) { depends.append(u.line) }
            needIDs += u.needs
        }
        let needs = unique(needIDs).compactMap { id in guidance.fact(id).flatMap { f in f.question.map { FactNeed(fact: id, question: $0) } } }
        // One line per text: two outcomes may share words but never say them twice.
        var lines: [CitedLine] = []
        var weights: [Int] = []
        for f in fired where !lines.contains(where: { $0.text == f.line.text }) {
            lines.append(f.line)
            weights.append(f.weight)
        }
        // For each question, the verdict of an outcome about what it asks, the
        // strongest; between equals, one the case settles before one that
        // depends on a missing fact, then the first declared. An outcome about
        // something else would answer another question, so a question with no
        // such outcome gets none. With no question named, the strongest leads.
        // Between equally weighty answers, one declared `about` more of what the
        // question asks (its topics: money, a point, the range) wins: "the bursar
        // wants to know if the Standards Fund covers it" is answered by the
        // funding rule before the one on whether a point is deserved.
        func best(_ candidates: [VerdictCandidate], asked: Set<String> = []) -> VerdictCandidate? {
            func topics(_ c: VerdictCandidate) -> Int {
                c.outcome.about.filter { asked.contains($0.value) && guidance.fact($0.value)?.kind == .topic }.count
            }
            return candidates.max { a, b in
                (a.outcome.weight, topics(a), a.known ? 1 : 0, -a.order) < (b.outcome.weight, topics(b), b.known ? 1 : 0, -b.order)
            }
        }
        var answered: [VerdictCandidate] = []
        if questions.isEmpty {
            if let v = best(verdicts) { answered.append(v) }
        } else {
            for asked in questions {
                // A second question about the same things ("...and the bursar wants to know
                // if the Standards Fund covers it. Can we do that?") takes the best answer
                // not given yet, so each question gets its own.
                let open = verdicts.filter { c in !answered.contains { $0.line.text == c.line.text } }
                guard let v = best(open.filter { $0.isAbout(asked.own) }, asked: asked.own)
                        ?? best(open.filter { $0.isAbout(asked.context) }, asked: asked.context)
                        ?? best(open.filter { $0.isAbout(asked.wholeCase) }, asked: asked.wholeCase) else { continue }
                answered.append(v)
                // A question about the whole case takes the next strongest
                // answer too, when it settles something else the case raises.
                if asked.aboutWholeCase, let next = best(verdicts.filter { c in c.isAbout(asked.context) && c.line.text != v.line.text && c.known }) {
                    answered.append(next)
                }
            }
        }
        answered = Array(answered.prefix(CaseReasoner.maximumVerdicts))
        var reading = CaseReading(facts: stated, lines: lines, weights: weights, depends: depends, needs: needs, outcomeIDs: fired.map(\.id), ruledOut: ruledOut)
        reading.general = general
        reading.verdicts = answered.map(\.line)
        reading.verdictReasons = answered.compactMap(\.reason)
        reading.openVerdicts = Set(answered.filter { !$0.known }.map(\.line.text))
        reading.questionsAsked = questions.count
        return reading
    }

    /// `facts` with each yes/no or topic fact that has no question and is
    /// not stated taken as no.
    func withDefaults(_ facts: CaseFacts) -> CaseFacts {
        var out = facts
        for f in guidance.facts where f.kind != .number && f.question == nil { out.assume(f.id, .no) }
        return out
    }

    /// `facts` with every fact that a stated yes implies (its `implies` in
    /// facts.yaml) taken as yes, unless the case states it: "his lessons are
    /// regularly below standard" is a concern about performance, so the rules
    /// about concerns apply. Follows chains of implications.
    func withImplied(_ facts: CaseFacts) -> CaseFacts {
        var out = facts
        var pending = facts.order.filter { facts[$0] == .yes }
        while let id = pending.popLast() {
            for implied in guidance.fact(id)?.implies ?? [] where out[implied] == nil {
                out[implied] = .yes
                pending.append(implied)
            }
        }
        return out
    }

    /// A message asking more than this many things leads with this many answers.
    static let maximumVerdicts = 3

    /// An outcome must weigh at least this to lead a case's answer with its
    /// verdict: lighter outcomes add a consideration, they do not settle it.
    static let verdictWeight = 2

    /// True when knowing `id` alone would settle `condition` for at least one of its values:
    /// only such facts are worth asking for.
    func decides(_ id: String, _ condition: InterviewExpression, _ facts: CaseFacts) -> Bool {
        guard let f = guidance.fact(id) else { return false }
        let values: [FactValue] = f.kind == .number
            ? Array((f.min ?? 0)...min(f.max ?? 0, (f.min ?? 0) + 40)).map { .number($0) }
            : [.yes, .no]
        return values.contains { v in
            var trial = facts
            trial[id] = v
            return FactLogic.truth(condition, trial) != nil
        }
    }

    /// How the known facts read, for "I read this as: ...": case facts only, not topics.
    public func describe(_ facts: CaseFacts) -> [String] {
        facts.order.compactMap { id in
            guard let f = guidance.fact(id), f.kind != .topic, let v = facts[id] else { return nil }
            switch v {
            case .number(let n):
                return f.showsYes.flatMap { FactLogic.fill($0.replacingOccurrences(of: "{value", with: "{\(id)"), facts) }
            case .yes: return f.showsYes
            case .no: return f.showsNo ?? f.showsYes.map { "not: \($0)" }
            }
        }
    }

    /// True when the rules have something to say about a situation: the text
    /// states at least one fact about it (not just its topic) and an outcome
    /// applies, or an outcome that settles a case on its own (weight 3 or more) applies.
    public func isSituation(_ reading: CaseReading) -> Bool {
        guard !reading.lines.isEmpty || !reading.depends.isEmpty else { return false }
        return situationFactCount(reading.facts) > 0 || reading.strongest >= 3
    }

    /// How many facts about the situation itself (not its topic) the case states.
    public func situationFactCount(_ facts: CaseFacts) -> Int {
        facts.order.filter { guidance.fact($0)?.kind != .topic }.count
    }

    /// A typed answer to a follow-up question as a value of fact `id`: a whole
    /// number within its bounds (digits or words, "top" and "bottom" for a place
    /// in the range, "point 3"), or yes/no. Nil when the text is not such an answer.
    public func value(typed text: String, for id: String) -> FactValue? {
        guard let fact = guidance.fact(id) else { return nil }
        let words = Analyzer.words(text)
        switch fact.kind {
        case .number:
            let word = words.first == "point" ? words.dropFirst().first : (words.count == 1 ? words.first : nil)
            guard let word, let n = CaseText.number(word) ?? CaseText.ordinal(word) ?? (word == "none" ? 0 : nil),
                  (fact.min ?? n) <= n, n <= (fact.max ?? n), words.count <= 2 else { return nil }
            return .number(n)
        case .yesNo, .topic:
            let said = words.joined(separator: " ")
            if ["yes", "y", "yeah", "yep", "true"].contains(said) { return .yes }
            if ["no", "n", "nope", "false", "not yet"].contains(said) { return .no }
            return nil
        }
    }
}

/// One question a case asks, as the facts it names: `own`, in the question
/// itself; `context`, with those of the sentence it points back at ("Is
/// that OK?") or, when it names none, of the whole case.
public struct AskedQuestion: Equatable, Sendable {
    public var own: Set<String>
    public var context: Set<String>
    /// True for the only question of a message that names nothing particular
    /// ("Do we just adopt what the LEA sent us?", "Anything I'm missing?"):
    /// it asks about the whole case, which may need more than one answer.
    public var aboutWholeCase = false
    /// For a question naming nothing, the facts of the whole message: its
    /// answer when no outcome is about its own sentence or the one before.
    public var wholeCase: Set<String> = []

    public init(own: Set<String>, context: Set<String>, aboutWholeCase: Bool = false) {
        self.own = own
        self.context = context
        self.aboutWholeCase = aboutWholeCase
    }
}

/// An outcome that applies (or turns on a missing fact) and has a verdict
/// that could lead a case's answer.
struct VerdictCandidate {
    var outcome: DecisionPoint.Outcome
    var condition: InterviewCondition
    /// The outcome's `says` text filled from the facts (its reason line), nil
    /// for a candidate that turns on a missing fact.
    var reason: String? = nil
    /// Where the outcome is declared in decisions.yaml (ties go to the first).
    var order: Int
    var line: CitedLine
    /// False for an `unknown_verdict`: the case does not settle the condition.
    var known: Bool

    /// Nil when the outcome is too light to lead an answer or has no such verdict.
    init?(_ outcome: DecisionPoint.Outcome, _ condition: InterviewCondition, order: Int, template: String?, facts: CaseFacts, known: Bool) {
        guard outcome.weight >= CaseReasoner.verdictWeight, let text = template.flatMap({ FactLogic.fill($0, facts) }) else { return nil }
        self.outcome = outcome
        self.condition = condition
        self.order = order
        line = CitedLine(text: text, cites: outcome.cites.map(\.value), schoolsCall: outcome.schoolsCall)
        self.known = known
    }

    /// True when the outcome is about one of the facts a question asks about:
    /// its `about` facts, or else any fact its condition reads.
    func isAbout(_ asked: Set<String>) -> Bool {
        if !outcome.about.isEmpty { return outcome.about.contains { asked.contains($0.value) } }
        return condition.expression.references.contains { asked.contains($0.step) }
    }
}
