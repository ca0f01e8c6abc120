import Foundation
import Records
@testable import REPL
import Store
import XCTest

/// One AST is one person (issue 12): the plan, evidence log and review of one
/// AST and cycle land in one folder however the name and cycle are typed.
final class OneASTTests: XCTestCase {
    func testNamesFoldCaseAccentsAndSpaces() {
        for typed in ["Zoë Ní Bhriain", "Zoe Ni Bhriain", "ZOË  NÍ BHRIAIN", " zoe ni  bhriain "] {
            XCTAssertTrue(PersonName.same(typed, "Zoë Ní Bhriain"), typed)
        }
        XCTAssertFalse(PersonName.same("Zoë Ní Bhriain", "Zoë Bhriain"))
        XCTAssertEqual(PersonName.existingSpelling(of: "ZOE NI BHRIAIN", among: ["Sam Lee", "Zoë Ní Bhriain"]), "Zoë Ní Bhriain")
        XCTAssertNil(PersonName.existingSpelling(of: "Sian", among: ["Sam Lee"]))
    }

    /// Finding one AST among thousands compares names without folding each
    /// (`PersonName.folds`): it must agree with folding both, for every name.
    func testComparingANameWithAFoldedOneAgreesWithFoldingBoth() {
        let names = ["Sam Lee", "sam lee", " SAM   LEE ", "Sam Leeds", "Sam Le", "Sa m Lee", "Sam\tLee", "", " ",
                     "Zoë Ní Bhriain", "ZOE NI BHRIAIN", "Zoe Ni Bhriain", "Zoë Bhriain", "O’Neill", "O'Neill", "o'neill",
                     "Ｓａｍ Lee", "Sam\u{00A0}Lee", "Æsa Lee", "Jose\u{0301} Ruiz", "José Ruiz", "Jose Ruiz"]
        for a in names {
            for b in names {
                let folded = PersonName.folded(b)
                XCTAssertEqual(PersonName.folds(a, to: folded), PersonName.folded(a) == folded, "\(a) against \(b)")
            }
        }
        XCTAssertTrue(PersonName.folds("  ZOE  NI BHRIAIN ", to: PersonName.folded("Zoë Ní Bhriain")))
        XCTAssertFalse(PersonName.folds("Sam Lee", to: PersonName.folded("Sam Leeds")))
    }

    func inputs(_ transcript: String, name: String, cycle: String) throws -> [String] {
        let text = try String(contentsOf: TranscriptRunner.transcriptsDirectory.appendingPathComponent("\(transcript).txt"), encoding: .utf8)
        return TranscriptRunner.inputs(of: text).map { $0 == "Zoë Ní Bhriain" ? name : $0 == "2025-26" ? cycle : $0 }
    }

    func testAPlanEvidenceAndReviewTypedDifferentlyEndInOneFolder() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("astpm-one-ast-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        var n = 0
        let store = try FileRecordStore(root: root, savedBy: "tester@host", makeSuffix: { n += 1; return String(format: "%04x", n) })
        _ = TranscriptRunner.run(try inputs("interview-objectives", name: "Zoë Ní Bhriain", cycle: "2025/26"), store: store)
        let evidence = TranscriptRunner.run(try inputs("interview-evidence", name: "ZOË  NÍ BHRIAIN", cycle: "25-26"), store: store)
        XCTAssertTrue(evidence.contains("Taken as Zoë Ní Bhriain, who is already in the records"), evidence)
        _ = TranscriptRunner.run(try inputs("interview-review", name: "Zoe Ni Bhriain", cycle: "2025-2026"), store: store)
        let records = try store.list().records
        XCTAssertEqual(Set(records.map(\.record.kind)), [.planning, .evidence, .review])
        XCTAssertEqual(Set(records.map { $0.id.rawValue.split(separator: "/")[0] }).count, 1, records.map(\.id.rawValue).joined(separator: " "))
        XCTAssertEqual(Set(records.map(\.record.ast)), ["Zoë Ní Bhriain"])
        XCTAssertEqual(Set(records.map(\.record.cycle)), ["2025-26"])
    }

    func testSavingJoinsASpellingAndCycleToTheRecordsAlreadyThere() throws {
        let store = MemoryRecordStore()
        let plan = try store.create(Record(kind: .planning, ast: "Zoë Ní Bhriain", cycle: "2025-26", created: "2025-09-10"))
        let saved = try RecordSaving.save(Record(kind: .planning, ast: "ZOE NI BHRIAIN", cycle: "2025/26", created: "2025-09-20"), store: store)
        XCTAssertEqual(saved.stored.id, plan.id, "a new version of the same AST's plan, not a second AST")
        XCTAssertEqual(saved.stored.record.ast, "Zoë Ní Bhriain")
        XCTAssertEqual(try store.list().records.count, 1)
    }
}
