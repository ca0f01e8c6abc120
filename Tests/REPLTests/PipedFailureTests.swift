import Foundation
import Guidance
import LineEditing
import Records
import Store
@testable import REPL
import XCTest

/// Piped runs used to exit 0 when a record was not saved. Now any line that
/// fails makes the exit status 1, and `bail` stops at the first one; a person
/// at a terminal is not affected.
final class PipedFailureTests: XCTestCase {
    let example = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Guidance/examples/sian-prothero/2025-26-review.md").path

    func session(store: RecordStore) -> (REPLSession, BufferedOutput) {
        let output = BufferedOutput()
        let guidance = GuidanceSet(outline: GuideOutline(title: "Guide", reference: "DfES/0143/2004", sections: []))
        return (REPLSession(context: REPLContext(guidance: guidance, store: store, output: output)), output)
    }

    var brokenStore: RecordStore { UnavailableRecordStore(reason: "the disk is full") }

    func testARecordNotSavedMakesAPipedRunFail() {
        let (s, out) = session(store: brokenStore)
        XCTAssertEqual(s.run(reader: ScriptedLineReader(["version", "import \(example)", "version"])), 1)
        XCTAssertEqual(out.text.components(separatedBy: "astpm 0.1").count - 1, 2, "every line still ran: \(out.text)")
        XCTAssertTrue(out.errors.contains("the disk is full"), out.errors)
    }

    func testQuitAfterAFailureStillExitsOne() {
        let (s, _) = session(store: brokenStore)
        XCTAssertEqual(s.run(reader: ScriptedLineReader(["import \(example)", "quit"])), 1)
    }

    func testBailStopsAtTheFirstFailure() {
        let (s, out) = session(store: brokenStore)
        s.bail = true
        XCTAssertEqual(s.run(reader: ScriptedLineReader(["version", "import \(example)", "version"])), 1)
        XCTAssertEqual(out.text.components(separatedBy: "astpm 0.1").count - 1, 1, "the line after the failure was not run: \(out.text)")
        XCTAssertTrue(out.errors.hasSuffix("Stopped at the first failure (--bail); the lines after it were not run.\n"), out.errors)
    }

    func testARunWithoutFailuresExitsZero() {
        let (s, _) = session(store: MemoryRecordStore())
        XCTAssertEqual(s.run(reader: ScriptedLineReader(["version", "import \(example)", "records"])), 0)
    }

    func testATerminalSessionIsNotAffected() {
        let (s, _) = session(store: brokenStore)
        s.bail = true
        XCTAssertEqual(s.run(reader: ScriptedLineReader(["import \(example)", "version"], interactive: true)), 0)
    }
}
