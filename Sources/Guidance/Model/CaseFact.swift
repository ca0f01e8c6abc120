/// A fact about an AST's situation that a decision can turn on ("which point of
/// the range", "has support been given"), declared in `Guidance/facts.yaml`.
/// The advisor reads facts out of a described case; outcomes in `decisions.yaml`
/// test them in their `if:` conditions.
public struct CaseFact: Sendable, Equatable {
    /// What kind of value the fact holds.
    public enum Kind: String, Sendable, Equatable, CaseIterable {
        /// A whole number between `min` and `max`.
        case number
        /// Yes or no.
        case yesNo = "yes-no"
        /// What the question is about (a topic): only ever yes when the text raises it.
        case topic
    }

    public var id: String
    public var kind: Kind
    /// Bounds for numbers.
    public var min: Int?
    public var max: Int?
    /// The question that asks a person for this fact (shown when an outcome turns on it and it is not known).
    public var question: String?
    /// How a known value reads in "I read this as: ...". `{value}` stands for a number.
    public var showsYes: String?
    public var showsNo: String?
    /// Phrases in a described case that set the fact to yes (or no). A phrase is
    /// a few words; a word ending in `*` matches any ending ("mentor*"). A yes
    /// phrase just after a negation ("not", "no", "hasn't"...) reads as no.
    public var yesCues: [String]
    public var noCues: [String]
    /// Phrases that show a sentence is about someone or something else ("new
    /// head" for a fact about the AST being new): such a sentence states nothing
    /// about this fact.
    public var notAboutCues: [String]
    /// Phrases that state the fact only when denied: "hasn't filled in the
    /// form" says the feedback form is missing, while "filled in the form"
    /// (perhaps only asked for) says nothing either way.
    public var deniedCues: [String]
    /// Yes-no facts that are yes whenever this one is ("underperformance that
    /// keeps recurring" is underperformance), unless the case says otherwise.
    public var implies: [String]
    public var location: SourceLocation

    public init(id: String, kind: Kind, min: Int? = nil, max: Int? = nil, question: String? = nil,
                showsYes: String? = nil, showsNo: String? = nil, yesCues: [String] = [], noCues: [String] = [],
                notAboutCues: [String] = [], deniedCues: [String] = [], implies: [String] = [], location: SourceLocation) {
        self.id = id
        self.kind = kind
        self.min = min
        self.max = max
        self.question = question
        self.showsYes = showsYes
        self.showsNo = showsNo
        self.yesCues = yesCues
        self.noCues = noCues
        self.notAboutCues = notAboutCues
        self.deniedCues = deniedCues
        self.implies = implies
        self.location = location
    }
}
