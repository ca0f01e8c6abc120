import Foundation
import Guidance
import LineEditing
import Records
@testable import REPL
import XCTest

/// The interview mode without transcripts: Ctrl-C and end of input pause, every
/// answer is saved at once, Tab completes choices, answers stay out of the history file.
final class InterviewModeTests: XCTestCase {
    func session(_ store: RecordStore) -> (REPLSession, TranscriptOutput) {
        let out = TranscriptOutput()
        let context = REPLContext(guidance: TranscriptRunner.guidance, store: store, output: out,
                                  storeDescription: "memory", clock: { TranscriptRunner.today })
        return (REPLSession(context: context), out)
    }

    func testCtrlCPausesAndResumeCarriesOnWithNothingLost() throws {
        let store = MemoryRecordStore()
        let (s, out) = session(store)
        let reader = ScriptedLineReader(inputs: [.line("start review"), .line("Zoë"), .line("2025-26"), .interrupted,
                                                 .line("resume"), .line("review")])
        _ = s.run(reader: reader)
        XCTAssertTrue(out.text.contains("Paused with 2 answers kept as 'review-1'"), out.text)
        XCTAssertTrue(out.text.contains("Resuming 'Annual review and pay recommendation' (review-1)."))
        XCTAssertTrue(out.text.contains("  cycle: 2025-26"))
        XCTAssertEqual(try store.listSessions(), ["review-1"], "end of input paused it again")
    }

    func testEveryAnswerIsSavedBeforeTheNextQuestionIsShown() throws {
        let store = MemoryRecordStore()
        let (s, _) = session(store)
        s.execute("start support")
        s.execute("Zoë")
        let saved = try XCTUnwrap(InterviewSessionStore.load("support-1", store: store))
        XCTAssertEqual(saved.state.answers["ast-name"]?.display(), "Zoë")
        XCTAssertEqual(saved.ast, "Zoë")
    }

    func testTabCompletesTheChoicesOfTheCurrentQuestion() {
        let (s, _) = session(MemoryRecordStore())
        for line in ["start evidence", "Zoë", "2025-26", "Sam", "yes"] { s.execute(line) }
        XCTAssertEqual(s.completions(for: "p"), ["proforma", "parent-note", "pupil-data", "pause"])
    }

    func testAnswersAreKeptOutOfTheHistoryFile() {
        let (s, _) = session(MemoryRecordStore())
        let reader = ScriptedLineReader(["start tour", "Sam Patel"])
        _ = s.run(reader: reader)
        XCTAssertEqual(reader.history.map(\.1), [true, false])
    }

    func testAStopEndsWithoutARecordAndForgetsTheSession() throws {
        let store = MemoryRecordStore()
        let (s, out) = session(store)
        for line in ["start evidence", "Zoë", "2025-26", "Sam", "no"] { s.execute(line) }
        XCTAssertTrue(out.text.contains("Stopped: This log links each item to agreed objectives"), out.text)
        XCTAssertEqual(try store.list().records.count, 0)
        XCTAssertEqual(try store.listSessions(), [])
        XCTAssertNil(s.context.mode)
    }
}

/// A second interview of the same kind for the same AST and cycle adds to, or
/// becomes a new version of, the first record: never a second folder for one person.
final class RepeatedInterviewTests: XCTestCase {
    func runTwice(_ transcript: String, store: RecordStore) throws -> String {
        let text = try String(contentsOf: TranscriptRunner.transcriptsDirectory.appendingPathComponent("\(transcript).txt"), encoding: .utf8)
        let inputs = TranscriptRunner.inputs(of: text)
        _ = TranscriptRunner.run(inputs, store: store)
        return TranscriptRunner.run(inputs, store: store)
    }

    func testASecondEvidenceSessionAddsItsItemsToTheLog() throws {
        let store = MemoryRecordStore()
        let second = try runTwice("interview-evidence", store: store)
        let records = try store.list().records
        XCTAssertEqual(records.count, 1, "one evidence log for the AST and cycle")
        let log = try XCTUnwrap(records.first)
        XCTAssertEqual(Record.itemCount(in: log.record.fields), 4)
        XCTAssertTrue(log.record.conclusions.contains { $0.text.hasPrefix("Item 3:") }, "the new items are numbered on")
        XCTAssertTrue(second.contains("Added 2 items to the 2025-26 evidence log"), second)
    }

    func testASecondReviewBecomesANewVersionOfTheFirst() throws {
        let store = MemoryRecordStore()
        let second = try runTwice("interview-review", store: store)
        XCTAssertEqual(try store.list().records.count, 1)
        XCTAssertTrue(second.contains("This replaces the agreed 2025-26 review record"), second)
    }
}
