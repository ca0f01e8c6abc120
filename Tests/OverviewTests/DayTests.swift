@testable import Overview
import Records
import XCTest

/// Calendar days and the days a plan's free text names.
final class DayTests: XCTestCase {
    func testDaysCountAndNameTheirWeekday() {
        let d = Day(iso: "2026-09-01")!
        XCTAssertEqual(Day(ordinal: d.ordinal), d)
        XCTAssertEqual(Day(ordinal: 0).iso, "1970-01-01")
        XCTAssertEqual(d.weekday, "Tuesday")
        XCTAssertEqual(d.long, "1 September 2026")
        XCTAssertEqual(d.compact, "20260901")
        XCTAssertEqual(Day(iso: "2028-02-28")!.adding(days: 1).iso, "2028-02-29")
        XCTAssertEqual(Day(iso: "2027-02-28")!.adding(days: 1).iso, "2027-03-01")
        XCTAssertEqual(Day(iso: "2026-12-31")!.adding(days: 14).iso, "2027-01-14")
        XCTAssertNil(Day(iso: "2026-02-29"))
        XCTAssertNil(Day(iso: "2026-13-01"))
        XCTAssertEqual(Day(iso: "2026-07-01T09:30:00Z")?.iso, "2026-07-01")
        for n in stride(from: -800_000, through: 800_000, by: 997) { XCTAssertEqual(Day(ordinal: n).ordinal, n) }
    }

    func testTheCycleRunsFromSeptemberAndPayIsReviewedOnTheFirst() {
        XCTAssertEqual(Day(iso: "2026-08-31")!.academicYear.description, "2025-26")
        XCTAssertEqual(Day(iso: "2026-09-01")!.academicYear.description, "2026-27")
        XCTAssertEqual(Day(iso: "2026-09-01")!.nextFirstOfSeptember.iso, "2026-09-01")
        XCTAssertEqual(Day(iso: "2026-09-02")!.nextFirstOfSeptember.iso, "2027-09-01")
        XCTAssertEqual(Day(iso: "2026-03-10")!.nextFirstOfSeptember.iso, "2026-09-01")
    }

    func testADayWrittenInAPlanIsFoundAndAMonthAloneIsNot() {
        let cycle = Cycle(startYear: 2025)
        func found(_ text: String) -> String? { DayInText.first(in: text, cycle: cycle)?.iso }
        XCTAssertEqual(found("Baseline by 10 October"), "2025-10-10")
        XCTAssertEqual(found("3rd March"), "2026-03-03")
        XCTAssertEqual(found("proforma back by the 1st of May"), "2026-05-01")
        XCTAssertEqual(found("check on 12/11/2025"), "2025-11-12")
        XCTAssertEqual(found("2025-11-12"), "2025-11-12")
        XCTAssertEqual(found("22 Sept 2026"), "2026-09-22")
        XCTAssertEqual(found("visit 5 Feb, then 12 March"), "2026-02-05")
        XCTAssertNil(found("mid-year check in February"))
        XCTAssertNil(found("final assessment in June"))
        XCTAssertNil(found("October half-term"))
        XCTAssertNil(found("Programme agreed by October half term"))
        XCTAssertNil(found("30 February"))
        XCTAssertNil(found("May 2026"))
        XCTAssertNil(found("six sessions by March"))
        XCTAssertNil(found("Year 9 by 75%"))
        XCTAssertNil(DayInText.first(in: "10 October", cycle: nil), "no cycle, no year: no day")
    }
}
