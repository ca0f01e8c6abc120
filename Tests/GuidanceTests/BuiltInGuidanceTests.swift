import XCTest
@testable import Guidance

final class BuiltInGuidanceTests: XCTestCase {
    func testBuiltInGuidanceLoadsWithoutErrors() throws {
        let dir = try XCTUnwrap(GuidanceLoader.builtInDirectory)
        let result = GuidanceLoader.load(directory: dir, displayRoot: "Guidance")
        XCTAssertEqual(result.diagnostics.filter { $0.severity == .error }.map(\.description), [])
        let g = try XCTUnwrap(result.guidance)
        XCTAssertEqual(g.outline.paragraphIDs.count, 53)
    }

    /// The decision points the advisor and the interviews rely on, each outcome
    /// with its condition in words and at least one citation.
    func testEveryDecisionPointHasConditionsOutcomesAndCitations() throws {
        let dir = try XCTUnwrap(GuidanceLoader.builtInDirectory)
        let g = try XCTUnwrap(GuidanceLoader.load(directory: dir, displayRoot: "Guidance").guidance)
        let expected: [String: [String]] = [
            "pay-progression": ["several-points", "capped", "reached-top", "short-tenure", "objectives-missed", "funding-points"],
            "range-review": ["any-time", "first-year", "more-senior", "funding-new-range", "funding-progression-new-range"],
            "underperformance": ["discuss-early", "check-demands", "mentors", "no-improvement-pay", "capability-possible",
                                 "procedures", "outreach-case-by-case", "outreach-last-resort"],
            "evidence-weighting": ["line-managers-call", "verbal-feedback", "one-off", "receptiveness"],
            "outreach-setting": ["partnership", "agreement", "mix"],
            "management-role": ["advised-to-give-up", "reflected-in-pm"],
            "reassessment": ["no-five-year", "out-of-post"],
        ]
        for (decision, outcomes) in expected {
            let d = try XCTUnwrap(g.decision(decision), "decision '\(decision)'")
            for id in outcomes { XCTAssertNotNil(d.outcome(id), "\(decision).\(id)") }
            for o in d.outcomes {
                XCTAssertFalse(o.when.isEmpty, "\(decision).\(o.id) says when it applies")
                XCTAssertFalse(o.cites.isEmpty, "\(decision).\(o.id) cites the guide")
            }
        }
        XCTAssertEqual(g.decision("reassessment")?.outcome("out-of-post")?.cites.map(\.value), ["qa.2"])
    }
}
