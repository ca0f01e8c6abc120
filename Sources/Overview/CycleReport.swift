import Records

/// One cycle across every AST, for the head, governors or LEA: one row per
/// AST (plan agreed, objectives met / partly / not, the pay recommendation,
/// a range review called for, support), and the equality-of-opportunity view
/// of awards set against outcomes [prp.1]. Pure.
public struct CycleReport: Equatable, Sendable {
    public var cycle: Cycle
    public var rows: [ReportRow]
    public var equality: EqualityView
    /// Records of the cycle that were read.
    public var recordCount: Int

    /// The report of `cycle` from every record's digest (other cycles are ignored).
    public static func compute(_ digests: [RecordDigest], cycle: Cycle) -> CycleReport {
        let mine = digests.filter { $0.cycle == cycle && $0.kind != .tour }
        let rows = PersonRecords.group(mine).map { ReportRow($0, cycle: cycle) }
        return CycleReport(cycle: cycle, rows: rows, equality: EqualityView(rows), recordCount: mine.count)
    }
}

/// Where a record stands: not saved, a draft, or agreed (on a date).
public enum RecordState: Equatable, Sendable {
    case none
    case draft(id: String)
    case agreed(id: String, on: Day?)

    /// "agreed", "draft", "none".
    public var word: String {
        switch self {
        case .none: return "none"
        case .draft: return "draft"
        case .agreed: return "agreed"
        }
    }

    public var id: String? {
        switch self {
        case .none: return nil
        case .draft(let id), .agreed(let id, _): return id
        }
    }

    init(_ digest: RecordDigest?) {
        guard let digest else { self = .none; return }
        self = digest.status == .agreed ? .agreed(id: digest.id, on: digest.agreedOn.flatMap { Day(iso: $0) }) : .draft(id: digest.id)
    }
}

/// One AST's line in the cycle report.
public struct ReportRow: Equatable, Sendable {
    public var ast: String
    public var plan: RecordState
    public var evidenceLog: RecordState
    public var review: RecordState
    /// What the review says (nil when there is no review).
    public var facts: ReviewFacts?
    /// The support plan's state for the cycle: nil when there is none.
    public var support: String?
    public var supportID: String?

    init(_ person: PersonRecords, cycle: Cycle) {
        ast = person.name
        plan = RecordState(person.best(.planning, in: cycle))
        evidenceLog = RecordState(person.best(.evidence, in: cycle))
        let review = person.best(.review, in: cycle)
        self.review = RecordState(review)
        facts = review?.review
        let support = person.best(.support, in: cycle)
        self.support = support?.support?.state
        supportID = support?.id
    }

    public var met: Int { facts?.count(.met) ?? 0 }
    public var partly: Int { facts?.count(.partly) ?? 0 }
    public var notMet: Int { facts?.count(.notMet) ?? 0 }
    public var notRecorded: Int { facts?.count(.notRecorded) ?? 0 }
    public var points: Int? { facts?.points }
    public var rangeReview: [RangeReviewReason] { facts?.rangeReviewReasons ?? [] }

    /// Facts of the review that may explain an award different from others
    /// with the same outcomes, each with the paragraph behind it.
    public var context: [(text: String, cites: [String])] {
        guard let f = facts else { return [] }
        var out: [(String, [String])] = []
        if case .draft = review { out.append(("the review is still a draft", [])) }
        if f.highQuality == false { out.append(("performance not judged high quality", ["prp.1"])) }
        if let start = f.rangeStart, let current = f.currentPoint {
            if current >= start + 4 {
                out.append(("already on the top point of the range, so no point was possible", ["qa.14", "qa.17"]))
            } else if (f.points ?? 0) > 0, current + (f.points ?? 0) >= start + 4 {
                out.append(("the award reaches the top of the range", ["qa.14"]))
            }
        }
        if f.wholeCycle == false {
            out.append(("not in post for the whole cycle; evidence judged \(f.enoughEvidence == true ? "enough" : "not enough") for an award", ["prp.1"]))
        }
        if f.mitigation { out.append(("a shortfall was judged with circumstances beyond the AST's control", ["qa.6"])) }
        return out
    }

    public static func == (a: ReportRow, b: ReportRow) -> Bool {
        a.ast == b.ast && a.plan == b.plan && a.evidenceLog == b.evidenceLog && a.review == b.review && a.facts == b.facts
            && a.support == b.support && a.supportID == b.supportID
    }
}
