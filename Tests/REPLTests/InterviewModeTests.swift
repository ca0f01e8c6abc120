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
