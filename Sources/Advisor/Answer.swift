/// The advisor's reply to a question: covered or not, with citations ranked best first.
public struct Answer: Equatable, Sendable {
    /// True when the guide answers the question.
    public var covered: Bool
    /// Paragraph ids behind the answer, best first (empty when not covered).
    public var citations: [String]
    /// The short, direct answer.
    public var headline: String
    /// Two to five lines of reasoning, each in the project's own words.
    public var reasoning: [String]
    /// Up to two further paragraphs worth reading.
    public var seeAlso: [String]
    /// When not covered: the nearest paragraphs the guide does cover.
    public var nearest: [String]
    /// When the question hits a known gap: its id.
    public var gapID: String?
}
