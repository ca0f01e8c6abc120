@testable import Advisor
import XCTest

/// The underperformance pathway of the guide, step by step.
final class CapabilityWhatIfTests: XCTestCase {
    let rules = CapabilityWhatIf(guidance: DevSetTests.guidance)

    func testWithoutSupportTheFirstStepIsToTalkAndSupport() {
        let o = rules.evaluate(CapabilityScenario(supportGiven: false))
        XCTAssertEqual(o.stage, "support")
        XCTAssertEqual(o.lines.first?.cites, ["underperformance.2", "qa.9"])
        XCTAssertFalse(o.citations.contains("qa.11"), "capability procedures are not the first step")
    }

    func testImprovementAfterSupportMeansKeepJudgingOverTime() {
        XCTAssertEqual(rules.evaluate(CapabilityScenario(supportGiven: true, improved: true)).stage, "keep-monitoring")
    }

    func testNoImprovementMakesProgressionUnlikelyButNotCapabilityOnItsOwn() {
        let o = rules.evaluate(CapabilityScenario(supportGiven: true, improved: false, consistentAndSignificant: false))
        XCTAssertEqual(o.stage, "pay-unlikely")
        XCTAssertTrue(o.citations.contains("qa.10"))
        XCTAssertFalse(o.citations.contains("qa.11"))
    }

    func testConsistentAndSignificantAfterSupportMayLeadToTheGoverningBodysProcedures() {
        let o = rules.evaluate(CapabilityScenario(supportGiven: true, improved: false, consistentAndSignificant: true))
        XCTAssertEqual(o.stage, "capability-possible")
        XCTAssertTrue(o.lines.contains { $0.cites == ["qa.11"] && $0.text.contains("governing body") })
        XCTAssertTrue(o.lines.contains { $0.schoolsCall && $0.cites.contains("qa.10") })
    }

    func testOutreachDuringCapabilityIsCaseByCaseWithStoppingAsALastResort() {
        var s = CapabilityScenario(supportGiven: true, improved: false, consistentAndSignificant: true)
        s.aboutOutreach = true
        let outreach = rules.evaluate(s).lines.filter { $0.cites == ["qa.12"] }
        XCTAssertEqual(outreach.count, 2)
        XCTAssertTrue(outreach.last?.text.contains("last resort") ?? false)
    }

    func testAManagementRoleBringsItsLoadIntoTheDiscussion() {
        var s = CapabilityScenario(supportGiven: false)
        s.keepsManagementRole = true
        XCTAssertTrue(rules.evaluate(s).citations.contains("qa.8"))
    }
}
