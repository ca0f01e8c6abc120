/// A decision point of the guide (pay progression, range review, funding,
/// underperformance, capability...). The advisor and the interviews pick an
/// outcome by id; what each outcome says, and what it cites, is data.
public struct DecisionPoint: Sendable, Equatable {
    /// One possible outcome and its reasoning, with citations.
    public struct Outcome: Sendable, Equatable {
        public var id: String
        /// The facts under which this outcome applies, in words (the program
        /// tests them; this is what a reader of Guidance sees).
        public var when: String
        /// The same condition over case facts (`facts.yaml`), which the advisor
        /// evaluates; nil for outcomes only ever picked by id.
        public var condition: InterviewCondition?
        /// What to say when the condition cannot be decided because a fact is not
        /// known (for example where the AST sits in the range); nil to stay silent.
        public var unknownSays: String?
        /// How strongly this outcome settles the case: higher comes first in an answer.
        public var weight: Int
        public var says: String
        public var cites: [Located<String>]
        /// True where the guide leaves the call to the school.
        public var schoolsCall: Bool
        public var location: SourceLocation
        /// Paragraphs that do not fit a case this outcome applies to (a case of
        /// one weak lesson is not one of support that failed, qa.10): an answer
        /// does not bring them in as the best match for a question in the case.
        public var rulesOut: [Located<String>] = []
        /// The direct answer this outcome gives when it settles a case ("No
        /// further point on the present range: ..."), led with before the
        /// reasons; nil for outcomes that only add a consideration.
        public var verdict: String?
        /// The direct answer when the condition turns on a fact the case does
        /// not give ("It depends on where the AST sits in the range...").
        public var unknownVerdict: String?
        /// The facts a question must name for this outcome's verdict to answer
        /// it (a higher range is "not a reward" only for a question about a
        /// range); empty: any fact its condition reads.
        public var about: [Located<String>] = []
    }

    public var id: String
    public var title: String
    public var summary: String
    public var cites: [Located<String>]
    public var outcomes: [Outcome]
    public var location: SourceLocation

    public func outcome(_ id: String) -> Outcome? { outcomes.first { $0.id == id } }
}

extension DecisionPoint.Outcome {
    public init(id: String, when: String, says: String, cites: [Located<String>], schoolsCall: Bool, location: SourceLocation,
                condition: InterviewCondition? = nil, unknownSays: String? = nil, weight: Int = 0) {
        self.id = id
        self.when = when
        self.condition = condition
        self.unknownSays = unknownSays
        self.weight = weight
        self.says = says
        self.cites = cites
        self.schoolsCall = schoolsCall
        self.location = location
    }
}

/// One point of the AST pay spine with the source of its figure.
public struct PaySpinePoint: Sendable, Equatable {
    public var point: Int
    /// Annual salary in whole pounds.
    public var salary: Int
    public var source: String
    public var location: SourceLocation
}

/// The AST pay spine figures known to Guidance; points without a sourced figure are absent.
public struct PaySpine: Sendable, Equatable {
    public var year: String
    public var region: String
    public var pointCount: Int
    public var rangeLength: Int
    public var points: [PaySpinePoint]

    public func salary(at point: Int) -> PaySpinePoint? { points.first { $0.point == point } }

    public static let empty = PaySpine(year: "", region: "", pointCount: 0, rangeLength: 5, points: [])
}
