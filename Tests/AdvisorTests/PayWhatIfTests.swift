@testable import Advisor
import Guidance
import XCTest

/// Each pay rule of the guide, evaluated through decisions.yaml.
final class PayWhatIfTests: XCTestCase {
    let payRules = PayWhatIf(guidance: DevSetTests.guidance)

    func outcome(_ s: PayScenario) throws -> PayOutcome { try payRules.evaluate(s) }
    func cites(_ o: PayOutcome) -> Set<String> { Set(o.citations) }

    func testOnePointWithinTheRange() throws {
        let o = try outcome(PayScenario(rangeStart: 8, currentPoint: 9, award: 1))
        XCTAssertEqual(o.newPoint, 10)
        XCTAssertFalse(o.capped)
        XCTAssertTrue(cites(o).isSuperset(of: ["qa.14", "prp.1", "qa.13"]))
        XCTAssertFalse(cites(o).contains("qa.17"), "not at the top, so no range-review prompt")
    }

    func testSeveralPointsAreAllowedAndTheSchoolsCall() throws {
        let o = try outcome(PayScenario(rangeStart: 8, currentPoint: 8, award: 3))
        XCTAssertEqual(o.newPoint, 11)
        XCTAssertTrue(o.lines.contains { $0.schoolsCall && $0.cites.contains("qa.14") })
    }

    func testAwardIsCappedAtTheTopOfTheRangeAndPromptsARangeReview() throws {
        let o = try outcome(PayScenario(rangeStart: 8, currentPoint: 10, award: 4))
        XCTAssertEqual(o.newPoint, 12)
        XCTAssertTrue(o.capped)
        XCTAssertTrue(cites(o).contains("qa.17"))
    }

    func testReachingTheTopExactlyPromptsARangeReview() throws {
        let o = try outcome(PayScenario(rangeStart: 8, currentPoint: 11, award: 1))
        XCTAssertEqual(o.newPoint, 12)
        XCTAssertFalse(o.capped)
        XCTAssertTrue(cites(o).contains("qa.17"))
    }

    func testAlreadyAtTheTopGetsNoPointButARangeReview() throws {
        let o = try outcome(PayScenario(rangeStart: 8, currentPoint: 12, award: 2))
        XCTAssertEqual(o.newPoint, 12)
        XCTAssertTrue(o.lines.first?.cites.contains("qa.17") ?? false)
        XCTAssertFalse(cites(o).contains("qa.13"), "no point awarded, so no performance pay funding")
    }

    func testShortTenureIsWeighedNotBarred() throws {
        var s = PayScenario(rangeStart: 1, currentPoint: 1, award: 1)
        s.monthsInPost = 4
        let o = try outcome(s)
        XCTAssertEqual(o.newPoint, 2)
        XCTAssertTrue(o.lines.contains { $0.text.contains("no minimum") && $0.cites == ["prp.1"] })
    }

    func testFirstYearEndingSuggestsARangeReview() throws {
        var s = PayScenario(rangeStart: 1, currentPoint: 2, award: 1)
        s.firstYearEnding = true
        XCTAssertTrue(cites(try outcome(s)).isSuperset(of: ["pay-review.2", "qa.15"]))
    }

    func testGrownResponsibilitiesBringTheRangeReviewAndItsFunding() throws {
        var s = PayScenario(rangeStart: 1, currentPoint: 2, award: 1)
        s.responsibilitiesGrown = true
        let o = try outcome(s)
        XCTAssertTrue(cites(o).isSuperset(of: ["pay-review.1", "pay-review.3", "qa.16"]))
        XCTAssertTrue(o.lines.contains { $0.text.contains("Standards Fund") && $0.cites.contains("qa.16") },
                      "the jump to a new range is paid from standard AST pay resources")
    }

    func testEachFundingStream() throws {
        var s = PayScenario(rangeStart: 1, currentPoint: 2, award: 1)
        let points = try outcome(s).lines.first { $0.cites.contains("qa.13") }
        XCTAssertTrue(points?.text.contains("Performance Pay Progression (General) grant") ?? false)
        s.responsibilitiesGrown = true
        let lines = try outcome(s).lines
        XCTAssertTrue(lines.contains { $0.text.contains("ordinary pay") && $0.cites.contains("pay-review.3") })
        XCTAssertTrue(lines.contains { $0.text.contains("new range") && $0.text.contains("Performance Pay Progression") })
    }

    func testImpossibleScenariosAreRefusedWithAReason() {
        XCTAssertThrowsError(try outcome(PayScenario(rangeStart: 8, currentPoint: 14, award: 1))) {
            XCTAssertTrue("\($0)".contains("outside the range 8–12"))
        }
        XCTAssertThrowsError(try outcome(PayScenario(rangeStart: 24, currentPoint: 25, award: 1))) {
            XCTAssertTrue("\($0)".contains("run past point 27"))
        }
        XCTAssertThrowsError(try outcome(PayScenario(rangeStart: nil, currentPoint: 30, award: 1)))
        XCTAssertThrowsError(try outcome(PayScenario(rangeStart: 1, currentPoint: 1, award: -1)))
    }

    func testSalaryIsShownOnlyWhereBothPointsHaveSourcedFigures() throws {
        let none = try outcome(PayScenario(rangeStart: 1, currentPoint: 1, award: 2))
        XCTAssertNil(none.salaryAfter, "point 3 has no sourced figure and is never interpolated")
        let answer = Advisor(guidance: DevSetTests.guidance).payAnswer(for: PayScenario(rangeStart: nil, currentPoint: 1, award: 26))
        XCTAssertTrue(answer.notes.first?.contains("£30,501 → £48,657") ?? false, "\(answer.notes)")
    }

    func testQuestionsInWordsAreReadAsScenarios() {
        let s = PayQuestionParser.parse("what if she goes up two points from point 3 on range 1-5?")
        XCTAssertEqual(s?.currentPoint, 3)
        XCTAssertEqual(s?.award, 2)
        XCTAssertEqual(s?.rangeStart, 1)
        XCTAssertNil(PayQuestionParser.parse("can we give an AST two spine points at once"), "no current point: a general question")
        XCTAssertEqual(PayQuestionParser.parse("she's on point 12 of range 10 to 14, award 3")?.award, 3)
        let move = PayQuestionParser.parse("can our AST move from point 7 to point 9 this september")
        XCTAssertEqual(move?.currentPoint, 7)
        XCTAssertEqual(move?.award, 2, "from point 7 to point 9 is two points")
        let top = PayQuestionParser.parse("AST at point 22 in the 18-22 range, can she go up?")
        XCTAssertEqual(top?.rangeStart, 18)
        XCTAssertEqual(top?.currentPoint, 22)
        XCTAssertEqual(PayQuestionParser.parse("what if she goes up a point from 12")?.currentPoint, 12)
        XCTAssertNil(PayQuestionParser.parse("how much is AST spine point 12 in pounds"), "a point alone is not a move")
        XCTAssertEqual(PayQuestionParser.parse("she is on point 12, can she progress this year")?.award, 1)
    }

    func testAtTheTopTheAnswerSaysSoAndPointsToARangeReview() {
        let a = Advisor(guidance: DevSetTests.guidance).answer("AST at point 22 in the 18-22 range, can she go up?")
        XCTAssertTrue(a.headline.contains("top of the range 18–22"), a.headline)
        XCTAssertEqual(a.citations.first, "qa.17")
    }
}
