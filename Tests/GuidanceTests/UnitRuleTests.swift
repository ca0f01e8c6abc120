import Foundation
import XCTest
@testable import Guidance

/// Each fixture in `Fixtures/units/` is a deliberately broken Guidance file. Its
/// first line names where it is loaded (`# path: passages/objectives.yaml`), over
/// a small valid base; the `.expected` file beside it holds the exact diagnostics
/// the whole load must produce. ASTPM_RECORD=1 rewrites the `.expected` files.
final class UnitRuleTests: XCTestCase {
    static let base: [String: String] = [
        "guide.yaml": """
        version: 1
        document: {title: Test guide, reference: TEST/1}
        sections:
          - id: objectives
            title: Objectives
            paragraphs: [objectives.1, objectives.2]
          - id: qa
            title: Questions and Answers
            paragraphs: [qa.14]
        """,
        "passages/objectives.yaml": """
        version: 1
        section: objectives
        passages:
          - id: objectives.1
            title: Objectives on pupil progress and practice
            summary: Agree objectives on pupil progress and practice.
          - id: objectives.2
            title: Balance and outreach time
            summary: Objectives cover outreach, inreach and teaching.
        """,
        "passages/qa.yaml": """
        version: 1
        section: qa
        passages:
          - id: qa.14
            title: More than one point at a time
            question: Can an AST go up more than one point?
            short: Yes, within the range.
            verdict_when: [more than one, two points]
            summary: Several points may be given within the range.
        """,
    ]

    func load(_ files: [String: String]) -> [String] {
        GuidanceLoader.load(files: files.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }).diagnostics.map(\.description)
    }

    func testTheBaseIsValid() {
        XCTAssertEqual(load(Self.base), [])
    }

    func testEachBrokenFixtureProducesExactlyItsDiagnostics() throws {
        let dir = try XCTUnwrap(Bundle.module.url(forResource: "Fixtures", withExtension: nil)).appendingPathComponent("units")
        let urls = try FileManager.default.contentsOfDirectory(at: dir, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "yaml" }.sorted { $0.path < $1.path }
        var codes = Set<String>()
        for url in urls {
            let name = url.deletingPathExtension().lastPathComponent
            let text = try String(contentsOf: url, encoding: .utf8)
            let path = try XCTUnwrap(text.split(separator: "\n").first?.split(separator: ":", maxSplits: 1).last)
                .trimmingCharacters(in: .whitespaces)
            var files = Self.base
            files[path] = text
            let actual = load(files)
            if ProcessInfo.processInfo.environment["ASTPM_RECORD"] == "1" {
                let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/units/\(name).expected")
                try (actual.joined(separator: "\n") + "\n").write(to: source, atomically: false, encoding: .utf8)
                continue
            }
            let expected = try String(contentsOf: url.deletingPathExtension().appendingPathExtension("expected"), encoding: .utf8)
                .split(separator: "\n").map(String.init)
            XCTAssertEqual(actual, expected, name)
            let code = String(name.prefix(4))
            XCTAssertTrue(actual.contains { $0.contains("[\(code)]") }, "\(name) must produce a \(code) diagnostic")
            codes.insert(code)
        }
        let ruleCodes = ["G001", "G002", "G003", "G004", "G005", "G006"] + GuidanceValidator.rules.map { $0.code }
            .filter { code in !interviewRules.contains { $0.code == code } }
        XCTAssertEqual(codes, Set(ruleCodes), "one fixture per rule")
    }
}
