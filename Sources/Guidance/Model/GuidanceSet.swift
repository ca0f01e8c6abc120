/// Everything loaded from a Guidance folder: the data the engine and the advisor interpret.
public struct GuidanceSet: Sendable {
    public var outline: GuideOutline
    public var passages: [Passage]
    public var gaps: [Gap]
    public var notCovered: [NotCoveredTopic]
    public var synonyms: [Synonym]
    public var decisions: [DecisionPoint]
    public var paySpine: PaySpine
    public var interviews: [Interview]
    /// The facts a described case can state (`facts.yaml`).
    public var facts: [CaseFact]
    /// Words that show a question is about the guide's world at all: schools,
    /// teachers, pay, performance management (`lexicon.yaml`'s `subject`; a
    /// trailing `*` matches any ending). A question with none of them ("best
    /// way to get red wine out of a carpet?") is off the subject. Empty: no check.
    public var subjectWords: [String]

    public init(outline: GuideOutline, passages: [Passage] = [], gaps: [Gap] = [],
                notCovered: [NotCoveredTopic] = [], synonyms: [Synonym] = [],
                decisions: [DecisionPoint] = [], paySpine: PaySpine = .empty, interviews: [Interview] = [],
                facts: [CaseFact] = [], subjectWords: [String] = []) {
        self.facts = facts
        self.subjectWords = subjectWords
        self.outline = outline
        self.passages = passages
        self.gaps = gaps
        self.notCovered = notCovered
        self.synonyms = synonyms
        self.decisions = decisions
        self.paySpine = paySpine
        self.interviews = interviews
    }

    public func passage(_ id: String) -> Passage? { passages.first { $0.id == id } }
    public func decision(_ id: String) -> DecisionPoint? { decisions.first { $0.id == id } }
    public func interview(_ id: String) -> Interview? { interviews.first { $0.id == id } }
    public func fact(_ id: String) -> CaseFact? { facts.first { $0.id == id } }
}
