import Foundation
import Records
@testable import Store
import XCTest

/// Carriage returns at the ends of lines are dropped on reading, a run of
/// them as well as one, and at the end of the file too, so a record read once
/// writes back and reads back the same. libFuzzer (Scripts/fuzz
/// FuzzRecordFile) found notes ending in a CR that lost it on the second
/// reading, after 131,222 inputs.
final class CarriageReturnTests: XCTestCase {
    let header = "---\nschema: 1\nkind: planning\nstatus: draft\nast: Ann Lee\ncycle: 2025-26\ncreated: 2025-09-22\nupdated: 2025-10-06\n---\n\n"

    func assertStable(_ text: String, notes: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let first = try RecordFileDecoder.decode(text: text, path: "a.md")
        XCTAssertEqual(first.record.notes, notes, file: file, line: line)
        let again = try RecordFileDecoder.decode(text: try RecordFileEncoder.encode(first.record), path: "b.md")
        XCTAssertEqual(again.record, first.record, "the record changed on writing back", file: file, line: line)
    }

    func testNotesEndingInCarriageReturnsReadTheSameTwice() throws {
        try assertStable(header + "Notes.\r", notes: "Notes.")
        try assertStable(header + "Notes.\r\r\r", notes: "Notes.")
        try assertStable(header + "Notes.\r\n", notes: "Notes.")
        try assertStable(header + "Notes.\r\r\n", notes: "Notes.")
    }

    func testRunsOfCarriageReturnsBeforeALineFeedAreLineEnds() throws {
        try assertStable(header.replacingOccurrences(of: "\n", with: "\r\r\n") + "One\r\r\nTwo\r\n", notes: "One\nTwo")
        // A CR inside a line is the text's own and is kept.
        try assertStable(header + "One\rTwo\n", notes: "One\rTwo")
    }

    /// The input libFuzzer found, cut down to what matters: notes that end in
    /// CRs, with a '---' after a CR inside them.
    func testTheFuzzerFinding() throws {
        let text = header + "Objectives agreed\r\r\r\rten.\n# Wr (DfES/\r=\r\rH\r\r---\n# astpm\n0143/2004).\r\r\rmm\r\rH\r\r"
        try assertStable(text, notes: "Objectives agreed\r\r\r\rten.\n# Wr (DfES/\r=\r\rH\r\r---\n# astpm\n0143/2004).\r\r\rmm\r\rH")
    }
}
