import Foundation
import XCTest
@testable import Guidance

/// Each fixture in `Fixtures/interviews/` is a deliberately broken interview;
/// the `.expected` file beside it holds the exact diagnostics it must produce.
final class InterviewRuleTests: XCTestCase {
    static let guide = """
    version: 1
    document: {title: Test guide, reference: TEST/1, published: 2004-01}
    sections:
      - id: objectives
        title: Objectives
        paragraphs: [objectives.1, objectives.2]
      - id: qa
        title: Questions and Answers
        paragraphs: [qa.14, qa.17]
    """

    /// Loads one interview text with the minimal guide; returns the diagnostics about that file.
    func diagnostics(_ name: String, _ text: String) -> [String] {
        let result = GuidanceLoader.load(files: [("guide.yaml", Self.guide), ("interviews/\(name).yaml", text)])
        return result.diagnostics.filter { $0.location.file.hasSuffix("interviews/\(name).yaml") }.map(\.description)
    }

    func fixtureURLs() throws -> [URL] {
        let dir = try XCTUnwrap(Bundle.module.url(forResource: "Fixtures", withExtension: nil)).appendingPathComponent("interviews")
        return try FileManager.default.contentsOfDirectory(at: dir, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "yaml" }.sorted { $0.path < $1.path }
    }

    func testEachBrokenFixtureProducesExactlyItsDiagnostics() throws {
        let urls = try fixtureURLs()
        XCTAssertGreaterThanOrEqual(urls.count, 11, "one fixture per rule G020-G029 and G033")
        var codes = Set<String>()
        for url in urls {
            let name = url.deletingPathExtension().lastPathComponent
            let text = try String(contentsOf: url, encoding: .utf8)
            if ProcessInfo.processInfo.environment["ASTPM_RECORD"] == "1" {
                // Re-record into the source tree (not the copied bundle).
                let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
                    .appendingPathComponent("Fixtures/interviews/\(name).expected")
                try (diagnostics(name, text).joined(separator: "\n") + "\n").write(to: source, atomically: false, encoding: .utf8)
                continue
            }
            let expected = try String(contentsOf: url.deletingPathExtension().appendingPathExtension("expected"), encoding: .utf8)
                .split(separator: "\n").map(String.init)
            XCTAssertEqual(diagnostics(name, text), expected, name)
            codes.insert(String(name.prefix(4)))
        }
        XCTAssertEqual(codes, Set((20...29).map { "G0\($0)" } + ["G033"]))
    }

    func testEveryInterviewRuleHasAStableCode() {
        XCTAssertEqual(interviewRules.map { $0.code }, (20...29).map { "G0\($0)" } + ["G033"])
    }

    func testOffersMustBeKnownAndOnATextOrListStep() {
        func interview(_ type: String, _ offers: String) -> String {
            """
            version: 1
            id: offers
            title: Offers
            record: {kind: review}
            start: a
            steps:
              - id: a
                type: \(type)
                prompt: Which objective?
                why: Needed.
                cites: [objectives.1]
                help: A name.
                offers: \(offers)
                next: end
            """
        }
        XCTAssertEqual(diagnostics("offers", interview("text", "plan-objectives")), [])
        let unknown = diagnostics("offers", interview("text", "plans"))
        XCTAssertEqual(unknown.count, 1)
        XCTAssertTrue(unknown[0].contains("'offers' in step 'a' is 'plans'; it can be: plan-objectives"), unknown[0])
        XCTAssertTrue(diagnostics("offers", interview("date", "plan-objectives")).first?.contains("needs a text or list step") ?? false)
        let ok = GuidanceLoader.load(files: [("guide.yaml", Self.guide), ("interviews/offers.yaml", interview("list", "plan-objectives"))])
        XCTAssertEqual(ok.guidance?.interviews.first?.steps.first?.offers, .planObjectives)
    }

    func testBadConditionSyntaxIsReportedWithItsPlace() {
        let text = """
        version: 1
        id: t
        title: T
        record: {kind: planning}
        start: a
        steps:
          - id: a
            type: number
            prompt: A?
            why: W.
            cites: [qa.14]
            help: H.
            next:
              - if: a >= (3
                go: end
              - go: end
        """
        XCTAssertEqual(diagnostics("t", text), [
            "Guidance/interviews/t.yaml:14:13: error: [G027] 'if' in a route of step 'a': a '(' is not closed",
        ])
    }

    func testShippedInterviewsLoadWithNoDiagnosticsAtAll() throws {
        let dir = try XCTUnwrap(GuidanceLoader.builtInDirectory)
        let result = GuidanceLoader.load(directory: dir, displayRoot: "Guidance")
        XCTAssertEqual(result.diagnostics.filter { $0.location.file.contains("interviews/") }.map(\.description), [])
        let ids = Set(try XCTUnwrap(result.guidance).interviews.map(\.id))
        XCTAssertEqual(ids, ["objectives", "evidence", "review", "support", "tour"])
    }
}
