/// One paragraph of the guide, summarised in the project's own words, with the
/// ways people ask about it. Q&A paragraphs also carry `question` and `short`.
public struct Passage: Sendable, Equatable {
    public var id: String
    public var section: String
    public var title: String
    public var summary: String
    public var terms: [String]
    public var asks: [String]
    public var related: [Located<String>]
    public var question: String?
    public var short: String?
    public var location: SourceLocation
    /// Cue phrases (as in facts.yaml) naming what the paragraph's own "Yes."
    /// or "No." answers ("fund*", "pay* for"): the verdict is given only to a
    /// question with one of them. Without, a question that merely shares the
    /// paragraph's subject ("can we put him on a higher range?") would get the
    /// verdict of a different question (who pays for that move).
    public var verdictWhen: [String] = []

    public init(id: String, section: String, title: String, summary: String, terms: [String] = [],
                asks: [String] = [], related: [Located<String>] = [], question: String? = nil,
                short: String? = nil, location: SourceLocation) {
        self.id = id
        self.section = section
        self.title = title
        self.summary = summary
        self.terms = terms
        self.asks = asks
        self.related = related
        self.question = question
        self.short = short
        self.location = location
    }
}

/// Something the guide points to but does not answer (a known gap), so the advisor
/// can say so instead of stretching a nearby paragraph.
public struct Gap: Sendable, Equatable {
    public var id: String
    public var title: String
    public var says: String
    public var nearest: [Located<String>]
    public var asks: [String]
    public var location: SourceLocation
    /// Cue phrases naming the detail the guide leaves out ("how many",
    /// "figure*", "~2" between words as in facts.yaml). When there are any, the
    /// gap answers only a question with one of them: a question without that
    /// detail is about what the nearest paragraphs do say.
    public var detail: [String] = []
}

/// A topic outside the guide altogether (sick pay, pensions, ...), with example
/// questions that train the "not covered" class.
public struct NotCoveredTopic: Sendable, Equatable {
    public var topic: String
    public var nearest: [Located<String>]
    public var asks: [String]
    public var location: SourceLocation
    /// What to tell the person instead, when there is something useful to say
    /// (a question about astpm itself points to `help`); empty otherwise.
    public var says: String = ""
    /// Cue phrases that name this topic and nothing in the guide ("pension*",
    /// "management allowance"): a question inside a longer message that uses
    /// one is about this topic, whatever paragraph its other words match.
    public var marks: [String] = []

    public init(topic: String, nearest: [Located<String>], asks: [String], location: SourceLocation, says: String = "",
                marks: [String] = []) {
        self.marks = marks
        self.topic = topic
        self.nearest = nearest
        self.asks = asks
        self.location = location
        self.says = says
    }
}

/// A canonical word and the variants read as it (LA → lea).
public struct Synonym: Sendable, Equatable {
    public var canonical: String
    public var variants: [String]
    public var location: SourceLocation
}
