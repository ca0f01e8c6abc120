import XCTest
import Guidance
import Records
@testable import InterviewEngine

/// The evidence log's items (issue 12): what the evidence says, no high weight
/// for a one-off without a reason [monitoring.4], no dates still to come,
/// "partly" where it is a natural answer, and choices typed as words.
final class EvidenceItemTests: XCTestCase {
    /// An evidence log up to the first item's date.
    func atDate() -> InterviewEngine {
        var e = InterviewEngine(interview: Shipped.interview("evidence"), today: "2026-03-20")
        e.answerAll(["Zoë", "2025-26", "Sam", "yes", "observation", "Sam Patel"])
        XCTAssertEqual(e.currentQuestion?.stepID, "date")
        return e
    }

    func testEvidenceDatedInTheFutureIsRefused() {
        var e = atDate()
        XCTAssertEqual(e.answer("2026-03-21").error, .dateInFuture(date: "2026-03-21", today: "2026-03-20"))
        XCTAssertEqual(e.answer("2026-03-20").question?.stepID, "content", "today itself is fine")
    }

    func testEachItemRecordsWhatTheEvidenceSays() {
        var e = atDate()
        e.answerAll(["2026-03-12", "Y9 set 2 keen on the starters", "1", "no", "no", "moderate", "skip", "no"])
        guard case .list(let items)? = e.draftRecord().fields.first(where: { $0.key == "items" })?.value,
              case .map(let fields)? = items.first else { return XCTFail("no items") }
        XCTAssertEqual(fields.first { $0.key == "content" }?.value, .text("Y9 set 2 keen on the starters"))
    }

    func testAOneOffWeightedHighNeedsAReason() {
        var e = atDate()
        e.answerAll(["2026-03-12", "one lesson", "1", "no", "yes", "high"])
        XCTAssertEqual(e.currentQuestion?.stepID, "one-off-high-reason")
        XCTAssertEqual(e.skip().error, .cannotSkip(why: Shipped.interview("evidence").step("one-off-high-reason")!.why))
        XCTAssertEqual(e.answer("Observed by the LA adviser; matches the data").question?.stepID, "more")
        var low = atDate()
        low.answerAll(["2026-03-12", "one lesson", "1", "no", "yes", "low"])
        XCTAssertEqual(low.currentQuestion?.stepID, "weight-reason", "a lower weight keeps the optional reason")
    }

    func testPartlyIsAnAnswerWhereItIsNatural() {
        var e = atDate()
        e.answerAll(["2026-03-12", "proforma", "1", "yes", "receptive"])
        XCTAssertEqual(e.currentQuestion?.stepID, "built-on")
        XCTAssertEqual(e.answer("Partly").question?.stepID, "one-off")
        e.answerAll(["no", "moderate", "skip", "no"])
        XCTAssertTrue(e.draftRecord().conclusions.contains { $0.text.contains("built on the work: partly") })
    }

    func testChoicesAcceptTheWordsPeopleType() {
        var e = InterviewEngine(interview: Shipped.interview("evidence"), today: "2026-03-20")
        e.answerAll(["Zoë", "2025-26", "Sam", "yes"])
        XCTAssertEqual(e.currentQuestion?.stepID, "kind")
        XCTAssertEqual(e.answer("LEA   report").question?.stepID, "source")
        XCTAssertEqual(e.state.answers["items#1/kind"], .choice("lea-report"))
        var r = InterviewEngine(interview: Shipped.interview("review"), today: "2026-07-10")
        r.answerAll(["Zoë", "2025-26", "Sam", "2026-07-10", "Y9 problem-solving"])
        XCTAssertEqual(r.currentQuestion?.stepID, "outcome")
        XCTAssertEqual(r.answer("NOT MET").question?.stepID, "evidence", "'not met' is not-met")
        let step = InterviewStep(id: "who", kind: .choice, prompt: "Who?", choices: [
            InterviewChoice(value: "line-manager", location: .init(file: "t", line: 1, column: 1)),
            InterviewChoice(value: "head_teacher", location: .init(file: "t", line: 1, column: 1)),
        ], location: .init(file: "t", line: 1, column: 1))
        for (typed, value) in [("line manager", "line-manager"), ("Line-Manager", "line-manager"), ("head teacher", "head_teacher")] {
            XCTAssertEqual(try? AnswerParser(step: step).parse(typed).get(), .choice(value), typed)
        }
    }
}
