@testable import Overview
import Records
import XCTest

/// The cycle report's rows and its equality-of-opportunity view.
final class CycleReportTests: XCTestCase {
    func testTheWorkedExampleMakesOneRow() throws {
        let report = CycleReport.compute(Fixtures.digests(try Fixtures.workedExample()), cycle: Cycle(startYear: 2025))
        XCTAssertEqual(report.recordCount, 4)
        XCTAssertEqual(report.rows.count, 1)
        let row = report.rows[0]
        XCTAssertEqual(row.ast, "Siân Prothero")
        XCTAssertEqual(row.plan, .agreed(id: "sian-prothero-3f2a/2025-26-planning", on: Day(iso: "2025-10-06")))
        XCTAssertEqual(row.review.word, "agreed")
        XCTAssertEqual([row.met, row.partly, row.notMet], [2, 1, 0], "'partly met' as the worked example writes it")
        XCTAssertEqual(row.points, 1)
        XCTAssertEqual(row.facts?.newPoint, 20)
        XCTAssertEqual(row.rangeReview, [.firstYear])
        XCTAssertEqual(row.support, "improved")
        XCTAssertEqual(report.equality.groups.count, 1)
        XCTAssertEqual(report.equality.differing, [])
        XCTAssertEqual(row.context.map(\.text), ["a shortfall was judged with circumstances beyond the AST's control"])
        XCTAssertEqual(CycleReport.compute(Fixtures.digests(try Fixtures.workedExample()), cycle: Cycle(startYear: 2026)).rows.count, 0)
    }

    func testASTsWithTheSameOutcomesAndDifferentAwardsArePointedOutWithWhatMayExplainIt() {
        let records = [
            Fixtures.review("Amir", outcomes: ["met", "met", "met"], rangeStart: 10, point: 11, points: 2),
            Fixtures.review("Beth", outcomes: ["met", "met", "met", "met"], rangeStart: 10, point: 14, points: 0),
            Fixtures.review("Chidi", outcomes: ["met", "met"], rangeStart: 10, point: 11, points: 1,
                            extra: [RecordField("high_quality", .text("no"))]),
            Fixtures.review("Dana", outcomes: ["met", "partly"], rangeStart: 10, point: 11, points: 1),
            Fixtures.review("Eoin", outcomes: ["met", "partly", "met", "partly"], rangeStart: 10, point: 11, points: 1),
            Fixtures.review("Fatima", outcomes: ["not-met"], points: nil),
            Fixtures.stored(Record(kind: .planning, status: .agreed, ast: "Gus", cycle: "2025-26", created: "2025-09-20")),
        ]
        let view = CycleReport.compute(Fixtures.digests(records), cycle: Cycle(startYear: 2025)).equality
        XCTAssertEqual(view.groups.map(\.label), ["all objectives met", "met 1 in 2, partly met 1 in 2"])
        XCTAssertEqual(view.differing.count, 1)
        let group = view.differing[0]
        XCTAssertEqual(group.members.map(\.ast), ["Amir", "Chidi", "Beth"], "most points first")
        XCTAssertEqual(group.awards.map(\.points), [0, 1, 2])
        XCTAssertEqual(group.members[2].context, ["already on the top point of the range, so no point was possible"])
        XCTAssertEqual(group.members[2].cites, ["qa.14", "qa.17"])
        XCTAssertEqual(group.members[1].context, ["performance not judged high quality"])
        XCTAssertFalse(view.groups[1].awardsDiffer, "Dana and Eoin: same shares, same award")
        XCTAssertEqual(view.leftOut.map(\.ast), ["Fatima", "Gus"])
        XCTAssertEqual(view.leftOut.map(\.why), ["the review records no points", "no review saved"])
    }
}
