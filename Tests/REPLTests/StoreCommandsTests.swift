import Foundation
import Guidance
import Records
@testable import REPL
import Store
import XCTest

/// The record commands driven through a REPL session over a real file store.
final class StoreCommandsTests: XCTestCase {
    var root: URL!
    var store: FileRecordStore!
    var output: BufferedOutput!
    var session: REPLSession!

    override func setUpWithError() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("astpm-cmd-\(UUID().uuidString)")
        store = try FileRecordStore(root: root, savedBy: "tester@host", makeSuffix: { "ab12" })
        output = BufferedOutput()
        let guidance = GuidanceSet(outline: GuideOutline(title: "Guide", reference: "DfES/0143/2004", sections: []))
        session = REPLSession(context: REPLContext(guidance: guidance, store: store, output: output, style: OutputStyle(width: 200)))
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: root) }

    func run(_ line: String) -> (out: String, err: String) {
        let before = (output.text.count, output.errors.count)
        session.execute(line)
        return (String(output.text.dropFirst(before.0)), String(output.errors.dropFirst(before.1)))
    }

    func review(_ ast: String, pay: String = "Move up one point") -> Record {
        Record(kind: .review, status: .agreed, ast: ast, cycle: "2025-26", created: "2026-07-01",
               fields: [RecordField("pay_decision", .text(pay))],
               conclusions: [Conclusion(text: "Pay <progression> & \"more\"", cites: ["qa.14"])],
               notes: "Fractions work went well.")
    }

    func testTheCycleFilterReadsAnySpellingAndRefusesWhatIsNotACycle() throws {
        _ = try store.create(Record(kind: .planning, ast: "Sam Lee", cycle: "2026-27", created: "2026-09-10"))
        _ = try store.create(Record(kind: .evidence, ast: "Sam Lee", cycle: "2026/27", created: "2026-11-10"))
        for typed in ["2026-27", "2026/27", "26-27", "2026-2027"] {
            XCTAssertTrue(run("records cycle=\(typed)").out.contains("2 records."), typed)
        }
        let refused = run("records cycle=thisyear")
        XCTAssertTrue(refused.err.contains("e.g. 2026-27"), refused.err)
        XCTAssertTrue(run("records cycle=2026-28").err.contains("must follow"))
    }

    func testRecordsTableFiltersAndJSON() throws {
        _ = try store.create(review("Zoë Ní Bhriain"))
        _ = try store.create(Record(kind: .planning, ast: "Sam Lee", cycle: "2026-27", created: "2026-09-10"))
        let all = run("records").out
        XCTAssertTrue(all.contains("ID"), all)
        XCTAssertTrue(all.contains("zoe-ni-bhriain-ab12/2025-26-review  Zoë Ní Bhriain"), all)
        XCTAssertTrue(all.contains("2 records."), all)
        XCTAssertTrue(run("records ast=zoe").out.contains("1 record."))
        XCTAssertTrue(run("records ast=Zoë Ní Bhriain").out.contains("1 record."), "a name of several words needs no quotes")
        XCTAssertTrue(run("records ast=Zoë Smith").out.contains("No record matches"))
        XCTAssertTrue(run("records kind=planning cycle=2026-27").out.contains("sam-lee"))
        XCTAssertTrue(run("records status=agreed kind=planning").out.contains("No record matches"))
        XCTAssertTrue(run("records colour=red").err.contains("not a filter"))
        // An unreadable file is listed with its reason, in text and JSON.
        let bad = root.appendingPathComponent("sam-lee-ab12/2025-26-review.md")
        try "---\nschema: 1\nkind: [x]\n---\n".write(to: bad, atomically: false, encoding: .utf8)
        let text = run("records")
        XCTAssertTrue(text.err.contains("1 file could not be read"), text.err)
        XCTAssertTrue(text.err.contains("2025-26-review.md:3:7: 'kind' should be text"), text.err)
        let json = run("records --json").out
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as! [String: Any]
        XCTAssertEqual((object["records"] as! [Any]).count, 2)
        let unreadable = object["unreadable"] as! [[String: String]]
        XCTAssertEqual(unreadable.count, 1)
        XCTAssertTrue(unreadable[0]["reason"]!.contains(":3:7:"))
    }

    func testShowFindCompletion() throws {
        let saved = try store.create(review("Zoë Ní Bhriain"))
        let shown = run("show zoe").out
        XCTAssertTrue(shown.contains("Performance review — Zoë Ní Bhriain — cycle 2025-26"), shown)
        XCTAssertTrue(shown.contains("Pay decision: Move up one point"), shown)
        XCTAssertTrue(shown.contains("[qa.14]"), shown)
        XCTAssertTrue(run("show \(saved.id) --json").out.contains("\"pay_decision\""))
        XCTAssertTrue(run("show nobody").err.contains("There is no record 'nobody'"))
        XCTAssertTrue(run("find FRACTIONS").out.contains(saved.id.rawValue))
        XCTAssertTrue(run("find zoe").out.contains("1 record found"))
        XCTAssertTrue(run("find nothing-like-this").out.contains("No record mentions"))
        XCTAssertEqual(session.completions(for: "show zo"), [saved.id.rawValue])
        XCTAssertEqual(session.completions(for: "records kind=pl"), ["kind=planning"])
    }

    func testCompletionNeverOffersAnIdHoldingControlCharacters() throws {
        let saved = try store.create(review("Sam Lee"))
        // A folder made by hand whose name would retitle the window if printed.
        let hostile = root.appendingPathComponent("sam\u{1B}]0;owned\u{07}-ab12")
        try FileManager.default.createDirectory(at: hostile, withIntermediateDirectories: true)
        let original = root.appendingPathComponent("\(saved.id.rawValue).md")
        try FileManager.default.copyItem(at: original, to: hostile.appendingPathComponent("2025-26-review.md"))
        let offered = session.completions(for: "show sa")
        XCTAssertEqual(offered, [saved.id.rawValue], "only the id a person can type is offered")
        XCTAssertFalse(offered.joined().contains("\u{1B}"))
    }

    func testHistoryAndRestore() throws {
        let v1 = try store.create(review("Sam Lee"))
        _ = try store.update(v1.id, review("Sam Lee", pay: "Two points"), expectedRevision: v1.revision)
        let history = run("history \(v1.id)").out
        XCTAssertTrue(history.contains("1  updated 2026-07-01  agreed  saved by tester@host"), history)
        XCTAssertTrue(run("restore \(v1.id) 1").out.contains("Restored version 1"))
        XCTAssertEqual(try store.load(v1.id).record, v1.record)
        XCTAssertTrue(run("restore \(v1.id) 7").err.contains("has no version 7"))
    }

    func testExportImportRoundTripAndHTMLEscaping() throws {
        let saved = try store.create(review("Ayo O'Neill"))
        let md = root.appendingPathComponent("out.md").path
        let html = root.appendingPathComponent("out.html").path
        XCTAssertTrue(run("export \(saved.id) -o \(md)").out.contains("Wrote"))
        XCTAssertTrue(run("export \(saved.id) --format html -o \(html)").out.contains("a statement to print, HTML"))
        let page = try String(contentsOfFile: html, encoding: .utf8)
        XCTAssertTrue(page.contains("Pay &lt;progression&gt; &amp; &quot;more&quot;"), page)
        XCTAssertTrue(page.contains("Ayo O&#39;Neill"), page)
        XCTAssertFalse(page.contains("<progression>"))
        // Into another store: the same record comes back unchanged.
        let other = try FileRecordStore(root: root.appendingPathComponent("other"))
        let session2 = REPLSession(context: REPLContext(guidance: session.context.guidance, store: other, output: output))
        session2.execute("import \(md)")
        XCTAssertEqual(try other.list().records.map(\.record), [saved.record])
        // Into the same store: recognised and skipped.
        XCTAssertTrue(run("import \(md)").out.contains("already in the store"))
    }

    func testImportRefusesInvalidAndSavesTheRest() throws {
        let good = root.appendingPathComponent("good.md").path
        let bad = root.appendingPathComponent("bad.md").path
        try RecordFileEncoder.encode(review("Sam Lee")).write(toFile: good, atomically: false, encoding: .utf8)
        try "---\nschema: 1\nkind: review\nstatus: maybe\n---\n".write(toFile: bad, atomically: false, encoding: .utf8)
        let result = run("import \(bad) \(good)")
        XCTAssertTrue(result.err.contains("bad.md:4:9: 'status' should be one of draft, agreed, not 'maybe'"), result.err)
        XCTAssertTrue(result.err.contains("1 of 2 files not imported"), result.err)
        XCTAssertTrue(result.out.contains("good.md: imported as sam-lee-ab12/2025-26-review"), result.out)
        XCTAssertEqual(try store.list().records.count, 1)
    }
}
