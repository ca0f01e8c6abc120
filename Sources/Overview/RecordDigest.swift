import Records

/// The few facts of one record that `due` and `report` read, taken from the
/// record as the store lists it so that thousands of records need not be held
/// in full. Field keys are matched as the store does (`new-in-post` is
/// `new_in_post`). Pure.
public struct RecordDigest: Equatable, Sendable {
    public var id: String
    public var kind: RecordKind
    public var status: RecordStatus
    /// The AST's name as written in the record.
    public var ast: String
    /// The name folded for matching (one AST however the name was typed).
    public var person: String
    /// The cycle, when the record's cycle is one (`2025-26`).
    public var cycle: Cycle?
    public var updated: String
    /// The date of agreement, when agreed.
    public var agreedOn: String?
    public var plan: PlanFacts?
    public var review: ReviewFacts?
    public var support: SupportFacts?

    public init(_ stored: StoredRecord) {
        let r = stored.record
        id = stored.id.rawValue
        kind = r.kind
        status = r.status
        ast = r.ast
        person = PersonName.folded(r.ast)
        cycle = try? Cycle.parse(r.cycle).get()
        updated = r.updated
        agreedOn = r.status == .agreed ? r.agreement?.date : nil
        switch r.kind {
        case .planning: plan = PlanFacts(r.fields, cycle: cycle)
        case .review: review = ReviewFacts(r)
        case .support: support = SupportFacts(r.fields, cycle: cycle)
        case .evidence, .tour: break
        }
    }
}

/// A yes/no answer as stored ("yes", "no"); nil when missing or anything else.
func yesNo(_ fields: [RecordField], _ key: String) -> Bool? {
    switch fields.text(key)?.lowercased() {
    case "yes": return true
    case "no": return false
    default: return nil
    }
}

/// The entries of a field that is a list of texts, or one text split at `;`
/// (hand-written files often put several in one line).
func entries(_ fields: [RecordField], _ key: String) -> [String] {
    switch fields.value(key) {
    case .text(let t)?:
        return t.split(separator: ";").map { trimmedWhitespace($0) }.filter { !$0.isEmpty }
    case .list(let items)?:
        return items.compactMap { if case .text(let t) = $0 { return trimmedWhitespace(t) } else { return nil } }.filter { !$0.isEmpty }
    default:
        return []
    }
}

func trimmedWhitespace<S: StringProtocol>(_ s: S) -> String {
    var t = Substring(s)
    while let f = t.first, f.isWhitespace { t.removeFirst() }
    while let l = t.last, l.isWhitespace { t.removeLast() }
    return String(t)
}

/// What an objectives record (planning statement) says about dates in the year.
public struct PlanFacts: Equatable, Sendable {
    /// One milestone of one objective, with the day it names if it names one.
    public struct Milestone: Equatable, Sendable {
        public var objective: Int
        public var text: String
        public var day: Day?
    }

    /// One planned informal review, with the day it names if it names one.
    public struct CheckIn: Equatable, Sendable {
        public var text: String
        public var day: Day?
    }

    /// "new in post" answered yes or no.
    public var newInPost: Bool?
    public var checkIns: [CheckIn]
    public var milestones: [Milestone]
    public var objectiveCount: Int

    init(_ fields: [RecordField], cycle: Cycle?) {
        newInPost = yesNo(fields, "new-in-post")
        checkIns = entries(fields, "informal-reviews").map { CheckIn(text: $0, day: DayInText.first(in: $0, cycle: cycle)) }
        var milestones: [Milestone] = []
        var count = 0
        if case .list(let objectives)? = fields.value("objectives") {
            for case .map(let item) in objectives {
                count += 1
                for text in entries(item, "milestones") {
                    milestones.append(Milestone(objective: count, text: text, day: DayInText.first(in: text, cycle: cycle)))
                }
            }
        }
        self.milestones = milestones
        objectiveCount = count
    }
}

/// How an objective was judged at the review.
public enum ObjectiveOutcome: String, Sendable, Equatable, CaseIterable {
    case met, partly, notMet = "not-met", notRecorded = "not-recorded"

    /// "met", "partly", "partly met", "not-met", "not met" (any case).
    init(_ text: String?) {
        let t = (text ?? "").lowercased().replacingDashes()
        switch t {
        case "met": self = .met
        case "partly", "partly met", "partially met", "partially": self = .partly
        case "not met", "not": self = .notMet
        default: self = .notRecorded
        }
    }
}

extension String {
    /// Hyphens and underscores as spaces ("not-met" is "not met").
    func replacingDashes() -> String { String(map { $0 == "-" || $0 == "_" ? " " : $0 }) }
}

/// What an annual review says: the outcome of each objective, the pay
/// recommendation and what it says about the pay range.
public struct ReviewFacts: Equatable, Sendable {
    public var outcomes: [ObjectiveOutcome]
    public var rangeStart: Int?
    public var currentPoint: Int?
    public var points: Int?
    public var highQuality: Bool?
    public var wholeCycle: Bool?
    public var enoughEvidence: Bool?
    public var firstYear: Bool?
    public var responsibilitiesGrown: Bool?
    /// Some objective's shortfall was judged with circumstances beyond the AST's control.
    public var mitigation: Bool
    /// Every paragraph the review's conclusions cite.
    public var cites: Set<String>

    init(_ r: Record) {
        let f = r.fields
        var outcomes: [ObjectiveOutcome] = []
        var mitigation = false
        if case .list(let objectives)? = f.value("objectives") {
            for case .map(let item) in objectives {
                outcomes.append(ObjectiveOutcome(item.text("outcome")))
                if yesNo(item, "mitigation") == true { mitigation = true }
            }
        }
        self.outcomes = outcomes
        self.mitigation = mitigation
        rangeStart = f.wholeNumber("range-start")
        currentPoint = f.wholeNumber("current-point")
        points = f.wholeNumber("points")
        highQuality = yesNo(f, "high-quality")
        wholeCycle = yesNo(f, "whole-cycle")
        enoughEvidence = yesNo(f, "enough-evidence")
        firstYear = yesNo(f, "first-year")
        responsibilitiesGrown = yesNo(f, "responsibilities")
        cites = Set(r.conclusions.flatMap(\.cites))
    }

    public func count(_ outcome: ObjectiveOutcome) -> Int { outcomes.filter { $0 == outcome }.count }

    /// The spine point after the recommended points, never past the top of the range.
    public var newPoint: Int? {
        guard let currentPoint else { return nil }
        let moved = currentPoint + (points ?? 0)
        return rangeStart.map { min(moved, $0 + 4) } ?? moved
    }

    /// Why the review calls for the pay range itself to be looked at, as the
    /// guide gives reasons for it; empty when it does not.
    public var rangeReviewReasons: [RangeReviewReason] {
        var out: [RangeReviewReason] = []
        if let start = rangeStart, let current = currentPoint {
            if current >= start + 4 {
                out.append(.alreadyAtTop)
            } else if current + (points ?? 0) >= start + 4 {
                out.append(.reachesTop)
            }
        } else if cites.contains("qa.17") {
            out.append(.reachesTop)
        }
        if firstYear == true || (firstYear == nil && cites.contains("pay-review.2")) { out.append(.firstYear) }
        if responsibilitiesGrown == true { out.append(.responsibilitiesGrown) }
        return out
    }
}

/// A reason the guide gives for reviewing an AST's five-point pay range.
public enum RangeReviewReason: String, Sendable, Equatable, CaseIterable {
    case reachesTop = "reaches-top"
    case alreadyAtTop = "already-at-top"
    case firstYear = "first-year"
    case responsibilitiesGrown = "responsibilities-grown"

    /// In a sentence: "the AST reaches the top of the range".
    public var words: String {
        switch self {
        case .reachesTop: return "the award takes the AST to the top of the five-point range"
        case .alreadyAtTop: return "the AST is already on the top point of the range"
        case .firstYear: return "it is the end of the AST's first year in post"
        case .responsibilitiesGrown: return "the AST's responsibilities have grown"
        }
    }

    /// A few words, for a table cell.
    public var short: String {
        switch self {
        case .reachesTop: return "top of range"
        case .alreadyAtTop: return "at top of range"
        case .firstYear: return "first year"
        case .responsibilitiesGrown: return "responsibilities"
        }
    }

    public var cites: [String] {
        switch self {
        case .reachesTop, .alreadyAtTop: return ["qa.17"]
        case .firstYear: return ["pay-review.2", "qa.15"]
        case .responsibilitiesGrown: return ["pay-review.1", "qa.15"]
        }
    }
}

/// What a support plan says about its next review and how it has gone.
public struct SupportFacts: Equatable, Sendable {
    /// The day progress is next to be reviewed.
    public var nextReview: Day?
    /// "yes", "partly" or "no" after support, when recorded.
    public var improved: String?
    /// The governing body's capability procedure is to start.
    public var capability: Bool?

    init(_ fields: [RecordField], cycle: Cycle?) {
        nextReview = fields.text("next-review").flatMap { Day(iso: $0) ?? DayInText.first(in: $0, cycle: cycle) }
        improved = fields.text("improved")?.lowercased()
        capability = yesNo(fields, "capability")
    }

    /// The plan records a satisfactory improvement.
    public var improvedSatisfactorily: Bool { improved == "yes" }

    /// "capability procedure", "improved", "open".
    public var state: String {
        if capability == true { return "capability procedure" }
        return improvedSatisfactorily ? "improved" : "open"
    }
}
