import Foundation
import Guidance
import LineEditing
import Records
import Store
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

/// A store that refuses records while `refusing` is set (a full disk, say).
final class RefusingStore: RecordStore {
    let inner = MemoryRecordStore()
    var refusing = true
    struct Full: Error, CustomStringConvertible { var description: String { "no space left on device" } }
    func scan(_ visit: (StoredRecord) throws -> Void) throws -> [UnreadableRecord] { try inner.scan(visit) }
    func history(_ id: RecordID) throws -> [RecordVersion] { try inner.history(id) }
    func loadVersion(_ id: RecordID, _ version: Int) throws -> Record { try inner.loadVersion(id, version) }
    func exportBytes(_ id: RecordID) throws -> [UInt8] { try inner.exportBytes(id) }
    func load(_ id: RecordID) throws -> StoredRecord { try inner.load(id) }
    func create(_ record: Record) throws -> StoredRecord {
        if refusing { throw Full() }
        return try inner.create(record)
    }
    func update(_ id: RecordID, _ record: Record, expectedRevision: String) throws -> StoredRecord {
        if refusing { throw Full() }
        return try inner.update(id, record, expectedRevision: expectedRevision)
    }
    func saveSession(_ name: String, _ data: [UInt8]) throws { try inner.saveSession(name, data) }
    func loadSession(_ name: String) throws -> [UInt8]? { try inner.loadSession(name) }
    func listSessions() throws -> [String] { try inner.listSessions() }
    func deleteSession(_ name: String) throws { try inner.deleteSession(name) }
}

/// A finished record the store refuses is held, not dropped, until it can be saved.
final class UnsavedRecordTests: XCTestCase {
    func testARefusedRecordIsHeldUntilSaveWorks() throws {
        let store = RefusingStore()
        let out = TranscriptOutput()
        let context = REPLContext(guidance: TranscriptRunner.guidance, store: store, output: out,
                                  storeDescription: "memory", clock: { TranscriptRunner.today })
        Services.registerAll(in: context)
        let session = REPLSession(context: context)
        let text = try String(contentsOf: TranscriptRunner.transcriptsDirectory.appendingPathComponent("interview-support.txt"), encoding: .utf8)
        for line in TranscriptRunner.inputs(of: text) { session.execute(line) }
        XCTAssertTrue(out.text.contains("no space left on device"), out.text)
        XCTAssertTrue(out.text.contains("Nothing is lost"), out.text)
        XCTAssertEqual(try store.list().records.count, 0)
        session.execute("what now?")
        XCTAssertTrue(out.text.contains("The finished record is not saved yet"))
        store.refusing = false
        session.execute("save")
        XCTAssertEqual(try store.list().records.map(\.record.kind), [.support])
        XCTAssertNil(context.mode, "the interview is over once the record is saved")
    }
}

/// A record the store still refuses when the interview ends goes to a new
/// `unsaved-*.md` file every time, never over an earlier one.
final class RescueFileTests: XCTestCase {
    func folder() -> String {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("astpm-rescue-\(UUID().uuidString)")
        addTeardownBlock { try? FileManager.default.removeItem(at: base) }
        return base.path + "/state/astpm"
    }

    /// Runs the support interview to its end on a store that refuses it, then
    /// ends the input (as Ctrl-D does); returns the output.
    func refusedInterview(ast: String, rescueFolder: String) throws -> String {
        let out = TranscriptOutput()
        let context = REPLContext(guidance: TranscriptRunner.guidance, store: RefusingStore(), output: out,
                                  storeDescription: "memory", clock: { TranscriptRunner.today })
        context.rescueFolder = rescueFolder
        Services.registerAll(in: context)
        let text = try String(contentsOf: TranscriptRunner.transcriptsDirectory.appendingPathComponent("interview-support.txt"), encoding: .utf8)
        let inputs = TranscriptRunner.inputs(of: text).map { $0 == "Zoë Ní Bhriain" ? ast : $0 }
        _ = REPLSession(context: context).run(reader: ScriptedLineReader(inputs))
        XCTAssertNil(context.mode)
        return out.text.replacingOccurrences(of: "\n", with: " ")
    }

    func testTwoRefusedRecordsWithTheSameSessionNameLeaveTwoFiles() throws {
        let folder = folder()
        let first = try refusedInterview(ast: "Zoë Ní Bhriain", rescueFolder: folder)
        let firstPath = folder + "/unsaved-support-1.md"
        XCTAssertTrue(first.contains("it was written to \(firstPath); bring it in later with 'import \(firstPath)'"), first)
        let firstBytes = try Data(contentsOf: URL(fileURLWithPath: firstPath))
        let second = try refusedInterview(ast: "Sam Other", rescueFolder: folder)
        let secondPath = folder + "/unsaved-support-1-2.md"
        XCTAssertTrue(second.contains("it was written to \(secondPath); bring it in later with 'import \(secondPath)'"), second)
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: firstPath)), firstBytes, "the first rescue was replaced")
        XCTAssertTrue(String(decoding: firstBytes, as: UTF8.self).contains("ast: Zoë Ní Bhriain"))
        XCTAssertTrue(try String(contentsOfFile: secondPath, encoding: .utf8).contains("ast: Sam Other"))
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder).sorted(), ["unsaved-support-1-2.md", "unsaved-support-1.md"])
        for path in [firstPath, secondPath] {
            XCTAssertEqual(try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int, 0o600, path)
        }
        XCTAssertEqual(try FileManager.default.attributesOfItem(atPath: folder)[.posixPermissions] as? Int, 0o700)
    }

    func testARescueNeverReplacesAFileOfTheSameName() throws {
        let folder = folder()
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try "someone's notes".write(toFile: folder + "/unsaved-review-1.md", atomically: false, encoding: .utf8)
        try "more notes".write(toFile: folder + "/unsaved-review-1-2.md", atomically: false, encoding: .utf8)
        let record = Record(kind: .review, ast: "Zoë", cycle: "2025-26", created: "2026-07-01")
        let path = try RescueFile.write(record, session: "review-1", in: folder)
        XCTAssertEqual(path, folder + "/unsaved-review-1-3.md")
        XCTAssertEqual(try String(contentsOfFile: folder + "/unsaved-review-1.md", encoding: .utf8), "someone's notes")
        XCTAssertEqual(try String(contentsOfFile: folder + "/unsaved-review-1-2.md", encoding: .utf8), "more notes")
        XCTAssertEqual(try RecordFileDecoder.decode(Array(try Data(contentsOf: URL(fileURLWithPath: path))), path: path).record, record)
        XCTAssertEqual(RescueFile.name(session: "../x", attempt: 1), "unsaved----x.md")
    }
}

/// The evidence log and the annual review offer the objectives of the AST's plan
/// for the cycle, so they are not typed again.
final class PlanObjectivesTests: XCTestCase {
    func plan(ast: String = "Zoë Ní Bhriain", status: RecordStatus = .agreed, objectives: [String]) -> Record {
        Record(kind: .planning, status: status, ast: ast, cycle: "2025-26", created: "2025-09-15", updated: "2025-10-01T09:30:00Z",
               fields: [RecordField("objectives", .list(objectives.map { .map([RecordField("objective", .text($0)), RecordField("focus", .text("pupil progress"))]) }))])
    }

    func session(_ store: RecordStore) -> (REPLSession, TranscriptOutput) {
        let out = TranscriptOutput()
        let context = REPLContext(guidance: TranscriptRunner.guidance, store: store, output: out,
                                  storeDescription: "memory", clock: { TranscriptRunner.today })
        return (REPLSession(context: context), out)
    }

    func testTheReviewListsThePlansObjectivesAndANumberPicksOne() throws {
        let store = MemoryRecordStore()
        _ = try store.create(plan(status: .draft, objectives: ["An old draft objective"]))
        let agreed = try store.create(plan(objectives: ["Year 9 fractions: 70% at the expected level", "Outreach: two departments at Hillside"]))
        let (s, out) = session(store)
        for line in ["start review", "zoe ni bhriain", "2025-26", "Sam Patel", "2026-07-01"] { s.execute(line) }
        XCTAssertTrue(out.text.contains("From the agreed objectives record \(agreed.id.rawValue):\n  1. Year 9 fractions: 70% at the expected level\n  2. Outreach: two departments at Hillside\nType a number"), out.text)
        XCTAssertEqual(s.completions(for: "Out"), ["Outreach: two departments at Hillside"])
        s.execute("2")
        XCTAssertTrue(out.text.contains("Objective 2: Outreach: two departments at Hillside"), out.text)
        let mode = try XCTUnwrap(s.context.mode as? InterviewMode)
        XCTAssertEqual(mode.engine.draftRecord().fields.first { $0.key == "objectives" }?.value,
                       .list([.map([RecordField("objective", .text("Outreach: two departments at Hillside"))])]))
    }

    func testWithoutAPlanNothingIsListedAndANumberIsJustText() throws {
        let store = MemoryRecordStore()
        _ = try store.create(plan(ast: "Someone Else", objectives: ["Not hers"]))
        let (s, out) = session(store)
        for line in ["start review", "Zoë Ní Bhriain", "2025-26", "Sam Patel", "2026-07-01", "3"] { s.execute(line) }
        XCTAssertFalse(out.text.contains("objectives record"), out.text)
        let mode = try XCTUnwrap(s.context.mode as? InterviewMode)
        XCTAssertEqual(mode.engine.draftRecord().fields.first { $0.key == "objectives" }?.value,
                       .list([.map([RecordField("objective", .text("3"))])]))
    }

    func testTheEvidenceLogListsThePlanForItsNumbers() throws {
        let store = MemoryRecordStore()
        _ = try store.create(plan(objectives: ["Year 9 fractions", "Outreach at Hillside"]))
        let (s, out) = session(store)
        for line in ["start evidence", "Zoë Ní Bhriain", "2025-26", "Sam Patel", "yes", "proforma", "A Hillside proforma", "2025-11-20", "Fractions scores up"] {
            s.execute(line)
        }
        XCTAssertTrue(out.text.contains("  2. Outreach at Hillside\nYou can type their numbers"), out.text)
    }
}
