import Foundation
import Guidance
import LineEditing
import Records
@testable import REPL
import Store
import XCTest

/// `import`, `restore` and `discard` never take an option for a file name or
/// id: unknown options are refused before anything is done, `--` ends the
/// options, and `--dry-run` (`-n`) says what would happen and changes nothing.
final class DryRunAndOptionTests: XCTestCase {
    var root: URL!
    var files: URL!
    var store: FileRecordStore!
    var output: BufferedOutput!
    var session: REPLSession!

    override func setUpWithError() throws {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("astpm-dry-\(UUID().uuidString)")
        root = base.appendingPathComponent("store")
        files = base.appendingPathComponent("files")
        try FileManager.default.createDirectory(at: files, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: base) }
        store = try FileRecordStore(root: root, savedBy: "tester@host", makeSuffix: { "ab12" })
        output = BufferedOutput()
        session = REPLSession(context: REPLContext(guidance: TranscriptRunner.guidance, store: store, output: output, style: OutputStyle(width: 400)))
    }

    func run(_ line: String) -> (out: String, err: String) {
        let before = (output.text.count, output.errors.count)
        session.execute(line)
        return (String(output.text.dropFirst(before.0)), String(output.errors.dropFirst(before.1)))
    }

    func review(_ ast: String, pay: String = "Move up one point", status: RecordStatus = .agreed) -> Record {
        Record(kind: .review, status: status, ast: ast, cycle: "2025-26", created: "2026-07-01", updated: "2026-07-08",
               fields: [RecordField("pay_decision", .text(pay))])
    }

    /// A record file outside the store.
    func file(_ name: String, _ record: Record) throws -> String {
        let path = files.appendingPathComponent(name).path
        try RecordFileEncoder.encode(record).write(toFile: path, atomically: false, encoding: .utf8)
        return path
    }

    /// Every path in the store with its bytes (folders as empty), to compare
    /// byte for byte; the index is left out (a cache any command may refresh).
    func snapshot() throws -> [String: Data] {
        var out: [String: Data] = [:]
        let fm = FileManager.default
        for case let relative as String in fm.enumerator(atPath: root.path)! {
            let path = root.appendingPathComponent(relative).path
            var isFolder: ObjCBool = false
            _ = fm.fileExists(atPath: path, isDirectory: &isFolder)
            if relative == ".index" { continue }
            out[relative] = isFolder.boolValue ? Data() : try Data(contentsOf: URL(fileURLWithPath: path))
        }
        return out
    }

    // MARK: import

    func testImportDryRunSaysWhatItWouldReplaceAndLeavesTheStoreByteForByte() throws {
        let agreed = try store.create(review("Zoë Ní Bhriain"))
        let replacing = try file("zoe-review.md", review("Zoë Ní Bhriain", pay: "Stay on the same point", status: .draft))
        let new = try file("sam-review.md", review("Sam Lee"))
        let same = try file("same.md", agreed.record)
        let before = try snapshot()
        for flag in ["--dry-run", "-n"] {
            let result = run("import \(flag) \(replacing) \(new) \(same)")
            XCTAssertEqual(result.err, "")
            XCTAssertTrue(result.out.contains("\(replacing): would replace \(agreed.id) (the agreed 2025-26 review record for Zoë Ní Bhriain, updated 2026-07-08) with a new version (draft); the current one would be kept as version 1 in 'history \(agreed.id)'."), result.out)
            XCTAssertTrue(result.out.contains("\(new): would be a new record: the agreed 2025-26 review record for Sam Lee."), result.out)
            XCTAssertTrue(result.out.contains("\(same): already in the store as \(agreed.id), unchanged; would be skipped."), result.out)
            XCTAssertTrue(result.out.contains("Dry run: 2 of 3 files would be saved; nothing was written."), result.out)
            XCTAssertEqual(try snapshot(), before, "\(flag) changed the store")
        }
        XCTAssertEqual(try store.load(agreed.id).record, agreed.record)
        // Without it the same files do what the dry run said.
        let real = run("import \(replacing) \(new) \(same)")
        XCTAssertTrue(real.out.contains("2 records imported"), real.out + real.err)
        XCTAssertEqual(try store.load(agreed.id).record.status, .draft)
        XCTAssertEqual(try store.history(agreed.id).count, 1)
    }

    func testImportDryRunRefusesWhatImportWouldRefuseAndWritesNothing() throws {
        let bad = files.appendingPathComponent("bad.md").path
        try "---\nschema: 1\nkind: review\nstatus: maybe\n---\n".write(toFile: bad, atomically: false, encoding: .utf8)
        let good = try file("good.md", review("Sam Lee"))
        let before = try snapshot()
        let result = run("import --dry-run \(bad) \(good)")
        XCTAssertTrue(result.err.contains("bad.md:4:9: 'status' should be one of draft, agreed, not 'maybe'"), result.err)
        XCTAssertTrue(result.err.contains("Dry run: 1 of 2 files would be saved; nothing was written. 1 could not be imported (see above)."), result.err)
        XCTAssertEqual(try snapshot(), before)
    }

    func testImportRefusesUnknownOptionsBeforeDoingAnything() throws {
        let agreed = try store.create(review("Zoë Ní Bhriain"))
        let replacing = try file("zoe-review.md", review("Zoë Ní Bhriain", pay: "Stay on the same point"))
        let before = try snapshot()
        for line in ["import --bogus \(replacing)", "import \(replacing) --bogus", "import --dry-run=yes \(replacing)", "import - \(replacing)"] {
            let result = run(line)
            let option = line.split(separator: " ").first { $0.hasPrefix("-") }!
            XCTAssertTrue(result.err.contains("'import' has no option '\(option)' (it takes --dry-run or -n); nothing was done."), line + ": " + result.err)
            XCTAssertEqual(result.out, "", line)
            XCTAssertEqual(try snapshot(), before, line)
        }
        XCTAssertEqual(try store.load(agreed.id).record, agreed.record)
        XCTAssertEqual(try store.history(agreed.id).count, 0)
    }

    func testDoubleDashEndsOptionsSoAFileNamedLikeAnOptionCanBeImported() throws {
        let fm = FileManager.default
        let previous = fm.currentDirectoryPath
        XCTAssertTrue(fm.changeCurrentDirectoryPath(files.path))
        defer { _ = fm.changeCurrentDirectoryPath(previous) }
        _ = try file("-x.md", review("Sam Lee"))
        let refused = run("import -x.md")
        XCTAssertTrue(refused.err.contains("'import' has no option '-x.md'"), refused.err)
        XCTAssertTrue(refused.err.contains("'import -- -x.md'"), refused.err)
        XCTAssertEqual(try store.list().records.count, 0)
        XCTAssertTrue(run("import -- -x.md").out.contains("-x.md: imported as sam-lee-ab12/2025-26-review"))
        XCTAssertEqual(try store.list().records.map(\.record.ast), ["Sam Lee"])
        XCTAssertTrue(run("import -n -- -x.md").out.contains("already in the store"))
    }

    // MARK: restore

    func testRestoreDryRunSaysWhatWouldBeRestoredAndChangesNothing() throws {
        let v1 = try store.create(review("Sam Lee"))
        let v2 = try store.update(v1.id, review("Sam Lee", pay: "Two points", status: .draft), expectedRevision: v1.revision)
        let before = try snapshot()
        for flag in ["--dry-run", "-n"] {
            let result = run("restore \(flag) \(v1.id) 1")
            XCTAssertEqual(result.err, "")
            XCTAssertEqual(result.out, "Dry run: would make version 1 of \(v1.id) (agreed, updated 2026-07-08) the current record; the current version (draft, updated 2026-07-08) would be kept as version 2 in 'history \(v1.id)'. Nothing was changed.\n")
            XCTAssertEqual(try snapshot(), before)
        }
        XCTAssertTrue(run("restore -n \(v1.id) 7").err.contains("has no version 7"))
        XCTAssertEqual(try store.load(v1.id).record, v2.record)
    }

    func testRestoreRefusesUnknownOptions() throws {
        let v1 = try store.create(review("Sam Lee"))
        _ = try store.update(v1.id, review("Sam Lee", pay: "Two points"), expectedRevision: v1.revision)
        let before = try snapshot()
        for line in ["restore --force \(v1.id) 1", "restore \(v1.id) 1 --bogus", "restore \(v1.id) -1"] {
            let result = run(line)
            let option = line.split(separator: " ").first { $0.hasPrefix("-") }!
            XCTAssertTrue(result.err.contains("'restore' has no option '\(option)' (it takes --dry-run or -n); nothing was done."), line + ": " + result.err)
            XCTAssertEqual(try snapshot(), before, line)
        }
        XCTAssertTrue(run("restore -- \(v1.id) 1").out.contains("Restored version 1"))
        XCTAssertEqual(try store.load(v1.id).record, v1.record)
    }

    // MARK: discard

    func testDiscardDryRunAndUnknownOptionsKeepThePausedInterview() throws {
        for line in ["start support", "Zoë", "pause"] { session.execute(line) }
        XCTAssertEqual(try store.listSessions(), ["support-1"])
        let before = try snapshot()
        for flag in ["--dry-run", "-n"] {
            let result = run("discard \(flag) support-1")
            XCTAssertTrue(result.out.contains("Dry run: would delete the paused interview 'support-1' ("), result.out + result.err)
            XCTAssertTrue(result.out.contains("1 answer). Nothing was deleted"), result.out)
            XCTAssertEqual(try snapshot(), before)
        }
        for line in ["discard --force support-1", "discard support-1 -f"] {
            let result = run(line)
            let option = line.split(separator: " ").first { $0.hasPrefix("-") }!
            XCTAssertTrue(result.err.contains("'discard' has no option '\(option)' (it takes --dry-run or -n, --yes or -y); nothing was done."), line + ": " + result.err)
            XCTAssertEqual(try store.listSessions(), ["support-1"], line)
        }
        XCTAssertTrue(run("discard support-1").out.contains("Deleted the paused interview 'support-1'"))
        XCTAssertEqual(try store.listSessions(), [])
    }

    /// `discard` deleted at once even at a terminal; now it asks there first
    /// (only 'y' or 'yes' deletes), never when piped, and `--yes` skips the question.
    func testDiscardAsksAtATerminalUnlessYes() throws {
        for line in ["start support", "Zoë", "pause"] { session.execute(line) }
        var asked: [String] = []
        var answers = ["n", "", "yes"]
        session.context.askLine = { prompt in asked.append(prompt); return answers.removeFirst() }
        for _ in 0..<2 {
            let kept = run("discard support-1")
            XCTAssertTrue(kept.out.contains("Not deleted: 'support-1' is still paused"), kept.out + kept.err)
            XCTAssertEqual(try store.listSessions(), ["support-1"])
        }
        XCTAssertEqual(asked.last, "Delete the paused interview 'support-1' (Underperformance - support and, if needed, capability, 1 answer)? [y/N] ")
        XCTAssertTrue(run("discard support-1").out.contains("Deleted the paused interview 'support-1'"))
        XCTAssertEqual(try store.listSessions(), [])
        XCTAssertEqual(asked.count, 3)

        for line in ["start support", "Zoë", "pause"] { session.execute(line) }
        for flag in ["--yes", "-y"] {
            XCTAssertTrue(run("discard \(flag) support-1").out.contains("Deleted"), flag)
            for line in ["start support", "Zoë", "pause"] { session.execute(line) }
        }
        XCTAssertEqual(asked.count, 3, "--yes does not ask")
        // Piped: nobody to ask, so it deletes as before.
        session.context.askLine = nil
        XCTAssertTrue(run("discard support-1").out.contains("Deleted"))
    }

    /// Through the REPL loop on a terminal: the answer is the next line read.
    func testTheConfirmationIsTheNextLineAtATerminal() throws {
        for line in ["start support", "Zoë", "pause"] { session.execute(line) }
        let reader = ScriptedLineReader(["discard support-1", "no", "records"], interactive: true)
        XCTAssertEqual(session.run(reader: reader), 0)
        XCTAssertEqual(try store.listSessions(), ["support-1"])
        XCTAssertTrue(reader.prompts.contains { $0.hasPrefix("Delete the paused interview 'support-1'") }, "\(reader.prompts)")
        XCTAssertFalse(output.errors.contains("'no' is not a command"), "the answer was not run as a line")
    }

    func testHelpExplainsTheOptions() {
        for command in ["import", "restore", "discard"] {
            let text = run("help \(command)").out
            XCTAssertTrue(text.contains("-n, --dry-run"), text)
            XCTAssertTrue(text.contains("--"), text)
        }
    }
}
