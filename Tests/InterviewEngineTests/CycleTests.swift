import XCTest
import Guidance
import Records
@testable import InterviewEngine

/// Cycles have one form, `2026-27`, whatever the spelling typed (issue 12).
final class CycleTests: XCTestCase {
    func testTheUsualSpellingsAllReadAsOneCycle() {
        for typed in ["2026-27", "2026/27", "26-27", "2026-2027", "2026/2027", " 2026 / 27 ", "26/27", "2026–27"] {
            XCTAssertEqual(try? Cycle.parse(typed).get().description, "2026-27", typed)
        }
        XCTAssertEqual(try? Cycle.parse("2099/00").get().description, "2099-00", "a cycle across a century")
    }

    func testAnythingElseIsRefusedWithAnExample() {
        for typed in ["this year", "2026", "", "2026-27-28", "twenty six", "2026-2x"] {
            guard case .failure(.notACycle(let t)) = Cycle.parse(typed) else { return XCTFail("accepted '\(typed)'") }
            XCTAssertEqual(t, typed.trimmingCharacters(in: .whitespaces))
        }
        XCTAssertTrue(Cycle.ParseError.notACycle(typed: "this year").description.contains("e.g. 2026-27"))
    }

    func testTheYearsMustBeConsecutive() {
        for typed in ["2026-28", "2026/2028", "26-26", "2027-26"] {
            XCTAssertEqual(Cycle.parse(typed), .failure(.notConsecutive(typed: typed)), typed)
        }
    }

    func testCanonicalKeepsTextThatIsNotACycle() {
        XCTAssertEqual(Cycle.canonical("2025/26"), "2025-26")
        XCTAssertEqual(Cycle.canonical("odd"), "odd")
    }

    func testEveryShippedInterviewStoresTheCycleInOneForm() {
        for interview in Shipped.guidance.interviews {
            guard let cycleStep = interview.record.cycle?.value else { continue }
            XCTAssertEqual(interview.step(cycleStep)?.kind, .cycle, interview.id)
        }
        var e = InterviewEngine(interview: Shipped.interview("evidence"), today: "2026-11-20")
        _ = e.answer("Zoë Ní Bhriain")
        guard case .invalid(let problem, _) = e.answer("this year") else { return XCTFail("'this year' accepted") }
        XCTAssertTrue(problem.description.contains("e.g. 2026-27"), problem.description)
        guard case .invalid(.notACycle(.notConsecutive), _) = e.answer("2026/28") else { return XCTFail("2026/28 accepted") }
        XCTAssertEqual(e.answer("2026/27").question?.stepID, "line-manager")
        XCTAssertEqual(e.draftRecord().cycle, "2026-27")
    }
}
