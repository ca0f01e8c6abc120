/// The guide's sections and paragraph ids: the citation scheme (from `guide.yaml`).
public struct GuideOutline: Sendable {
    public struct Section: Sendable, Equatable {
        public var id: String
        public var title: String
        public var paragraphs: [String]
        public var location: SourceLocation
    }

    public var title: String
    public var reference: String
    public var sections: [Section]

    public init(title: String, reference: String, sections: [Section]) {
        self.title = title
        self.reference = reference
        self.sections = sections
        var index: [String: String] = [:]
        for section in sections { for p in section.paragraphs { index[p] = section.id } }
        self.sectionOfParagraph = index
    }

    /// Paragraph id → section id.
    public let sectionOfParagraph: [String: String]

    /// Every paragraph id, in guide order.
    public var paragraphIDs: [String] { sections.flatMap(\.paragraphs) }

    public func contains(_ paragraph: String) -> Bool { sectionOfParagraph[paragraph] != nil }

    public func section(id: String) -> Section? { sections.first { $0.id == id } }

    /// The title of the section holding a paragraph, e.g. "Pay Reviews" for `pay-review.2`.
    public func sectionTitle(of paragraph: String) -> String? {
        sectionOfParagraph[paragraph].flatMap { section(id: $0)?.title }
    }
}
