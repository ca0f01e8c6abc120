import XCTest
import Guidance
import Records
@testable import InterviewEngine

/// The line manager named in the configuration file is the answer Enter
/// accepts wherever an interview asks for the line manager's name.
final class ConfiguredLineManagerTests: XCTestCase {
    /// The first answers of each shipped interview up to its line-manager question.
    let before: [String: [String]] = [
        "objectives": ["Zoë Ní Bhriain", "Hillside Academy"],
        "evidence": ["Zoë Ní Bhriain", "2025-26"],
        "review": ["Zoë Ní Bhriain", "2025-26"],
        "support": ["Zoë Ní Bhriain", "2025-26"],
        "tour": [],
    ]

    func testEveryInterviewOffersTheConfiguredNameAndEnterTakesIt() {
        for (id, answers) in before {
            var e = InterviewEngine(interview: Shipped.interview(id), today: "2026-09-10")
            e.settings = InterviewSettings(lineManager: "Femi Adeyemi")
            _ = e.answerAll(answers)
            let q = e.currentQuestion
            XCTAssertEqual(q?.offers, .configuredLineManager, id)
            XCTAssertEqual(q?.defaultAnswer, "Femi Adeyemi", id)
            XCTAssertEqual(q?.defaultSource, "the line manager in the configuration file", id)
            let key = q!.key
            _ = e.answer("")
            XCTAssertEqual(e.state.answers[key], .text("Femi Adeyemi"), id)
        }
    }

    func testATypedNameReplacesItAndWithoutASettingNothingIsOffered() {
        var e = InterviewEngine(interview: Shipped.interview("support"), today: "2026-09-10")
        e.settings = InterviewSettings(lineManager: "  Femi Adeyemi ")
        _ = e.answerAll(["Zoë", "2025-26"])
        XCTAssertEqual(e.currentQuestion?.defaultAnswer, "Femi Adeyemi", "spaces trimmed")
        _ = e.answer("Sam Patel")
        XCTAssertEqual(e.state.answers["line-manager"], .text("Sam Patel"))

        for setting in [nil, "", "   "] as [String?] {
            var plain = InterviewEngine(interview: Shipped.interview("support"), today: "2026-09-10")
            plain.settings = InterviewSettings(lineManager: setting)
            _ = plain.answerAll(["Zoë", "2025-26"])
            XCTAssertNil(plain.currentQuestion?.defaultAnswer)
            XCTAssertEqual(plain.answer("").error, .empty(optional: false), "Enter with nothing offered is refused as before")
        }
    }

    /// The school named in the configuration file is what Enter accepts for
    /// the plan's "Which school employs the AST?".
    func testThePlanOffersTheConfiguredSchool() {
        var e = InterviewEngine(interview: Shipped.interview("objectives"), today: "2026-09-10")
        e.settings = InterviewSettings(lineManager: "Femi Adeyemi", school: " Elmfield High School ")
        _ = e.answerAll(["Zoë Ní Bhriain"])
        let q = e.currentQuestion
        XCTAssertEqual(q?.offers, .configuredSchool)
        XCTAssertEqual(q?.defaultAnswer, "Elmfield High School")
        XCTAssertEqual(q?.defaultSource, "the school in the configuration file")
        let key = q!.key
        _ = e.answer("")
        XCTAssertEqual(e.state.answers[key], .text("Elmfield High School"))
        var plain = InterviewEngine(interview: Shipped.interview("objectives"), today: "2026-09-10")
        _ = plain.answerAll(["Zoë Ní Bhriain"])
        XCTAssertNil(plain.currentQuestion?.defaultAnswer, "no school configured, nothing offered")
    }
}
