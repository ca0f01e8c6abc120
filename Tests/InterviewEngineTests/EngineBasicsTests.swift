import XCTest
import Guidance
import Records
@testable import InterviewEngine

final class EngineBasicsTests: XCTestCase {
    static let small = """
    version: 1
    id: t
    title: Small
    record: {kind: review, ast: name, cycle: year}
    start: name
    agreement:
      why: Agreed records only.
      cites: [qa.6]
      line_manager: manager
      ast: name
    steps:
      - id: name
        type: text
        prompt: Name?
        why: Who.
        cites: [qa.6]
        help: A name.
        next: year
      - id: year
        type: text
        prompt: Year?
        why: When.
        cites: [qa.6]
        help: e.g. 2025-26.
        next: manager
      - id: manager
        type: text
        optional: true
        prompt: Manager?
        why: Who manages.
        cites: [qa.6]
        help: A name.
        next: start-point
      - id: start-point
        type: number
        min: 1
        prompt: Range start?
        why: Range.
        cites: [qa.14]
        help: A number.
        next: point
      - id: point
        type: number
        min: start-point
        max: start-point + 4
        prompt: Point?
        why: Point.
        cites: [qa.14]
        help: A number.
        next: good
      - id: good
        type: yesno
        prompt: Good year?
        why: Pay follows performance.
        cites: [qa.6]
        help: yes or no.
        choices:
          - value: no
            says: Then no points.
            cites: [qa.6]
        next: points
      - id: points
        type: number
        min: 0
        max: start-point + 4 - point
        ask_when: good = yes and point < start-point + 4
        otherwise: "0"
        not_asked_because: no points are possible.
        prompt: Points for {name}?
        why: Several allowed.
        cites: [qa.14]
        help: A number.
        next: when
      - id: when
        type: date
        prompt: Review date?
        why: Dates.
        cites: [qa.6]
        help: A date.
        next: end
    conclusions:
      - id: pay
        compute: pay-progression
        inputs: {current: point, range_start: start-point, points: points}
        cites: [qa.14]
        because: [good]
      - id: top
        when: point + points = start-point + 4
        says: "{name} reaches the top."
        cites: [qa.17]
        because: [point, points]
    """

    func engine() -> InterviewEngine { InterviewEngine(interview: Inline.interview(Self.small), today: "2026-07-01") }

    func testAsksInOrderAndFillsPromptsFromAnswers() {
        var e = engine()
        XCTAssertEqual(e.begin().question?.prompt, "Name?")
        XCTAssertEqual(e.answer("Zoë").question?.stepID, "year")
        e.answerAll(["2025-26", "Sam", "12", "13", "yes"])
        XCTAssertEqual(e.currentQuestion?.prompt, "Points for Zoë?")
        XCTAssertEqual(e.currentQuestion?.help, "A number. Allowed: 0 to 3.")
        XCTAssertEqual(e.currentQuestion?.number, 7)
    }

    func testValidationFailuresSaySpecificallyWhatIsWrongAndAskAgain() {
        var e = engine()
        e.answerAll(["Zoë", "2025-26", "Sam"])
        XCTAssertEqual(e.answer("twelve").error, .notANumber(typed: "twelve"))
        XCTAssertEqual(e.answer("2.5").error, .notWhole(typed: "2.5"))
        XCTAssertEqual(e.answer("0").error, .tooSmall(value: "0", limit: "1", rule: ""))
        XCTAssertEqual(e.answer("").error, .empty(optional: false))
        e.answer("12")
        let tooHigh = e.answer("17")
        XCTAssertEqual(tooHigh.error, .tooLarge(value: "17", limit: "16", rule: " (start-point + 4)"))
        XCTAssertEqual(tooHigh.error?.description, "17 is above the highest allowed here, 16 (start-point + 4).")
        XCTAssertEqual(tooHigh.question?.stepID, "point", "the same question again")
        e.answer("14")
        XCTAssertEqual(e.answer("perhaps").error, .notYesNo(typed: "perhaps"))
        e.answer("y")
        e.answer("2")
        XCTAssertEqual(e.answer("31/2/2026").error, .notADate(typed: "31/2/2026"))
        XCTAssertEqual(e.answer("10/7/2026").question?.stepID, "agreed")
        XCTAssertEqual(e.state.answers["when"], .date("2026-07-10"))
    }

    /// Only plain decimal numbers: `0x10` was read as 16, `1e3` as 1000 and
    /// `nan` passed every bound; a date of ½ or Arabic-Indic digits crashed.
    func testNumbersArePlainDecimalAndDatesRealDays() {
        var e = engine()
        e.answerAll(["Zoë", "2025-26", "Sam"])
        for typed in ["0x10", "1e1", "nan", "inf", "+5", ".5", "5.", "١٢", "1_2"] {
            XCTAssertEqual(e.answer(typed).error, .notANumber(typed: typed), typed)
        }
        XCTAssertEqual(e.answer("1,2").question?.stepID, "point", "a thousands comma is still fine")
        e.answer("14")
        e.answer("y")
        e.answer("2")
        for typed in ["29/2/2026", "31/4/2026", "½/1/2026", "١/١/٢٠٢٦", "2026-02-30"] {
            XCTAssertEqual(e.answer(typed).error, .notADate(typed: typed), typed)
        }
        XCTAssertEqual(e.answer("29/2/2028").question?.stepID, "agreed")
        XCTAssertEqual(e.state.answers["when"], .date("2028-02-29"))
    }

    func testPlainNumberAcceptsOnlyDecimalNotation() {
        for ok in ["0", "12", "-3", "12.5", "007"] { XCTAssertTrue(PlainNumber.isDecimal(ok), ok) }
        for bad in ["", "-", "0x10", "1e3", "1E3", "+4", ".5", "5.", "1.2.3", "nan", "inf", "١٢", " 1", "1 "] {
            XCTAssertFalse(PlainNumber.isDecimal(bad), bad)
        }
        XCTAssertEqual(PlainNumber.decimal("12.5"), 12.5)
        XCTAssertNil(PlainNumber.decimal("0x10"))
    }

    func testSkipOnlyWhereOptional() {
        var e = engine()
        e.begin()
        let refused = e.skip()
        XCTAssertEqual(refused.error, .cannotSkip(why: "Who."))
        e.answerAll(["Zoë", "2025-26"])
        XCTAssertEqual(e.skip().question?.stepID, "start-point")
        XCTAssertEqual(e.state.answers["manager"], .skipped)
    }

    func testBackKeepsLaterAnswersAndEnterKeepsTheEarlierOne() {
        var e = engine()
        e.answerAll(["Zoë", "2025-26", "Sam", "12"])
        XCTAssertEqual(e.back().question?.stepID, "start-point")
        let again = e.back().question
        XCTAssertEqual(again?.stepID, "manager")
        XCTAssertEqual(again?.current, "Sam")
        XCTAssertEqual(e.answer("").question?.stepID, "point", "Enter keeps Sam; start-point is still answered, so on to the first open question")
        XCTAssertEqual(e.state.answers["manager"], .text("Sam"))
        XCTAssertEqual(e.state.answers["start-point"], .number(12))
    }

    func testBackAtTheStartSaysThereIsNothingBefore() {
        var e = engine()
        e.begin()
        XCTAssertEqual(e.back().error, .nothingBefore)
    }

    func testChangingAnAnswerReasksOnlyWhatItInvalidates() {
        var e = engine()
        e.answerAll(["Zoë", "2025-26", "Sam", "12", "13", "yes", "3", "2026-07-10"])
        // Go back to the current point and move it up: 3 points no longer fit (max is now 1).
        while e.currentQuestion?.stepID != "point" { _ = e.back() }
        let next = e.answer("15")
        XCTAssertEqual(next.question?.stepID, "points")
        XCTAssertEqual(next.question?.staleReason, "Your earlier answer (3) no longer fits: 3 is above the highest allowed here, 1 (start-point + 4 - point).")
        XCTAssertEqual(e.answer("1").question?.stepID, "agreed", "the review date is still valid and is not asked again")
        XCTAssertEqual(e.state.answers["when"], .date("2026-07-10"))
        XCTAssertEqual(e.state.answers["name"], .text("Zoë"))
    }

    func testGoalDrivenStepsAreNotAskedWhenTheyCannotChangeTheOutcome() {
        var e = engine()
        let atTop = e.answerAll(["Zoë", "2025-26", "Sam", "12", "16", "yes"])
        XCTAssertEqual(atTop.question?.stepID, "when", "at the top of the range, points are not asked")
        guard case .show(let lines) = e.review() else { return XCTFail() }
        XCTAssertTrue(lines.contains("  points: not asked (taken as 0) - no points are possible."), lines.joined(separator: "\n"))

        var f = engine()
        let poor = f.answerAll(["Zoë", "2025-26", "Sam", "12", "13", "no"])
        XCTAssertEqual(poor.question?.stepID, "when")
        XCTAssertEqual(poor.remarks, [Remark("Then no points.", cites: ["qa.6"])])
    }

    func testAgreementIsNeededBeforeARecordIsAgreed() {
        var e = engine()
        e.answerAll(["Zoë", "2025-26", "Sam", "12", "14", "yes", "2", "2026-07-10"])
        let agreeQ = e.currentQuestion
        XCTAssertEqual(agreeQ?.heading, "Agreement")
        let draft = { () -> Record? in
            var d = e
            d.answer("no")
            return d.answer("The AST wants to add evidence first").record
        }()
        XCTAssertEqual(draft?.status, .draft)
        XCTAssertNil(draft?.agreement)
        XCTAssertEqual(draft?.notes, "Not yet agreed: The AST wants to add evidence first")

        e.answer("yes")
        XCTAssertEqual(e.currentQuestion?.defaultAnswer, "Sam")
        e.answer("")
        XCTAssertEqual(e.currentQuestion?.defaultAnswer, "Zoë")
        e.answer("")
        XCTAssertEqual(e.currentQuestion?.defaultAnswer, "2026-07-01")
        e.answer("")
        e.answer("Well earned")
        let done = e.skip()
        let record = try! XCTUnwrap(done.record)
        XCTAssertEqual(record.status, .agreed)
        XCTAssertEqual(record.agreement, Agreement(lineManager: "Sam", ast: "Zoë", date: "2026-07-01", comments: ["line manager: Well earned"]))
        XCTAssertEqual(record.kind, .review)
        XCTAssertEqual(record.ast, "Zoë")
        XCTAssertEqual(record.cycle, "2025-26")
        XCTAssertEqual(record.fields.map(\.key), ["name", "year", "manager", "start_point", "point", "good", "points", "when"])
        XCTAssertEqual(record.conclusions, [
            Conclusion(text: "Recommended for 1 September: move from spine point 14 to point 16, 2 points up the five-point range 12-16.",
                       cites: ["qa.14"], because: ["start-point: 12", "point: 14", "points: 2", "good: yes"]),
            Conclusion(text: "Zoë reaches the top.", cites: ["qa.17"], because: ["point: 14", "points: 2"]),
        ])
        XCTAssertEqual(e.answer("more?").record, record, "after the end, events just return the record")
    }

    func testPausedStateRoundTripsAndResumesAtTheSameQuestion() throws {
        var e = engine()
        e.answerAll(["Zoë", "2025-26", "Sam", "12"])
        _ = e.back()
        let data = try JSONEncoder().encode(e.state)
        let state = try JSONDecoder().decode(InterviewState.self, from: data)
        XCTAssertEqual(state, e.state)
        var resumed = try InterviewEngine(interview: Inline.interview(Self.small), resuming: state, today: "2026-07-02")
        XCTAssertEqual(resumed.begin(), e.begin())
        XCTAssertThrowsError(try InterviewEngine(interview: Shipped.interview("tour"), resuming: state, today: "2026-07-02"))
    }

    func testExplainListsConclusionsWithAnswersAndParagraphs() {
        var e = engine()
        e.answerAll(["Zoë", "2025-26", "Sam", "12", "15", "yes", "1"])
        XCTAssertEqual(e.explain(), .show([
            "- Recommended for 1 September: move from spine point 15 to point 16, 1 point up the five-point range 12-16.",
            "  because: start-point: 12; point: 15; points: 1; good: yes",
            "  guide: [qa.14]",
            "- Zoë reaches the top.",
            "  because: point: 15; points: 1",
            "  guide: [qa.17]",
        ]))
    }

    func testPayProgressionIsCappedAtTheTopOfTheRange() {
        let p = PayProgression(current: 14, rangeStart: 12, requested: 4)
        XCTAssertEqual(p.awarded, 2)
        XCTAssertEqual(p.newPoint, 16)
        XCTAssertTrue(p.capped)
        XCTAssertTrue(p.reachesTop)
        XCTAssertEqual(p.summary, "Recommended for 1 September: move from spine point 14 to point 16, 2 points up the five-point range 12-16. 4 points were proposed, but the top of the range allows 2.")
        XCTAssertEqual(PayProgression(current: 16, rangeStart: 12, requested: 0).summary,
                       "No movement recommended for 1 September: the AST stays on spine point 16 (range 12-16).")
    }

    func testDatesAcceptBritishOrderAndRejectImpossibleDays() {
        XCTAssertEqual(InterviewDates.parse("1/9/2025"), "2025-09-01")
        XCTAssertEqual(InterviewDates.parse("2024-02-29"), "2024-02-29")
        XCTAssertNil(InterviewDates.parse("2025-02-29"))
        // Found by libFuzzer: a part too long for an Int crashed the parser.
        XCTAssertNil(InterviewDates.parse("2025-11" + String(repeating: "4", count: 60) + "-20"))
        XCTAssertNil(InterviewDates.parse("99999999999999999999/1/2025"))
        XCTAssertNil(InterviewDates.parse("next week"))
    }
}

/// The agreement's name steps do not take a stray yes or no as a person's name.
final class AgreementNameTests: XCTestCase {
    func testAYesTypedAsANameIsRefusedWithAClearMessage() {
        var step = InterviewStep(id: "line-manager-name", kind: .text, prompt: "Line manager's name, as agreeing:",
                                 location: SourceLocation(file: "test", line: 1, column: 1))
        step.expectsName = true
        let parser = AnswerParser(step: step)
        guard case .failure(let error) = parser.parse("yes") else { return XCTFail("'yes' taken as a name") }
        XCTAssertEqual(error, .notAName(typed: "yes"))
        guard case .success(let answer) = parser.parse("Sam Patel") else { return XCTFail("a real name refused") }
        XCTAssertEqual(answer, .text("Sam Patel"))
        XCTAssertTrue(InterviewInputError.notAName(typed: "yes").description.contains("is not a name"))
    }
}
