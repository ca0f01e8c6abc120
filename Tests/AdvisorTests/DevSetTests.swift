import Foundation
import XCTest
@testable import Advisor
import Guidance

/// Measures the advisor on the public dev set in ../shared/eval (when present).
/// The thresholds are floors well under the aims, so the test catches a
/// regression without pinning exact numbers; Scripts/eval prints the figures.
final class DevSetTests: XCTestCase {
    struct Item: Decodable { var id: String; var question: String; var primary: [String]?; var acceptable: [String]? }

    static let guidance: GuidanceSet = GuidanceLoader.load(directory: GuidanceLoader.builtInDirectory!).guidance!
    static let advisor = Advisor(guidance: guidance, tuning: tuningFromEnvironment())

    func load(_ name: String) throws -> [Item] {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let dir = ProcessInfo.processInfo.environment["ASTPM_EVAL_DIR"].map { URL(fileURLWithPath: $0) }
            ?? root.deletingLastPathComponent().appendingPathComponent("shared/eval")
        let url = dir.appendingPathComponent(name)
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { throw XCTSkip("no dev set at \(url.path)") }
        return try text.split(separator: "\n").map { try JSONDecoder().decode(Item.self, from: Data($0.utf8)) }
    }

    func testInScopeQuestionsAreAnsweredFromTheRightParagraphs() throws {
        let items = try load("dev-questions.jsonl")
        var top1 = 0, top3 = 0, declined = 0
        for item in items {
            let a = Self.advisor.answer(item.question)
            if ProcessInfo.processInfo.environment["ASTPM_EVAL_SIM"] != nil {
                let top = Self.advisor.ranker.rank(item.question).first
                print("SIM in \(String(format: "%.3f cov %.2f", top?.similarity ?? 0, top?.coverage ?? 0)) \(top?.unit.id ?? "-") \(item.question.prefix(60))")
            }
            let good = Set((item.primary ?? []) + (item.acceptable ?? []))
            if !a.covered { declined += 1 }
            if let f = a.citations.first, good.contains(f) { top1 += 1 }
            if a.citations.prefix(3).contains(where: good.contains) { top3 += 1 }
            if ProcessInfo.processInfo.environment["ASTPM_EVAL_VERBOSE"] != nil, !(a.citations.first.map(good.contains) ?? false) {
                print("MISS \(item.id) \(item.question) -> \(a.covered ? a.citations.joined(separator: ",") : "DECLINED \(a.gapID ?? a.headline)") want \(item.primary ?? [])")
            }
        }
        print("dev in-scope: top-1 \(top1)/\(items.count), top-3 \(top3)/\(items.count), wrongly declined \(declined)/\(items.count)")
        XCTAssertGreaterThanOrEqual(Double(top1) / Double(items.count), 0.75)
        XCTAssertGreaterThanOrEqual(Double(top3) / Double(items.count), 0.85)
        XCTAssertLessThanOrEqual(Double(declined) / Double(items.count), 0.10)
    }

    func testOutOfScopeQuestionsAreDeclined() throws {
        let items = try load("dev-out-of-scope.jsonl")
        var declined = 0
        for item in items {
            let a = Self.advisor.answer(item.question)
            if ProcessInfo.processInfo.environment["ASTPM_EVAL_SIM"] != nil {
                let top = Self.advisor.ranker.rank(item.question).first
                print("SIM out \(String(format: "%.3f cov %.2f", top?.similarity ?? 0, top?.coverage ?? 0)) \(top?.unit.id ?? "-") \(item.question.prefix(60))")
            }
            if !a.covered { declined += 1 } else if ProcessInfo.processInfo.environment["ASTPM_EVAL_VERBOSE"] != nil {
                print("ANSWERED \(item.id) \(item.question) -> \(a.citations)")
            }
        }
        print("dev out-of-scope: declined \(declined)/\(items.count)")
        XCTAssertGreaterThanOrEqual(Double(declined) / Double(items.count), 0.8)
    }
}
