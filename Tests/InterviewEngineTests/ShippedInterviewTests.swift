import XCTest
import Guidance
import Records
@testable import InterviewEngine

/// The five shipped interviews, driven directly (no I/O).
final class ShippedInterviewTests: XCTestCase {
    func testEveryShippedInterviewIsThere() {
        XCTAssertEqual(Set(Shipped.guidance.interviews.map(\.id)), ["objectives", "evidence", "review", "support", "tour"])
    }

    func testOutreachShareDefaultsToTwentyAndAnotherFigureNeedsAReason() {
        var e = InterviewEngine(interview: Shipped.interview("objectives"), today: "2025-09-10")
        e.answerAll(["Zoë Ní Bhriain", "Hillside Academy", "Sam Patel", "skip", "skip", "2025-26", "2025-09-01", "2026-07-17",
                     "yes", "no", "no"])
        XCTAssertEqual(e.currentQuestion?.stepID, "outreach-share")
        XCTAssertEqual(e.currentQuestion?.defaultAnswer, "20")
        var usual = e
        XCTAssertEqual(usual.answer("").question?.heading, "Objective 1", "Enter takes 20% and goes straight to the objectives")
        XCTAssertEqual(e.answer("10%").question?.prompt, "Why is the share 10% rather than the usual 20%?")
    }

    func testObjectivesRepeatAndOutreachObjectivesGetTheGuideChecks() {
        var e = InterviewEngine(interview: Shipped.interview("objectives"), today: "2025-09-10")
        e.answerAll(["Zoë", "Hillside", "Sam", "skip", "Ruth Okafor, LA adviser", "2025-26", "1/9/2025", "17/7/2026",
                     "yes", "no", "no", "",
                     // objective 1: outreach
                     "Support Y9 maths at Northgate", "pupil", "outreach", "Y9 problem-solving up", "Dec, Mar", "proforma, data", "skip",
                     "no", "Northgate School", "yes", "no", "difficult", "no", "Narrow to two classes over two terms", "yes",
                     // objective 2: classroom practice
                     "Lead lesson study in own class", "professional-practice", "classroom", "Two cycles done", "skip", "observation notes", "skip", "yes"])
        XCTAssertEqual(e.currentQuestion?.key, "objectives#2/more")
        let end = e.answer("no")
        XCTAssertEqual(end.question?.stepID, "agreed")
        let texts = e.draftRecord().conclusions.map(\.text)
        XCTAssertTrue(texts.contains { $0.hasPrefix("Every outreach objective is with a setting in difficulty") }, texts.joined(separator: "\n"))
        XCTAssertTrue(texts.contains("Objective 1 (Support Y9 maths at Northgate): the LEA has not yet helped shape this outreach objective."))
        XCTAssertTrue(texts.contains { $0.hasPrefix("Objective 1 (Support Y9 maths at Northgate) is to be reworded") })
        XCTAssertFalse(texts.contains { $0.hasPrefix("No objective covers pupil progress") })
        guard case .list(let items)? = e.draftRecord().fields.first(where: { $0.key == "objectives" })?.value else { return XCTFail() }
        XCTAssertEqual(items.count, 2)
    }

    func testEvidenceStopsClearlyWithoutAgreedObjectives() {
        var e = InterviewEngine(interview: Shipped.interview("evidence"), today: "2025-11-20")
        e.answerAll(["Zoë", "2025-26", "Sam"])
        guard case .stopped(let why, _) = e.answer("no") else { return XCTFail("expected a stop") }
        XCTAssertTrue(why.text.contains("start objectives"))
        XCTAssertEqual(e.state.phase, .stopped)
    }

    func testVerbalFeedbackCarriesTheGuidesCautionAtThePointOfChoice() {
        var e = InterviewEngine(interview: Shipped.interview("evidence"), today: "2025-11-20")
        let a = e.answerAll(["Zoë", "2025-26", "Sam", "yes", "verbal"])
        XCTAssertEqual(a.remarks.first?.cites, ["qa.5"])
        XCTAssertEqual(a.question?.stepID, "verbal-shared")
    }

    func testReviewAtTheTopOfTheRangeSkipsPointsAndSuggestsARangeReview() {
        var e = InterviewEngine(interview: Shipped.interview("review"), today: "2026-07-10")
        let a = e.answerAll(["Zoë", "2025-26", "Sam", "2026-07-10", "Y9 maths", "met", "proforma and data", "no",
                             "skip", "both", "yes", "yes", "12", "16"])
        XCTAssertEqual(a.question?.stepID, "notes", "points, funds, first year and responsibilities cannot change the outcome")
        let conclusions = e.draftRecord().conclusions
        XCTAssertTrue(conclusions.contains { $0.cites.contains("qa.17") })
        XCTAssertTrue(conclusions.contains { $0.text.hasPrefix("No movement recommended for 1 September: the AST stays on spine point 16") })
        XCTAssertTrue(conclusions.contains { $0.cites == ["monitoring.5"] }, "all met: say they are doing well")
    }

    func testReviewPayRecommendationCitesTheGuideAndListsTheAnswers() {
        var e = InterviewEngine(interview: Shipped.interview("review"), today: "2026-07-10")
        e.answerAll(["Zoë", "2025-26", "Sam", "2026-07-10", "Y9 maths", "partly", "proforma", "yes", "Head of maths left", "no",
                     "coaching", "outreach-weaker", "yes", "no", "yes", "12", "13", "2", "yes", "no", "yes", "skip"])
        let pay = e.draftRecord().conclusions.first { $0.text.hasPrefix("Recommended for 1 September") }
        XCTAssertEqual(pay?.text, "Recommended for 1 September: move from spine point 13 to point 15, 2 points up the five-point range 12-16.")
        XCTAssertEqual(pay?.cites, ["qa.14", "prp.1", "pay.1"])
        XCTAssertEqual(pay?.because, ["range starts at point: 12", "current spine point: 13", "points recommended: 2",
                                      "high quality of performance: yes", "in post for the whole cycle: no",
                                      "evidence justifies an award despite short tenure: yes"])
        let cites = Set(e.draftRecord().conclusions.flatMap(\.cites))
        XCTAssertTrue(cites.isSuperset(of: ["qa.6", "qa.13", "prp.1", "pay-review.1", "qa.16", "development.7"]), "\(cites)")
    }

    func testSupportLeadsToCapabilityOnlyForConsistentSignificantUnderperformance() {
        var e = InterviewEngine(interview: Shipped.interview("support"), today: "2026-02-01")
        let a = e.answerAll(["Zoë", "2025-26", "Sam", "Outreach sessions poorly prepared since October", "outreach", "yes", "2025-11-05",
                             "skip", "no", "Fewer schools this term", "coaching, visit another AST", "yes", "after-support", "no"])
        XCTAssertEqual(a.question?.stepID, "pattern")
        var occasional = e
        XCTAssertEqual(occasional.answer("occasional").question?.stepID, "next-review")
        XCTAssertEqual(e.answer("consistent").question?.stepID, "capability")
        e.answerAll(["yes", "ast-team", "2026-03-20"])
        let cites = e.draftRecord().conclusions.flatMap(\.cites)
        XCTAssertTrue(cites.contains("qa.11") && cites.contains("qa.12") && cites.contains("qa.10"))
    }

    func testTourShowsEachStageThenItsCheckAndScoresTheAnswers() {
        var e = InterviewEngine(interview: Shipped.interview("tour"), today: "2025-09-01")
        e.answerAll(["Sam", "skip"])
        let stage1 = e.answer("2025-26")
        XCTAssertTrue(stage1.remarks.first?.text.hasPrefix("Stage 1 of 8") ?? false)
        XCTAssertEqual(stage1.question?.stepID, "check-role")
        XCTAssertEqual(e.completions("l"), ["lea"])
        let right = e.answer("school")
        XCTAssertTrue(right.remarks[0].text.hasPrefix("Right"))
        XCTAssertTrue(right.remarks[1].text.hasPrefix("Stage 2 of 8"))
        let done = e.answerAll(["20", "lea", "over-time", "yes", "within-range", "review-range", "discuss"])
        let record = try! XCTUnwrap(done.record, "the tour has no agreement step")
        XCTAssertEqual(record.kind, .tour)
        XCTAssertEqual(record.conclusions.first?.text, "Tour completed: 7 of 8 check questions answered as the guide would.")
        XCTAssertTrue(done.remarks.last?.text.hasPrefix("That is the cycle.") ?? false)
    }
}
