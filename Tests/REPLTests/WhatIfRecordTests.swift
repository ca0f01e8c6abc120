import Records
import Store
@testable import REPL
import XCTest

/// A pay what-if on a saved review uses the record's facts and leaves it unchanged.
final class WhatIfRecordTests: XCTestCase {
    func review(point: String, rangeStart: String, points: String) -> Record {
        Record(kind: .review, status: .agreed, ast: "Zoë Ní Bhriain", cycle: "2025-26", created: "2026-07-01",
               fields: [RecordField("range-start", .text(rangeStart)), RecordField("current-point", .text(point)),
                        RecordField("points", .text(points)), RecordField("first-year", .text("no"))])
    }

    func testUsesTheRecordsFactsAndChangesNothing() throws {
        let store = MemoryRecordStore()
        let saved = try store.create(review(point: "21", rangeStart: "18", points: "1"))
        let text = TranscriptRunner.run(["whatif pay --record \(saved.id) --award 3"], store: store)
        let flat = text.replacingOccurrences(of: "\n", with: " ")
        XCTAssertTrue(flat.contains("spine point 21; a range starting at spine point 18; on point 4 of a five-point range"), text)
        XCTAssertTrue(flat.contains("From point 4 of the five-point range only 1 point remains, so 3 performance points cannot be"), text)
        XCTAssertTrue(text.contains("[qa.17]"), "reaching the top prompts a range review: \(text)")
        XCTAssertEqual(try store.load(saved.id).record, saved.record)
        XCTAssertEqual(try store.load(saved.id).revision, saved.revision)
    }

    /// A review saved by the interview writes `range_start`; the worked example
    /// and hand-written files write `range-start`. Both are read.
    func testReadsAReviewTheInterviewSaved() throws {
        let store = MemoryRecordStore()
        let transcript = try String(contentsOf: TranscriptRunner.transcriptsDirectory.appendingPathComponent("interview-review.txt"), encoding: .utf8)
        _ = TranscriptRunner.run(TranscriptRunner.inputs(of: transcript), store: store)
        let saved = try XCTUnwrap(try store.list().records.first { $0.record.kind == .review })
        let text = TranscriptRunner.run(["whatif pay --record \(saved.id)"], store: store)
        let flat = text.replacingOccurrences(of: "\n", with: " ")
        XCTAssertTrue(flat.contains("spine point 13; a range starting at spine point 12"), text)
    }

    func testRefusesARecordThatIsNotAReview() throws {
        let store = MemoryRecordStore()
        let saved = try store.create(Record(kind: .planning, ast: "A", cycle: "2025-26", created: "2025-10-01"))
        let text = TranscriptRunner.run(["whatif pay --record \(saved.id)"], store: store)
        XCTAssertTrue(text.contains("is a planning record; a pay what-if reads an annual review"), text)
    }
}
