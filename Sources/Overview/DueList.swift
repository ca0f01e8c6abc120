import Records

/// What is coming up across every AST, worked out from the records alone:
/// objectives not yet agreed for the cycle, informal check-ins planned for new
/// ASTs, the plan's milestones that name a day, the 1 September pay review,
/// range reviews the reviews call for, and support-plan reviews. Pure: the
/// records come in as digests and today as a value.
///
/// The cycle is the academic year holding today (from 1 September). An AST
/// counts when they have a record (other than a tour) in this cycle or the
/// last. Only what the guide states is turned into a date (pay is reviewed on
/// 1 September each year [prp.1]); where the guide leaves the timing to the
/// school, the item has no date and says so. A past day from a plan
/// (milestone, check-in) is not listed, as the records cannot show whether it
/// happened; a support plan whose review day has passed with nothing saved on
/// it since, and no improvement recorded, is overdue.
public struct DueList: Equatable, Sendable {
    public var today: Day
    /// The last day of the window (today plus the days asked for).
    public var until: Day
    public var cycle: Cycle
    /// Items with a day, overdue first, then by day.
    public var dated: [DueItem]
    /// Items the guide and records give no day for.
    public var undated: [DueItem]
    /// Milestones in this cycle's plans that name no day, so are not listed.
    public var milestonesWithoutDay: Int
    /// ASTs looked at.
    public var astCount: Int

    /// Dated items up to `until`, overdue ones included.
    public var dueCount: Int { dated.count }
    public var overdueCount: Int { dated.filter(\.overdue).count }

    public static func compute(_ digests: [RecordDigest], today: Day, days: Int) -> DueList {
        let until = today.adding(days: max(0, days))
        let cycle = today.academicYear
        let last = Cycle(startYear: cycle.startYear - 1)
        var dated: [DueItem] = []
        var undated: [DueItem] = []
        var withoutDay = 0
        let people = PersonRecords.group(digests.filter { $0.kind != .tour })
        let active = people.filter { p in p.records.contains { $0.cycle == cycle || $0.cycle == last } }
        func inWindow(_ d: Day) -> Bool { d >= today && d <= until }

        for person in active {
            let name = person.name
            // Objectives for this cycle.
            let plan = person.best(.planning, in: cycle)
            if plan?.status != .agreed {
                let state = plan.map { "the objectives for \(cycle) are saved as a draft (\($0.id)) and not yet agreed" }
                    ?? "no objectives are saved for \(cycle) yet"
                undated.append(DueItem(kind: .objectives, day: nil, ast: name,
                                       text: "\(state). Objectives are agreed with the AST for each cycle; the guide sets no date for it, so when is the school's call.",
                                       cites: ["objectives.1", "line-manager.2"], record: plan?.id))
            }
            if let plan, let facts = plan.plan {
                // Informal check-ins for a new AST.
                if facts.newInPost == true {
                    let newCites = ["monitoring.1", "monitoring.2"]
                    for c in facts.checkIns {
                        if let d = c.day, inWindow(d) {
                            dated.append(DueItem(kind: .checkIn, day: d, ast: name,
                                                 text: "informal check-in for an AST new in post, planned as '\(c.text)'.",
                                                 cites: newCites, record: plan.id))
                        }
                    }
                    if facts.checkIns.isEmpty {
                        undated.append(DueItem(kind: .checkIn, day: nil, ast: name,
                                               text: "new in post, and the plan lists no informal reviews. The guide counts them good practice, above all for a new AST; when and how often is the school's call.",
                                               cites: newCites, record: plan.id))
                    } else if facts.checkIns.allSatisfy({ $0.day == nil }) {
                        let planned = facts.checkIns.map { "'\($0.text)'" }.joined(separator: ", ")
                        undated.append(DueItem(kind: .checkIn, day: nil, ast: name,
                                               text: "new in post, with informal check-ins planned as \(planned) but no dates in the plan; when they fall is the school's call.",
                                               cites: newCites, record: plan.id))
                    }
                }
                // Milestones that name a day.
                for m in facts.milestones {
                    guard let d = m.day else { withoutDay += 1; continue }
                    if inWindow(d) {
                        dated.append(DueItem(kind: .milestone, day: d, ast: name,
                                             text: "milestone of objective \(m.objective): '\(m.text)'.",
                                             cites: ["objectives.1"], record: plan.id))
                    }
                }
            }
            // The 1 September pay review.
            let september = today.nextFirstOfSeptember
            if september <= until {
                let reviewed = Cycle(startYear: september.year - 1)
                let review = person.best(.review, in: reviewed)
                let state: String
                if let review, let facts = review.review {
                    let when = review.status == .agreed ? "was agreed\(review.agreedOn.flatMap { Day(iso: $0) }.map { " on \($0.long)" } ?? "")" : "is still a draft"
                    state = "the \(reviewed) review (\(review.id)) \(when)" + (PayWords.recommendation(facts).map { "; it \($0)" } ?? "")
                } else {
                    state = "no annual review is saved for \(reviewed); the pay review rests mainly on it"
                }
                dated.append(DueItem(kind: .payReview, day: september, ast: name,
                                     text: "pay review on 1 September: \(state).",
                                     cites: ["prp.1", "pay-review.1"], record: review?.id))
            }
            // A range review the latest review calls for.
            if let review = person.latest(.review, among: [cycle, last]), let facts = review.review {
                let reasons = facts.rangeReviewReasons
                if !reasons.isEmpty, let reviewCycle = review.cycle {
                    var cites: [String] = []
                    for c in reasons.flatMap(\.cites) + ["pay-review.1"] where !cites.contains(c) { cites.append(c) }
                    undated.append(DueItem(kind: .rangeReview, day: nil, ast: name,
                                           text: "the \(reviewCycle) review calls for a review of the pay range: \(PayWords.list(reasons.map(\.words))). The range can be reviewed when circumstances change, so when is the school's call; the records cannot show whether it has been held.",
                                           cites: cites, record: review.id))
                }
            }
            // Support-plan reviews.
            for supportCycle in [last, cycle] {
                guard let support = person.best(.support, in: supportCycle), let facts = support.support else { continue }
                if let d = facts.nextReview {
                    if inWindow(d) {
                        let how = facts.improvedSatisfactorily ? " (it records a satisfactory improvement)" : ""
                        dated.append(DueItem(kind: .supportReview, day: d, ast: name,
                                             text: "review of progress on the support plan\(how).",
                                             cites: ["qa.9", "monitoring.1"], record: support.id))
                    } else if d < today, !facts.improvedSatisfactorily, facts.capability != true,
                              let saved = Day(iso: support.updated), saved < d {
                        dated.append(DueItem(kind: .supportReview, day: d, overdue: true, ast: name,
                                             text: "review of progress on the support plan was due on \(d.long); nothing has been saved on the plan since, and it records no improvement yet.",
                                             cites: ["qa.9", "underperformance.2"], record: support.id))
                    }
                } else if !facts.improvedSatisfactorily, facts.capability != true {
                    undated.append(DueItem(kind: .supportReview, day: nil, ast: name,
                                           text: "the support plan is open and names no date for reviewing progress; when is the school's call.",
                                           cites: ["qa.9", "monitoring.1"], record: support.id))
                }
            }
        }
        dated.sort { a, b in
            if a.overdue != b.overdue { return a.overdue }
            if a.day != b.day { return a.day! < b.day! }
            if a.ast != b.ast { return a.ast < b.ast }
            return a.kind < b.kind
        }
        undated.sort { ($0.ast, $0.kind) < ($1.ast, $1.kind) }
        return DueList(today: today, until: until, cycle: cycle, dated: dated, undated: undated,
                       milestonesWithoutDay: withoutDay, astCount: active.count)
    }
}

/// An AST's records, however the name was typed in each.
struct PersonRecords {
    /// The spelling of the most recently changed record.
    var name: String
    var records: [RecordDigest]

    /// Groups digests by person, in the order of their names.
    static func group(_ digests: [RecordDigest]) -> [PersonRecords] {
        var byPerson: [String: [RecordDigest]] = [:]
        for d in digests { byPerson[d.person, default: []].append(d) }
        return byPerson.values.map { records in
            let newest = records.max { ($0.updated, $0.id) < ($1.updated, $1.id) }!
            return PersonRecords(name: newest.ast, records: records)
        }.sorted { ($0.name, $0.records[0].person) < ($1.name, $1.records[0].person) }
    }

    /// The record of `kind` for `cycle`: agreed before draft, then the most recently changed.
    func best(_ kind: RecordKind, in cycle: Cycle) -> RecordDigest? {
        records.filter { $0.kind == kind && $0.cycle == cycle }.max { a, b in
            (a.status == .agreed ? 1 : 0, a.updated, a.id) < (b.status == .agreed ? 1 : 0, b.updated, b.id)
        }
    }

    /// The best record of `kind` in the latest of `cycles` that has one.
    func latest(_ kind: RecordKind, among cycles: [Cycle]) -> RecordDigest? {
        for c in cycles.sorted(by: >) { if let r = best(kind, in: c) { return r } }
        return nil
    }
}

/// Pay recommendations in words, shared by `due` and `report`.
public enum PayWords {
    /// "recommends 1 point, from point 19 to point 20"; nil when the review records no points.
    public static func recommendation(_ r: ReviewFacts) -> String? {
        guard let points = r.points else { return nil }
        if points == 0 {
            return "recommends no points" + (r.currentPoint.map { " (point \($0) stays)" } ?? "")
        }
        let move = r.currentPoint.flatMap { from in r.newPoint.map { ", from point \(from) to point \($0)" } } ?? ""
        return "recommends \(points) point\(points == 1 ? "" : "s")\(move)"
    }

    /// "a", "a and b", "a, b and c".
    public static func list(_ items: [String]) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " and " + items.last!
    }
}
