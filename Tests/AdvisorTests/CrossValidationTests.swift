import Foundation
import XCTest
@testable import Advisor
import Guidance

/// Five-fold cross-validation over the Guidance "ways people ask": train on four
/// fifths of them, ask the held-out fifth. A measure of how well the advisor
/// generalises to phrasings it has not seen, independent of the dev set.
final class CrossValidationTests: XCTestCase {
    func testHeldOutPhrasingsFindTheirUnit() throws {
        let full = GuidanceLoader.load(directory: GuidanceLoader.builtInDirectory!).guidance!
        let folds = 5
        var confusions: [String: Int] = [:]
        var total = 0, top1 = 0, top1Related = 0, top3 = 0, inScope = 0, wronglyDeclined = 0, outOfScope = 0, declined = 0
        for k in 0..<folds {
            var train = full
            var held: [(question: String, unit: String?)] = []
            func split(_ asks: [String], unit: String?) -> [String] {
                var kept: [String] = []
                for (i, a) in asks.enumerated() {
                    if i % folds == k { held.append((a, unit)) } else { kept.append(a) }
                }
                return kept
            }
            for i in train.passages.indices { train.passages[i].asks = split(train.passages[i].asks, unit: train.passages[i].id) }
            for i in train.gaps.indices { train.gaps[i].asks = split(train.gaps[i].asks, unit: nil) }
            for i in train.notCovered.indices { train.notCovered[i].asks = split(train.notCovered[i].asks, unit: nil) }
            let advisor = Advisor(guidance: train, tuning: tuningFromEnvironment())
            for (q, unit) in held {
                let a = advisor.answer(q)
                total += 1
                if let unit {
                    inScope += 1
                    if !a.covered { wronglyDeclined += 1 }
                    let related = Set([unit] + (full.passage(unit)?.related.map(\.value) ?? []))
                    if a.citations.first == unit { top1 += 1 }
                    if let f = a.citations.first, related.contains(f) { top1Related += 1 }
                    if a.citations.prefix(3).contains(where: related.contains) { top3 += 1 }
                    if a.citations.first != unit { confusions["\(unit) -> \(a.covered ? a.citations.first ?? "-" : "DECLINED:" + (a.gapID ?? "topic"))", default: 0] += 1 }
                } else {
                    outOfScope += 1
                    if !a.covered { declined += 1 } else { confusions["OUT -> \(a.citations.first ?? "-")", default: 0] += 1 }
                }
            }
        }
        func pct(_ a: Int, _ b: Int) -> String { String(format: "%.1f%%", 100 * Double(a) / Double(max(b, 1))) }
        print("cross-validation: in-scope top-1 \(pct(top1, inScope)) (or related \(pct(top1Related, inScope))), top-3 (unit or related) \(pct(top3, inScope)), "
              + "wrongly declined \(pct(wronglyDeclined, inScope)); out-of-scope declined \(pct(declined, outOfScope)) of \(outOfScope)")
        if ProcessInfo.processInfo.environment["ASTPM_EVAL_VERBOSE"] != nil {
            for (k, v) in confusions.sorted(by: { $0.value > $1.value }).prefix(400) { print("  confusion \(v)  \(k)") }
        }
        XCTAssertGreaterThan(Double(top1Related) / Double(inScope), 0.5)
        XCTAssertGreaterThan(Double(declined) / Double(outOfScope), 0.5)
    }
}
