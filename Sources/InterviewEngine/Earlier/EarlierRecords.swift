import Guidance
import Records

/// What the records already saved for an AST say about the cycle an interview
/// is for: the plan's objectives, the evidence log, and the pay range and
/// point from earlier reviews. The shell reads the store and hands this to the
/// engine as a value; the engine reads no files.
public struct EarlierRecords: Equatable, Sendable {
    public var plan: PlanObjectives?
    public var evidence: EvidenceLog?
    public var pay: EarlierPay?

    public init(plan: PlanObjectives? = nil, evidence: EvidenceLog? = nil, pay: EarlierPay? = nil) {
        self.plan = plan
        self.evidence = evidence
        self.pay = pay
    }

    /// No earlier records: the interview runs as if the store were empty.
    public static let none = EarlierRecords()

    public var isEmpty: Bool { plan == nil && evidence == nil && pay == nil }

    /// Picks, from every record in the store, those that bear on `ast`'s
    /// `cycle` (names and cycles matched however they were typed): the
    /// objectives record (agreed before draft, then the latest) with objectives,
    /// the evidence log, and the reviews that give the pay range. `evidenceInterview`
    /// (the interview that writes evidence logs) gives each item's cautions.
    public static func select(from records: [StoredRecord], ast: String, cycle: String, evidenceInterview: Interview?) -> EarlierRecords {
        let mine = records.filter { PersonName.same($0.record.ast, ast) }
        let wanted = Cycle.canonical(cycle)
        let thisCycle = mine.filter { Cycle.canonical($0.record.cycle) == wanted }
        let plan = ordered(thisCycle.filter { $0.record.kind == .planning }).lazy.compactMap(PlanObjectives.init).first
        let log = best(thisCycle.filter { $0.record.kind == .evidence })
            .map { EvidenceLog($0, interview: evidenceInterview, plan: plan) }
        let pay = EarlierPay.from(reviews: mine.filter { $0.record.kind == .review }, cycle: wanted)
        return EarlierRecords(plan: plan, evidence: log, pay: pay)
    }

    /// Agreed records before drafts, then the most recently changed first.
    static func ordered(_ records: [StoredRecord]) -> [StoredRecord] {
        records.sorted {
            ($0.record.status == .agreed ? 1 : 0, $0.record.updated, $0.id.rawValue) > ($1.record.status == .agreed ? 1 : 0, $1.record.updated, $1.id.rawValue)
        }
    }

    static func best(_ records: [StoredRecord]) -> StoredRecord? { ordered(records).first }
}
