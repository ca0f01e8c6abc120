@testable import Overview
import Records
import XCTest

/// What `due` lists, from the worked example and small hand-made records.
final class DueListTests: XCTestCase {
    func due(_ records: [StoredRecord], on today: String, days: Int = 14) -> DueList {
        DueList.compute(Fixtures.digests(records), today: Fixtures.day(today), days: days)
    }

    func testOnTheFirstOfSeptemberThePayReviewTheNewObjectivesAndTheRangeReviewAreDue() throws {
        let list = due(try Fixtures.workedExample(), on: "2026-09-01")
        XCTAssertEqual(list.cycle.description, "2026-27")
        XCTAssertEqual(list.astCount, 1)
        XCTAssertEqual(list.dated.map(\.kind), [.payReview])
        let pay = list.dated[0]
        XCTAssertEqual(pay.day?.iso, "2026-09-01")
        XCTAssertEqual(pay.ast, "Siân Prothero")
        XCTAssertEqual(pay.cites, ["prp.1", "pay-review.1"])
        XCTAssertEqual(pay.record, "sian-prothero-3f2a/2025-26-review")
        XCTAssertTrue(pay.text.contains("was agreed on 8 July 2026; it recommends 1 point, from point 19 to point 20"), pay.text)
        XCTAssertEqual(list.undated.map(\.kind), [.objectives, .rangeReview])
        XCTAssertTrue(list.undated[0].text.hasPrefix("no objectives are saved for 2026-27 yet"), list.undated[0].text)
        XCTAssertTrue(list.undated[0].text.contains("the guide sets no date for it, so when is the school's call"))
        let range = list.undated[1]
        XCTAssertTrue(range.text.contains("it is the end of the AST's first year in post"), range.text)
        XCTAssertEqual(range.cites, ["pay-review.2", "qa.15", "pay-review.1"])
        XCTAssertNil(range.day, "the guide gives no date for a range review")
        // The support plan's review day (23 March) has long passed and it records improvement: nothing.
        XCTAssertFalse((list.dated + list.undated).contains { $0.kind == .supportReview })
    }

    func testInOctoberThePlansDatedMilestoneIsDueAndCheckInsWithoutDatesSaySo() throws {
        let list = due(try Fixtures.workedExample(), on: "2025-10-01")
        XCTAssertEqual(list.dated.map(\.kind), [.milestone])
        XCTAssertEqual(list.dated[0].day?.iso, "2025-10-10")
        XCTAssertEqual(list.dated[0].text, "milestone of objective 1: 'Baseline by 10 October'.")
        XCTAssertEqual(list.dated[0].cites, ["objectives.1"])
        // "mid-year check in February", "final assessment in June"... name no day.
        XCTAssertEqual(list.milestonesWithoutDay, 7)
        let checkIn = try XCTUnwrap(list.undated.first { $0.kind == .checkIn })
        XCTAssertTrue(checkIn.text.contains("'Half-termly check-ins with the line manager, the first in November.' but no dates in the plan"), checkIn.text)
        XCTAssertEqual(checkIn.cites, ["monitoring.1", "monitoring.2"])
        XCTAssertFalse(list.undated.contains { $0.kind == .objectives }, "the 2025-26 objectives are agreed")
        // A window that reaches 1 September brings the pay review in.
        XCTAssertTrue(due(try Fixtures.workedExample(), on: "2025-10-01", days: 340).dated.contains { $0.kind == .payReview })
        XCTAssertFalse(list.dated.contains { $0.kind == .payReview })
    }

    func testDatedCheckInsForANewASTAreListedInTheWindowOnly() {
        let plan = Fixtures.stored(Record(kind: .planning, status: .agreed, ast: "Zoë Ní Bhriain", cycle: "2026-27", created: "2026-09-10",
                                          fields: [RecordField("new_in_post", .text("yes")),
                                                   RecordField("informal_reviews", .list([.text("22 October"), .text("2027-02-10"), .text("after Easter")]))]))
        let october = due([plan], on: "2026-10-15")
        XCTAssertEqual(october.dated.map { $0.day!.iso }, ["2026-10-22"])
        XCTAssertEqual(october.dated[0].text, "informal check-in for an AST new in post, planned as '22 October'.")
        XCTAssertFalse(october.undated.contains { $0.kind == .checkIn }, "some check-ins have dates")
        XCTAssertEqual(due([plan], on: "2026-10-23").dated.map(\.kind), [], "a past check-in is not listed")
        let none = Fixtures.stored(Record(kind: .planning, status: .agreed, ast: "Ola", cycle: "2026-27", created: "2026-09-10",
                                          fields: [RecordField("new-in-post", .text("yes"))]))
        let item = due([none], on: "2026-10-15").undated.first { $0.kind == .checkIn }
        XCTAssertTrue(item?.text.contains("the plan lists no informal reviews") ?? false)
    }

    func testASupportPlanReviewIsDueOnItsDayAndOverdueWhenNothingWasSavedSince() {
        func support(updated: String, improved: String? = nil) -> StoredRecord {
            var fields = [RecordField("stage", .text("starting")), RecordField("next_review", .text("2026-03-23"))]
            if let improved { fields.append(RecordField("improved", .text(improved))) }
            return Fixtures.stored(Record(kind: .support, status: .agreed, ast: "Amir Okafor", cycle: "2025-26", created: "2026-02-09",
                                          updated: updated, fields: fields))
        }
        let coming = due([support(updated: "2026-02-16")], on: "2026-03-16")
        XCTAssertEqual(coming.dated.map(\.kind), [.supportReview])
        XCTAssertFalse(coming.dated[0].overdue)
        XCTAssertEqual(coming.dated[0].cites, ["qa.9", "monitoring.1"])
        let late = due([support(updated: "2026-02-16")], on: "2026-04-01")
        XCTAssertEqual(late.overdueCount, 1)
        XCTAssertTrue(late.dated[0].text.contains("was due on 23 March 2026; nothing has been saved on the plan since"), late.dated[0].text)
        XCTAssertEqual(late.dated[0].summary, "Overdue: Support plan review: Amir Okafor")
        XCTAssertEqual(due([support(updated: "2026-03-24")], on: "2026-04-01").dated.count, 0, "saved after the review day")
        XCTAssertEqual(due([support(updated: "2026-02-16", improved: "yes")], on: "2026-04-01").dated.count, 0, "improved")
        let undated = Fixtures.stored(Record(kind: .support, ast: "Amir Okafor", cycle: "2025-26", created: "2026-02-09",
                                             fields: [RecordField("stage", .text("starting"))]))
        XCTAssertEqual(due([undated], on: "2026-04-01").undated.filter { $0.kind == .supportReview }.count, 1)
    }

    func testRangeReviewsTheReviewsCallForAndOneASTHoweverTheNameIsTyped() {
        let top = Fixtures.review("Zoë Ní Bhriain", outcomes: ["met"], rangeStart: 10, point: 13, points: 1)
        let plan = Fixtures.stored(Record(kind: .planning, ast: "ZOE  NI BHRIAIN", cycle: "2025-26", created: "2025-09-20"), folder: "zoe-2")
        let list = due([top, plan], on: "2026-06-01")
        XCTAssertEqual(list.astCount, 1)
        XCTAssertEqual(list.undated.map(\.kind), [.objectives, .rangeReview])
        XCTAssertTrue(list.undated[0].text.contains("saved as a draft (zoe-2/2025-26-planning) and not yet agreed"))
        XCTAssertTrue(list.undated[1].text.contains("the award takes the AST to the top of the five-point range"))
        XCTAssertEqual(list.undated[1].cites, ["qa.17", "pay-review.1"])
        let atTop = Fixtures.review("Beth", outcomes: ["met"], rangeStart: 10, point: 14, points: 0)
        XCTAssertTrue(due([atTop], on: "2026-06-01").undated.contains { $0.text.contains("already on the top point") })
        let none = Fixtures.review("Gus", outcomes: ["met"], rangeStart: 10, point: 11, points: 1)
        XCTAssertFalse(due([none], on: "2026-06-01").undated.contains { $0.kind == .rangeReview })
    }

    func testASTsWhoseRecordsAreAllOlderThanLastCycleAreLeftOut() {
        let old = Fixtures.review("Ivo", cycle: "2023-24", outcomes: ["met"], points: 1)
        let list = due([old], on: "2026-09-01")
        XCTAssertEqual(list.astCount, 0)
        XCTAssertTrue(list.dated.isEmpty && list.undated.isEmpty)
    }

    /// Every paragraph id an item cites is one of the guide's.
    func testEveryCitationIsAParagraphOfTheGuide() throws {
        let known = Set(Fixtures.guidance.passages.map(\.id))
        var cites = Set(RangeReviewReason.allCases.flatMap(\.cites))
        for day in ["2025-10-01", "2026-03-16", "2026-04-01", "2026-09-01"] {
            for d in [14, 400] {
                let list = due(try Fixtures.workedExample() + [Fixtures.review("Ola", outcomes: ["met"], rangeStart: 10, point: 14, points: 0)], on: day, days: d)
                cites.formUnion((list.dated + list.undated).flatMap(\.cites))
            }
        }
        XCTAssertGreaterThan(cites.count, 8)
        XCTAssertEqual(cites.subtracting(known), [], "cited but not in the guide")
    }
}
