import Foundation
import LineEditing
import Records
import Store
@testable import REPL
import XCTest

/// Ctrl-C and Ctrl-D in an interview (issue 12), as the line reader reports
/// them: the first Ctrl-C clears a half-typed answer and stays at the
/// question; Ctrl-C on an empty line pauses; Ctrl-D at a terminal pauses and
/// returns to astpm>, where Ctrl-D quits. Piped input still ends at its end.
final class InterruptKeysTests: XCTestCase {
    func run(_ inputs: [LineInput], interactive: Bool = true, store: RecordStore = MemoryRecordStore())
        -> (status: Int32, text: String, context: REPLContext, reader: ScriptedLineReader) {
        let out = TranscriptOutput()
        let context = REPLContext(guidance: TranscriptRunner.guidance, store: store, output: out,
                                  storeDescription: "memory", clock: { TranscriptRunner.today })
        let reader = ScriptedLineReader(inputs: inputs, interactive: interactive)
        let status = REPLSession(context: context).run(reader: reader)
        return (status, out.text, context, reader)
    }

    func testCtrlCWithAnAnswerTypedClearsItAndStaysAtTheQuestion() throws {
        let store = MemoryRecordStore()
        let r = run([.line("start review"), .line("Zoë"), .lineCleared, .line("2025-26"), .lineCleared, .interrupted], store: store)
        XCTAssertTrue(r.text.contains("Ctrl-C again on an empty line pauses.\n"), r.text)
        XCTAssertEqual(r.reader.prompts.prefix(5), ["astpm> ", "review 1> ", "review 2> ", "review 2> ", "review 3> "],
                       "the same question after the cleared line")
        XCTAssertTrue(r.text.contains("Paused with 2 answers kept as 'review-1'"), "the empty-line Ctrl-C paused: \(r.text)")
        XCTAssertEqual(r.reader.prompts.last, "astpm> ")
        XCTAssertEqual(r.status, 0)
    }

    func testCtrlCAtTheTopLevelSaysNothing() {
        let r = run([.lineCleared, .interrupted, .line("version")])
        XCTAssertFalse(r.text.contains("Ctrl-C"), r.text)
        XCTAssertFalse(r.text.contains("Paused"), r.text)
        XCTAssertEqual(r.reader.prompts, ["astpm> ", "astpm> ", "astpm> ", "astpm> "])
    }

    func testCtrlDInAnInterviewPausesAndReturnsToThePromptWhereCtrlDQuits() throws {
        let store = MemoryRecordStore()
        let r = run([.line("start review"), .line("Zoë"), .endOfInput, .line("records"), .line("resume"), .endOfInput, .endOfInput], store: store)
        XCTAssertEqual(r.status, 0)
        XCTAssertEqual(r.reader.prompts, ["astpm> ", "review 1> ", "review 2> ", "astpm> ", "astpm> ", "review 2> ", "astpm> "])
        XCTAssertEqual(r.text.components(separatedBy: "Paused with 1 answer kept as 'review-1'").count - 1, 2, r.text)
        XCTAssertTrue(r.text.contains("Resuming 'Annual review and pay recommendation' (review-1)."), r.text)
        XCTAssertEqual(try store.listSessions(), ["review-1"])
        XCTAssertNil(r.context.mode)
    }

    func testPipedInputEndingInAnInterviewPausesAndEnds() throws {
        let store = MemoryRecordStore()
        let r = run([.line("start review"), .line("Zoë")], interactive: false, store: store)
        XCTAssertEqual(r.status, 0)
        XCTAssertEqual(r.reader.prompts.count, 3, "one read past the end, then the run ended")
        XCTAssertEqual(try store.listSessions(), ["review-1"])
    }

    /// A store that keeps no paused sessions: the pause cannot be saved, the
    /// interview stays open, and a terminal that keeps reporting end of input
    /// (it has gone away) ends the run instead of looping.
    final class NoSessions: RecordStore {
        let inner = MemoryRecordStore()
        struct Full: Error, CustomStringConvertible { var description: String { "no space left on device" } }
        func scan(_ visit: (StoredRecord) throws -> Void) throws -> [UnreadableRecord] { try inner.scan(visit) }
        func history(_ id: RecordID) throws -> [RecordVersion] { try inner.history(id) }
        func loadVersion(_ id: RecordID, _ version: Int) throws -> Record { try inner.loadVersion(id, version) }
        func exportBytes(_ id: RecordID) throws -> [UInt8] { try inner.exportBytes(id) }
        func load(_ id: RecordID) throws -> StoredRecord { try inner.load(id) }
        func create(_ record: Record) throws -> StoredRecord { try inner.create(record) }
        func update(_ id: RecordID, _ record: Record, expectedRevision: String) throws -> StoredRecord {
            try inner.update(id, record, expectedRevision: expectedRevision)
        }
        func saveSession(_ name: String, _ data: [UInt8]) throws { throw Full() }
        func loadSession(_ name: String) throws -> [UInt8]? { nil }
        func listSessions() throws -> [String] { [] }
        func deleteSession(_ name: String) throws {}
    }

    func testEndOfInputThatKeepsComingEndsTheRunWhenThePauseCannotBeSaved() {
        let r = run([.line("start review"), .line("Zoë")], store: NoSessions())
        XCTAssertTrue(r.text.contains("the interview stays open"), r.text)
        XCTAssertEqual(r.reader.prompts.suffix(2), ["review 2> ", "review 2> "], "one more read at the question, then the end")
    }

    func testAHeldRecordSaysWhatTheNextCtrlCDoes() {
        let store = RefusingStore()
        let out = TranscriptOutput()
        let context = REPLContext(guidance: TranscriptRunner.guidance, store: store, output: out,
                                  storeDescription: "memory", clock: { TranscriptRunner.today })
        let session = REPLSession(context: context)
        let text = try! String(contentsOf: TranscriptRunner.transcriptsDirectory.appendingPathComponent("interview-support.txt"), encoding: .utf8)
        for line in TranscriptRunner.inputs(of: text) { session.execute(line) }
        XCTAssertEqual(context.mode?.clearedLineHint, "Ctrl-C again on an empty line writes the record to a file to import later.")
    }
}
