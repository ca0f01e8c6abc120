/// What kind of thing is due.
public enum DueKind: String, Sendable, Equatable, CaseIterable, Comparable {
    case supportReview = "support-review"
    case payReview = "pay-review"
    case checkIn = "check-in"
    case milestone
    case objectives
    case rangeReview = "range-review"

    /// Words for a calendar entry's title: "Pay review", "Informal check-in"...
    public var title: String {
        switch self {
        case .supportReview: return "Support plan review"
        case .payReview: return "Pay review (1 September)"
        case .checkIn: return "Informal check-in"
        case .milestone: return "Milestone"
        case .objectives: return "Objectives not agreed"
        case .rangeReview: return "Pay range review"
        }
    }

    public static func < (a: DueKind, b: DueKind) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

/// One thing coming up for one AST: on a day the records give, or with no
/// day where the guide leaves the timing to the school. Every item names the
/// guide paragraphs behind it and the record it was read from.
public struct DueItem: Equatable, Sendable {
    public var kind: DueKind
    /// The day it falls on; nil when neither the guide nor the records give one.
    public var day: Day?
    /// The day has passed and the records show nothing done since.
    public var overdue: Bool
    /// The AST's name as the records spell it.
    public var ast: String
    /// What is due, in a sentence or two (without the AST's name).
    public var text: String
    /// Guide paragraph ids behind it.
    public var cites: [String]
    /// The record it comes from, when one (nil for something not yet recorded).
    public var record: String?

    public init(kind: DueKind, day: Day?, overdue: Bool = false, ast: String, text: String, cites: [String], record: String?) {
        self.kind = kind
        self.day = day
        self.overdue = overdue
        self.ast = ast
        self.text = text
        self.cites = cites
        self.record = record
    }

    /// A calendar title: "Pay review (1 September): Siân Prothero".
    public var summary: String { "\(overdue ? "Overdue: " : "")\(kind.title): \(ast)" }
}
