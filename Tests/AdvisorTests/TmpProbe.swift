@testable import Advisor
import Foundation
import XCTest
final class TmpProbe: XCTestCase {
    func testProbe() throws {
        let a = DevSetTests.advisor
        let text = try String(contentsOfFile: "/tmp/s7/blind7-scenarios.jsonl", encoding: .utf8)
        for line in text.split(separator: "\n") {
            let obj = try JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: Any]
            let id = obj["id"] as! String
            guard ["k05", "k10", "k11", "k26", "k15", "k08", "k02", "k25"].contains(id) else { continue }
            let q = obj["situation"] as! String
            print("PROBE", id)
            for part in QuestionParts.of(q) {
                let r = a.ranking(part).units.first
                let f = a.retrieve(part)
                print("PROBE   part:", part.prefix(90), "|", r?.unit.id ?? "-", String(format: "%.2f", r?.score ?? 0), f.covered ? "covered" : "declined \(f.gapID ?? f.declinedTopic ?? "?")")
            }
        }
    }
}
