/// The advisor's reply to a question: covered or not, with citations ranked best first.
public struct Answer: Equatable, Sendable {
    /// True when the guide answers the question.
    public var covered: Bool
    /// Paragraph ids behind the answer, best first (empty when not covered).
    public var citations: [String]
    /// The short, direct answer.
    public var headline: String
    /// Two to five lines of reasoning in the project's own words, each with its paragraphs.
    public var reasoning: [CitedLine]
    /// Up to two further paragraphs worth reading.
    public var seeAlso: [String]
    /// When not covered: the nearest paragraphs the guide does cover.
    public var nearest: [String]
    /// When the question hits a known gap: its id.
    public var gapID: String?
    /// When the question is about a topic the guide does not cover: the topic's name.
    public var declinedTopic: String?
    /// Extra facts that are not from the guide (e.g. salary figures), with their source.
    public var notes: [String] = []
    /// For a described case: the facts read from it (empty for a plain question).
    public var facts = CaseFacts()
    /// For a described case: how the facts were read, in words ("point 2 of a five-point range").
    public var readAs: [String] = []
    /// For a described case: facts the answer turns on that the case does not give.
    public var needs: [FactNeed] = []
    /// For a described case: the direct answers, one per question it asks
    /// ("No further point on the present range: ..."), where the rules settle
    /// them; the reasons follow.
    public var verdicts: [CitedLine] = []
    /// How surely the first cited paragraph matched the question (its
    /// ranking score) when the answer came from retrieval; 0 otherwise.
    var leadScore: Double = 0
    /// The first direct answer.
    public var verdict: CitedLine? { verdicts.first }

    public init(covered: Bool, citations: [String], headline: String, reasoning: [CitedLine], seeAlso: [String] = [],
                nearest: [String] = [], gapID: String? = nil, notes: [String] = []) {
        self.covered = covered
        self.citations = citations
        self.headline = headline
        self.reasoning = reasoning
        self.seeAlso = seeAlso
        self.nearest = nearest
        self.gapID = gapID
        self.notes = notes
    }
}
