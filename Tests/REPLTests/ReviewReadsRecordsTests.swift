import Foundation
import Records
@testable import REPL
import Store
import XCTest

/// The annual review reads the plan and the evidence log made by the
/// interviews (issue 12), and the review saved to a real store keeps what it
/// was judged against through the file format.
final class ReviewReadsRecordsTests: XCTestCase {
    func inputs(_ transcript: String) throws -> [String] {
        let text = try String(contentsOf: TranscriptRunner.transcriptsDirectory.appendingPathComponent("\(transcript).txt"), encoding: .utf8)
        return TranscriptRunner.inputs(of: text)
    }

    let review = ["start review", "zoe ni bhriain", "2025/26", "Sam Patel", "2026-07-10",
                  "", "partly", "", "no",             // objective 1 from the plan, its logged evidence
                  "", "", "met", "observation notes", // Enter: another; Enter: objective 2, with nothing logged
                  "", "skip", "both-effective", "yes", "yes", "12", "13", "1", "yes", "no", "no", "skip",
                  "yes", "", "", "2026-07-10", "skip", "skip"]

    func testAReviewAfterThePlanAndLogShowsTheirEvidenceAndTheFileKeepsIt() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("astpm-review-reads-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let store = try FileRecordStore(root: root, savedBy: "tester@host", makeSuffix: { "0001" })
        _ = TranscriptRunner.run(try inputs("interview-objectives"), store: store)
        _ = TranscriptRunner.run(try inputs("interview-evidence"), store: store)
        let text = TranscriptRunner.run(review, store: store)
        let flat = text.replacingOccurrences(of: "\n    ", with: " ").replacingOccurrences(of: "\n", with: " ")
        XCTAssertTrue(flat.contains("Evidence logged against objective 1 (evidence log zoe-ni-bhriain-0001/2025-26-evidence, agreed"), text)
        XCTAssertTrue(flat.contains("Caution: Item 1 is verbal feedback: acceptable, but less transparent to the AST than a written record; AST told what was said: no. [qa.5]"), text)
        XCTAssertTrue(flat.contains("Caution: Item 1 is a one-off example; judge performance over time rather than on it alone. [monitoring.4]"), text)
        XCTAssertTrue(flat.contains("Enter (or 'keep') for: items 1 and 2 of the evidence log zoe-ni-bhriain-0001/2025-26-evidence"), text)
        XCTAssertTrue(flat.contains("Nothing in the evidence log zoe-ni-bhriain-0001/2025-26-evidence (agreed, updated 2026-09-01) is logged against objective 2."), text)
        XCTAssertTrue(text.contains("Saved as agreed record zoe-ni-bhriain-0001/2025-26-review"), text)

        let saved = try store.load(RecordID("zoe-ni-bhriain-0001/2025-26-review")).record
        XCTAssertEqual(saved.fields.value("judged-against"), .list([
            .text("objectives record zoe-ni-bhriain-0001/2025-26-planning (agreed, updated 2026-09-01, 2 objectives)"),
            .text("evidence log zoe-ni-bhriain-0001/2025-26-evidence (agreed, updated 2026-09-01, 2 items)")]))
        guard case .list(let objectives)? = saved.fields.value("objectives"), objectives.count == 2,
              case .map(let first) = objectives[0], case .map(let second) = objectives[1] else { return XCTFail("\(saved.fields)") }
        XCTAssertEqual(first.text("objective"), "Help the maths department at Northgate raise Y9 problem-solving")
        guard case .list(let kept)? = first.value("logged-evidence") else { return XCTFail("\(first)") }
        XCTAssertEqual(kept.count, 2)
        XCTAssertTrue(kept.allSatisfy { if case .text(let t) = $0 { t.hasPrefix("Item ") } else { false } }, "\(kept)")
        XCTAssertEqual(second.value("logged-evidence"), .list([]), "nothing was logged against objective 2, and the record says so")
        XCTAssertEqual(second.text("evidence"), "observation notes")
    }

    func testEvidenceTiedToNoObjectiveOfThePlanIsNamedWhenChoosingOne() throws {
        let store = MemoryRecordStore()
        _ = try store.create(Record(kind: .planning, status: .agreed, ast: "Zoë Ní Bhriain", cycle: "2025-26", created: "2025-09-15",
                                    fields: [RecordField("objectives", .list([.map([RecordField("objective", .text("Year 9 fractions"))])]))]))
        let item: [(String, String)] = [("kind", "email or letter from a teacher supported"), ("source", "Head of year 7"),
                                        ("date", "2026-02-02"), ("bears_on", "whole-school marking"), ("weight", "low")]
        _ = try store.create(Record(kind: .evidence, status: .draft, ast: "Zoë Ní Bhriain", cycle: "2025-26", created: "2026-02-02",
                                    fields: [RecordField("items", .list([.map(item.map { RecordField($0.0, .text($0.1)) })]))]))
        let text = TranscriptRunner.run(["start review", "Zoë Ní Bhriain", "2025-26", "Sam Patel", "2026-07-10"], store: store)
        XCTAssertTrue(text.contains("""
            Type a number to take one of these, or type the objective.
            Logged against none of them (evidence log zoe-ni-bhriain-0001/2025-26-evidence):
              Item 1, bearing on 'whole-school marking': email or letter from a teacher supported from Head of
              year 7 (2026-02-02, weight low)
            """), text)
    }

    func testTheEvidenceLogStillOffersThePlansObjectivesByNumber() throws {
        let store = MemoryRecordStore()
        _ = TranscriptRunner.run(try inputs("interview-objectives"), store: store)
        let text = TranscriptRunner.run(try inputs("interview-evidence"), store: store)
        XCTAssertTrue(text.contains("  2. Lead lesson study on questioning in own classes\nYou can type their numbers"), text)
    }
}
