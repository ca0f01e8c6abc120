import XCTest
import Guidance
import Records
@testable import InterviewEngine

/// The annual review reads the records already saved (issue 12): the plan's
/// objectives in turn, the evidence logged against each with the log's
/// cautions, and the range and point from earlier reviews. The engine gets
/// them as values; these tests build the values by hand.
final class EarlierRecordsTests: XCTestCase {
    static let planID = RecordID("zoe-1/2025-26-planning")
    static let logID = RecordID("zoe-1/2025-26-evidence")

    func stored(_ record: Record, _ id: String) -> StoredRecord { StoredRecord(id: RecordID(id), record: record, revision: "1") }

    func plan(_ objectives: [String], ast: String = "Zoë Ní Bhriain", cycle: String = "2025-26", status: RecordStatus = .agreed,
              updated: String = "2025-10-01") -> Record {
        Record(kind: .planning, status: status, ast: ast, cycle: cycle, created: "2025-09-15", updated: updated,
               fields: [RecordField("objectives", .list(objectives.map { .map([RecordField("objective", .text($0))]) }))])
    }

    /// An evidence log as the evidence interview writes it (field names with underscores).
    func log(_ items: [[(String, String)]]) -> Record {
        Record(kind: .evidence, status: .agreed, ast: "Zoe Ni Bhriain", cycle: "2025/26", created: "2025-11-20", updated: "2026-06-12",
               fields: [RecordField("items", .list(items.map { .map($0.map { RecordField($0.0, .text($0.1)) }) }))])
    }

    func review(cycle: String, start: String, point: String, points: String, updated: String = "2026-07-08") -> Record {
        Record(kind: .review, status: .agreed, ast: "Zoë Ní Bhriain", cycle: cycle, created: "2026-07-01", updated: updated,
               fields: [RecordField("range_start", .text(start)), RecordField("current_point", .text(point)), RecordField("points", .text(points))])
    }

    let objectives = ["Year 9 problem-solving at Northgate", "Lesson study on questioning in own classes", "Coach two NQTs"]

    var verbalOneOff: [(String, String)] {
        [("kind", "verbal feedback"), ("verbal_shared", "no"), ("source", "J. Mensah"), ("date", "2025-11-20"),
         ("content", "Teachers trying the starters"), ("bears_on", "1"), ("outreach", "no"), ("one_off", "yes"), ("weight", "low")]
    }

    var proforma: [(String, String)] {
        [("kind", "receiving-school proforma"), ("source", "J. Mensah"), ("date", "2026-03-12"), ("bears_on", "Objective 1 (Northgate), 3"),
         ("outreach", "yes"), ("receptive", "resistant"), ("built_on", "partly"), ("one_off", "no"), ("weight", "high"),
         ("weight_reason", "The written evaluation agreed at planning")]
    }

    func earlier(reviews: [StoredRecord] = []) -> EarlierRecords {
        EarlierRecords.select(from: [stored(plan(objectives), Self.planID.rawValue), stored(log([verbalOneOff, proforma]), Self.logID.rawValue)] + reviews,
                              ast: "ZOË NÍ BHRIAIN", cycle: "2025-26", evidenceInterview: Shipped.interview("evidence"))
    }

    // MARK: Reading the records

    func testAnObjectiveIsNamedByNumberWordingOrAUniquePart() {
        let p = PlanObjectives(id: Self.planID, agreed: true, updated: "", objectives: objectives)
        XCTAssertEqual(p.number(of: "2"), 2)
        XCTAssertEqual(p.number(of: "Objective 3 (coaching)"), 3)
        XCTAssertEqual(p.number(of: "#1"), 1)
        XCTAssertEqual(p.number(of: "year 9 PROBLEM-solving at northgate"), 1)
        XCTAssertEqual(p.number(of: "lesson study"), 2)
        XCTAssertNil(p.number(of: "4"), "no fourth objective")
        XCTAssertNil(p.number(of: "2 departments at Hillside"), "wording that starts with a number is not a number")
        XCTAssertNil(p.number(of: "at"), "too short to say which")
        XCTAssertEqual(p.numbers(in: "1, 3"), [1, 3])
        XCTAssertEqual(p.numbers(in: "Objective 1 (Northgate), 3"), [1, 3])
        XCTAssertEqual(p.numbers(in: "outreach elsewhere"), [])
    }

    func testTheEvidenceLogIsReadWithEachItemsObjectivesAndCautions() throws {
        let found = earlier()
        XCTAssertEqual(found.plan?.id, Self.planID)
        let log = try XCTUnwrap(found.evidence)
        XCTAssertEqual(log.id, Self.logID, "the log's name and cycle are spelt differently and still match")
        XCTAssertEqual(log.items.map(\.objectives), [[1], [1, 3]])
        let verbal = log.items[0]
        XCTAssertEqual(verbal.says, "Teachers trying the starters")
        XCTAssertEqual(verbal.cautions.map(\.cites), [["qa.5"], ["monitoring.4"]], "verbal, then one-off: \(verbal.cautions)")
        XCTAssertTrue(verbal.cautions[0].text.contains("AST told what was said: no"), verbal.cautions[0].text)
        XCTAssertEqual(log.items[1].cautions.map(\.cites), [["evidence.3"]])
        XCTAssertTrue(log.items[1].cautions[0].text.contains("was resistant and built on the work: partly"), log.items[1].cautions[0].text)
        XCTAssertEqual(log.items[1].weightReason, "The written evaluation agreed at planning")
        XCTAssertEqual(log.items(bearingOn: objectives[2], number: 3).map(\.number), [2])
    }

    func testAHandWrittenValueTheStepCannotReadRaisesNoCaution() {
        var item = proforma
        item[5] = ("receptive", "yes")  // not one of receptive, mixed, resistant
        let log = EvidenceLog(stored(log([item]), Self.logID.rawValue), interview: Shipped.interview("evidence"), plan: nil)
        XCTAssertEqual(log.items[0].cautions, [])
    }

    func testTheAgreedPlanComesBeforeALaterDraftAndOtherASTsAreIgnored() {
        let records = [stored(plan(["Old"], status: .agreed, updated: "2025-10-01"), "a/2025-26-planning"),
                       stored(plan(["Newer draft"], status: .draft, updated: "2025-11-01"), "b/2025-26-planning"),
                       stored(plan(["Not hers"], ast: "Sam Lee"), "c/2025-26-planning"),
                       stored(plan(["Last year"], cycle: "2024-25"), "d/2024-25-planning")]
        let found = EarlierRecords.select(from: records, ast: "Zoe Ni Bhriain", cycle: "25-26", evidenceInterview: nil)
        XCTAssertEqual(found.plan?.objectives, ["Old"])
        XCTAssertNil(found.evidence)
        XCTAssertNil(found.pay)
        XCTAssertEqual(EarlierRecords.select(from: records, ast: "Nobody", cycle: "2025-26", evidenceInterview: nil), .none)
    }

    func testPayComesFromThisCyclesReviewElseLastCyclesMovedUpByItsAward() throws {
        let last = stored(review(cycle: "2024-25", start: "12", point: "13", points: "2"), "z/2024-25-review")
        let older = stored(review(cycle: "2023-24", start: "8", point: "9", points: "0"), "z/2023-24-review")
        let fromLast = try XCTUnwrap(EarlierPay.from(reviews: [older, last], cycle: "2025-26"))
        XCTAssertEqual(fromLast.rangeStart, 12)
        XCTAssertEqual(fromLast.point, 15)
        XCTAssertEqual(fromLast.pointSource, "point 13 in the 2024-25 review, z/2024-25-review, and 2 points recommended for 1 September")
        let capped = stored(review(cycle: "2024-25", start: "12", point: "15", points: "3"), "z/2024-25-review")
        XCTAssertEqual(EarlierPay.from(reviews: [capped], cycle: "2025-26")?.point, 16, "never past the top of the range")
        let same = stored(review(cycle: "2025/26", start: "14", point: "16", points: "0"), "z/2025-26-review")
        let again = try XCTUnwrap(EarlierPay.from(reviews: [last, same], cycle: "2025-26"))
        XCTAssertEqual([again.rangeStart, again.point], [14, 16])
        XCTAssertEqual(again.rangeSource, "from the review already saved for 2025-26, z/2025-26-review")
        XCTAssertNil(EarlierPay.from(reviews: [stored(review(cycle: "2026-27", start: "12", point: "13", points: "1"), "z/2026-27-review")],
                                     cycle: "2025-26"), "a later cycle's review says nothing about this one")
    }

    // MARK: The review interview with them

    func reviewEngine(_ earlier: EarlierRecords) -> InterviewEngine {
        var e = InterviewEngine(interview: Shipped.interview("review"), today: "2026-07-10")
        e.earlier = earlier
        e.answerAll(["Zoë Ní Bhriain", "2025-26", "Sam Patel", "2026-07-10"])
        return e
    }

    func testEachPlanObjectiveIsOfferedInTurnWithItsEvidence() throws {
        var e = reviewEngine(earlier())
        var q = try XCTUnwrap(e.currentQuestion)
        XCTAssertEqual(q.defaultAnswer, objectives[0])
        XCTAssertEqual(q.defaultSource, "objective 1 of the plan")
        q = try XCTUnwrap(e.answer("").question)
        XCTAssertEqual(q.stepID, "outcome")
        let brief = try XCTUnwrap(q.loggedEvidence)
        XCTAssertEqual(brief.planNumber, 1)
        XCTAssertEqual(brief.items.map(\.number), [1, 2])
        q = try XCTUnwrap(e.answer("partly").question)
        XCTAssertEqual(q.defaultAnswer, "items 1 and 2 of the evidence log zoe-1/2025-26-evidence: verbal feedback from J. Mensah (2025-11-20, weight low); receiving-school proforma from J. Mensah (2026-03-12, weight high)")
        e.answerAll(["", "no"])
        q = try XCTUnwrap(e.currentQuestion)
        XCTAssertEqual([q.stepID, q.defaultAnswer], ["more", "yes"])
        e.answerAll(["", "3"])  // the third objective by number (the REPL turns "3" into its wording first)
        e.answerAll(["met", ""])
        q = try XCTUnwrap(e.currentQuestion)
        XCTAssertEqual(q.defaultAnswer, "yes", "objective 2 is still to review")
        e.answerAll([""])
        XCTAssertEqual(e.currentQuestion?.defaultAnswer, objectives[1], "the first objective not yet reviewed")
        e.answerAll(["", "met", "lesson study write-up"])
        XCTAssertEqual(e.currentQuestion?.defaultAnswer, "no", "every objective reviewed")
        XCTAssertEqual(e.currentQuestion?.defaultSource, "every objective of the plan has been reviewed")
    }

    func testTheSavedReviewKeepsWhatItWasJudgedAgainst() throws {
        var e = reviewEngine(earlier())
        e.answerAll(["", "met", ""])
        let record = e.draftRecord()
        XCTAssertEqual(record.fields.map(\.key).prefix(6), ["ast_name", "cycle", "line_manager", "review_date", "judged-against", "objectives"])
        XCTAssertEqual(record.fields.value("judged-against"), .list([
            .text("objectives record zoe-1/2025-26-planning (agreed, updated 2025-10-01, 3 objectives)"),
            .text("evidence log zoe-1/2025-26-evidence (agreed, updated 2026-06-12, 2 items)")]))
        guard case .list(let items)? = record.fields.value("objectives"), case .map(let first)? = items.first,
              case .list(let kept)? = first.value("logged-evidence") else { return XCTFail("no logged evidence kept: \(record.fields)") }
        XCTAssertEqual(first.map(\.key), ["objective", "outcome", "evidence", "logged-evidence"])
        XCTAssertEqual(kept.count, 2)
        XCTAssertEqual(kept[0], .text("Item 1 (2025-11-20): verbal feedback from J. Mensah; weight low. What it says: Teachers trying the starters. Caution: Item 1 is verbal feedback: acceptable, but less transparent to the AST than a written record; AST told what was said: no. [qa.5] Caution: Item 1 is a one-off example; judge performance over time rather than on it alone. [monitoring.4]"))
    }

    func testRangeAndPointAreOfferedFromTheLastReviewAndCanBeChanged() throws {
        let last = stored(review(cycle: "2024-25", start: "12", point: "13", points: "2"), "z/2024-25-review")
        var e = reviewEngine(earlier(reviews: [last]))
        e.answerAll(["", "met", "", "no", "skip", "both-effective", "yes", "yes"])
        var q = try XCTUnwrap(e.currentQuestion)
        XCTAssertEqual([q.stepID, q.defaultAnswer, q.defaultSource], ["range-start", "12", "from the 2024-25 review, z/2024-25-review"])
        q = try XCTUnwrap(e.answer("").question)
        XCTAssertEqual([q.stepID, q.defaultAnswer], ["current-point", "15"])
        XCTAssertEqual(e.answer("").question?.stepID, "points")
        _ = e.back()
        _ = e.back()
        XCTAssertEqual(e.answer("17").question?.stepID, "current-point", "point 15 does not fit a range typed over the default")
        XCTAssertNil(e.currentQuestion?.defaultAnswer, "nor is it offered again")
        XCTAssertEqual(e.answer("18").question?.stepID, "points")
    }

    func testAPointOutsideTheRangeTypedIsNotOffered() throws {
        let last = stored(review(cycle: "2024-25", start: "12", point: "13", points: "2"), "z/2024-25-review")
        var e = reviewEngine(earlier(reviews: [last]))
        e.answerAll(["", "met", "", "no", "skip", "both-effective", "yes", "yes", "18"])
        let q = try XCTUnwrap(e.currentQuestion)
        XCTAssertEqual(q.stepID, "current-point")
        XCTAssertNil(q.defaultAnswer, "point 15 is not on a range starting at 18")
    }

    func testWithoutEarlierRecordsTheReviewIsAsBefore() throws {
        var e = reviewEngine(.none)
        let q = try XCTUnwrap(e.currentQuestion)
        XCTAssertNil(q.defaultAnswer)
        XCTAssertNil(q.loggedEvidence)
        e.answerAll(["Y9", "met", "data"])
        XCTAssertNil(e.currentQuestion?.defaultAnswer)
        XCTAssertNil(e.draftRecord().fields.value("judged-against"))
    }
}
