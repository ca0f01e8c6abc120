import XCTest
@testable import Advisor

final class DebugRankingTests: XCTestCase {
    func testPrintRanking() throws {
        guard let q = ProcessInfo.processInfo.environment["ASTPM_DEBUG_Q"] else { throw XCTSkip("set ASTPM_DEBUG_Q") }
        for line in q.split(separator: "|") {
            print("Q: \(line)")
            print("  terms: \(DevSetTests.advisor.ranker.index.extractor.analyzer.terms(String(line)))")
            for r in DevSetTests.advisor.ranking(String(line)) { print("  \(r.id) \(String(format: "%.3f", r.score))") }
        }
    }
}
