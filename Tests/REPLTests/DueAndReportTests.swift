import Configuration
import Foundation
import LineEditing
import Overview
import Records
@testable import REPL
import Store
import XCTest

/// `due` and `report` as a line manager, head or LEA sees them: golden
/// transcripts on the worked example and on a small school of ASTs, the
/// calendar file, the banner, and the report as a printable document.
final class DueAndReportTests: XCTestCase {
    static func date(_ iso: String) -> Date {
        let day = Day(iso: iso)!
        return Date(timeIntervalSince1970: TimeInterval(day.ordinal) * 86_400 + 8 * 3600)
    }

    static func review(_ ast: String, outcomes: [String], rangeStart: Int = 10, point: Int = 11, points: Int,
                       highQuality: String = "yes", firstYear: String = "no", status: RecordStatus = .agreed) -> Record {
        Record(kind: .review, status: status, ast: ast, cycle: "2025-26", created: "2026-07-01", updated: "2026-07-08",
               fields: [RecordField("ast_name", .text(ast)),
                        RecordField("objectives", .list(outcomes.enumerated().map { i, o in
                            .map([RecordField("objective", .text("Objective \(i + 1)")), RecordField("outcome", .text(o))])
                        })),
                        RecordField("high_quality", .text(highQuality)), RecordField("range_start", .text(String(rangeStart))),
                        RecordField("current_point", .text(String(point))), RecordField("points", .text(String(points))),
                        RecordField("first_year", .text(firstYear))],
               agreement: status == .agreed ? Agreement(lineManager: "Femi Adeyemi", ast: ast, date: "2026-07-08") : nil)
    }

    /// Five ASTs of one school: three with every objective met and three
    /// different awards, two with the same mixed outcomes and the same award.
    static let school: [Record] = [
        review("Amir Okafor", outcomes: ["met", "met", "met"], points: 2),
        review("Beth Reyes", outcomes: ["met", "met", "met", "met"], rangeStart: 10, point: 14, points: 0),
        review("Chidi Evans", outcomes: ["met", "met"], points: 1, highQuality: "no"),
        review("Dana Zhou", outcomes: ["met", "partly"], points: 1, firstYear: "yes"),
        review("Eoin MacLeod", outcomes: ["met", "partly", "partly", "met"], points: 1, status: .draft),
        Record(kind: .planning, status: .agreed, ast: "Fatima Khan", cycle: "2025-26", created: "2025-09-20",
               fields: [RecordField("new_in_post", .text("yes")),
                        RecordField("informal_reviews", .list([.text("8 October"), .text("3/12/2025"), .text("February half-term")])),
                        RecordField("objectives", .list([.map([RecordField("objective", .text("Lead the Year 7 reading programme")),
                                                               RecordField("milestones", .list([.text("Launch by 13 October"), .text("Review in spring")]))])]))],
               agreement: Agreement(lineManager: "Femi Adeyemi", ast: "Fatima Khan", date: "2025-09-30")),
        Record(kind: .support, status: .agreed, ast: "Gus Patel", cycle: "2025-26", created: "2025-09-15", updated: "2025-09-18",
               fields: [RecordField("concern", .text("Outreach sessions cancelled twice")), RecordField("stage", .text("starting")),
                        RecordField("next_review", .text("2025-10-06"))],
               agreement: Agreement(lineManager: "Femi Adeyemi", ast: "Gus Patel", date: "2025-09-18")),
    ]

    func testDueAndReportOnTheWorkedExampleOnTheFirstOfSeptember() throws {
        try TranscriptRunner.check("due-report", seed: TranscriptRunner.workedExample("2025-26-planning", "2025-26-evidence",
                                                                                     "2025-26-support", "2025-26-review"))
    }

    /// Early in the cycle: the plan's dated milestones and check-ins for a new
    /// AST, a support review coming up, then overdue, and what has no date.
    func testDueEarlyInTheCycle() throws {
        try TranscriptRunner.check("due-october", seed: TranscriptRunner.workedExample("2025-26-planning", "2025-26-support"),
                                   records: Self.school, today: Self.date("2025-10-01"))
    }

    /// The equality view: same outcomes, different awards, with what may explain each.
    func testReportPointsOutSameOutcomesWithDifferentAwards() throws {
        try TranscriptRunner.check("report-equality", seed: TranscriptRunner.workedExample("2025-26-review"), records: Self.school)
    }

    func session(_ store: RecordStore, today: String, interactive: Bool = false) -> (REPLSession, BufferedOutput) {
        let out = BufferedOutput()
        let context = REPLContext(guidance: TranscriptRunner.guidance, store: store, output: out, clock: { Self.date(today) })
        return (REPLSession(context: context), out)
    }

    func testTheBannerSaysHowManyThingsAreDueInTheNextFortnight() throws {
        let store = try TranscriptRunner.store(holding: [])
        for r in Self.school { _ = try store.create(r) }
        let (s, out) = session(store, today: "2025-10-01", interactive: true)
        _ = s.run(reader: ScriptedLineReader([], interactive: true))
        XCTAssertTrue(out.text.contains("3 things due in the next 14 days: type 'due' to see them."), out.text)
        let (late, lateOut) = session(store, today: "2025-10-07", interactive: true)
        _ = late.run(reader: ScriptedLineReader([], interactive: true))
        XCTAssertTrue(lateOut.text.contains("3 things due in the next 14 days (1 overdue): type 'due' to see them."), lateOut.text)
        // Nothing due: no line at all. Piped input: no banner.
        let (quiet, quietOut) = session(MemoryRecordStore(), today: "2025-10-01", interactive: true)
        _ = quiet.run(reader: ScriptedLineReader([], interactive: true))
        XCTAssertFalse(quietOut.text.contains("due"), quietOut.text)
        let (piped, pipedOut) = session(store, today: "2025-10-01")
        _ = piped.run(reader: ScriptedLineReader([]))
        XCTAssertEqual(pipedOut.text, "")
    }

    func testTheCalendarFileIsPrivateAndHoldsTheDatedItems() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("astpm-ics-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = MemoryRecordStore()
        for r in Self.school { _ = try store.create(r) }
        let (s, out) = session(store, today: "2025-10-01")
        let file = dir.appendingPathComponent("due.ics").path
        s.execute("due --days 90 --ics \(file)")
        XCTAssertTrue(out.text.replacingOccurrences(of: "\n", with: " ").contains("Wrote 4 things with a date to \(file) (iCalendar, opens in any calendar program; the 8 with no date cannot go in a calendar)."), out.text)
        let mode = try FileManager.default.attributesOfItem(atPath: file)[.posixPermissions] as? Int
        XCTAssertEqual(mode, 0o600)
        let text = try String(contentsOfFile: file, encoding: .utf8)
        let digests = try store.list().records.map(RecordDigest.init)
        let list = DueList.compute(digests, today: Day(iso: "2025-10-01")!, days: 90)
        XCTAssertEqual(text, CalendarFile.text(list.dated, now: Int(Self.date("2025-10-01").timeIntervalSince1970)),
                       "the file is the calendar text the calendar tests parse")
        XCTAssertEqual(text.components(separatedBy: "BEGIN:VEVENT").count - 1, 4)
        XCTAssertTrue(text.contains("DTSTART;VALUE=DATE:20251006\r\n"))
        // An existing file is kept unless --force.
        s.execute("due --ics \(file)")
        XCTAssertTrue(out.errors.contains("already exists;"), out.errors)
        s.execute("due --ics \(file) --force --json")
        XCTAssertTrue(out.text.contains("\"calendar\" : \"\(file)\""), out.text)
        s.execute("due --force")
        XCTAssertTrue(out.errors.contains("--force only applies with --ics FILE"), out.errors)
    }

    func testTheReportAsAPrintedDocument() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("astpm-report-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = MemoryRecordStore()
        for r in Self.school + [Self.review("<script>x</script>", outcomes: ["met"], points: 1)] { _ = try store.create(r) }
        let (s, out) = session(store, today: "2026-07-20")
        s.context.configuration = AstpmConfig(school: "Elmfield High School", lea: "Westshire LEA")
        let file = dir.appendingPathComponent("report.html").path
        s.execute("report 2025-26 --format html -o \(file)")
        XCTAssertEqual(out.errors, "")
        XCTAssertTrue(out.text.replacingOccurrences(of: "\n", with: " ").contains("Wrote the 2025-26 report (8 ASTs) to \(file) (an A4 document to print, HTML)."), out.text)
        let html = try String(contentsOfFile: file, encoding: .utf8)
        XCTAssertEqual(try FileManager.default.attributesOfItem(atPath: file)[.posixPermissions] as? Int, 0o600)
        XCTAssertTrue(html.contains("@page report { size: A4 landscape; }"))
        XCTAssertTrue(html.contains("Confidential: personal data"))
        XCTAssertTrue(html.contains("<p class=\"org\">Elmfield High School · Westshire LEA</p>"))
        XCTAssertTrue(html.contains("&lt;script&gt;x&lt;/script&gt;"))
        XCTAssertFalse(html.contains("<script>"))
        XCTAssertTrue(html.contains("<h3>To look at</h3>"))
        XCTAssertTrue(html.contains("Beth Reyes <i>(already on the top point of the range, so no point was possible)</i>"), html)
    }
}

/// The banner's count with the file store, which counts on another thread.
final class DueBannerFileStoreTests: XCTestCase {
    func testTheFileStoreIsCountedOnAnotherThreadAndTheLineStillAppears() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("astpm-banner-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let store = try FileRecordStore(root: root)
        for r in DueAndReportTests.school { _ = try store.create(r) }
        let counted = DueBanner(store: store, today: Day(iso: "2025-10-01")!)
        XCTAssertEqual(counted.result(within: 30), .some("3 things due in the next 14 days: type 'due' to see them."))
        let out = BufferedOutput()
        let context = REPLContext(guidance: TranscriptRunner.guidance, store: store, output: out,
                                  clock: { DueAndReportTests.date("2025-10-01") })
        _ = REPLSession(context: context).run(reader: ScriptedLineReader(["version", "version"], interactive: true))
        XCTAssertTrue(out.text.contains("3 things due in the next 14 days: type 'due' to see them."), out.text)
        XCTAssertEqual(DueBanner(store: UnavailableRecordStore(reason: "x"), today: Day(iso: "2025-10-01")!).result(within: 0), .some(nil))
    }
}
