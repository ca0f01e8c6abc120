import Configuration
import Foundation
import Guidance
import Records
@testable import REPL
import Statement
import Store
import XCTest

/// The worked example's statements exported as users export them, printed
/// with headless Chromium and read back with poppler: A4 pages, the review
/// on at most two, the AST's name, record id and "Page n of m" on every page,
/// and every answer in the record printed as it stands in the record.
final class PrintedStatementTests: XCTestCase {
    static let examples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Guidance/examples/sian-prothero")
    static let guidance: GuidanceSet = GuidanceLoader.load(directory: GuidanceLoader.builtInDirectory!, displayRoot: "Guidance").guidance!

    var root: URL!
    var store: FileRecordStore!
    var output: BufferedOutput!
    var session: REPLSession!
    var browser: HeadlessChromium!

    override func setUpWithError() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("astpm-print-\(UUID().uuidString)")
        store = try FileRecordStore(root: root.appendingPathComponent("store"), savedBy: "tester@host", makeSuffix: { "ab12" })
        output = BufferedOutput()
        let context = REPLContext(guidance: Self.guidance, store: store, output: output, style: OutputStyle(width: 200))
        context.configuration = AstpmConfig(school: "Elmfield High School", lea: "Westshire LEA")
        session = REPLSession(context: context)
        session.execute("import \(Self.examples.path)")
        XCTAssertTrue(output.text.contains("4 records imported."), output.text + output.errors)
        browser = try HeadlessChromium(workFolder: root)
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: root) }

    /// Exports with the REPL command, prints, and returns the PDF.
    func printed(_ command: String, to name: String) throws -> URL {
        let html = root.appendingPathComponent(name + ".html")
        let before = output.errors.count
        session.execute("\(command) -o \(html.path)")
        XCTAssertEqual(String(output.errors.dropFirst(before)), "", "export failed")
        let page = try String(contentsOf: html, encoding: .utf8)
        XCTAssertFalse(page.contains("http://") || page.contains("https://") || page.contains("src="), "the statement loads nothing")
        return try browser.printToPDF(html)
    }

    /// Whitespace (line breaks in the PDF included) as single spaces; a line
    /// the browser broke after a hyphen ("drop-" / "in visit") joined again.
    func flat(_ s: String) -> String {
        s.replacingOccurrences(of: "-\n", with: "-").split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// Every text in the record as the statement should print it.
    func expectedTexts(_ r: Record) -> [String] {
        var out: [String] = [r.ast, r.cycle]
        func walk(_ v: RecordValue) {
            switch v {
            case .text(let s) where s != "(skipped)" && !s.isEmpty: out.append(DateWording.shown(s))
            case .text: break
            case .list(let items): items.forEach(walk)
            case .map(let fields): fields.forEach { walk($0.value) }
            }
        }
        (r.fields + r.extra).forEach { walk($0.value) }
        out += r.conclusions.map(\.text) + r.conclusions.flatMap(\.cites)
        if let a = r.agreement { out += [a.lineManager, a.ast, DateWording.shown(a.date)] + a.comments }
        return out
    }

    func checkPages(_ pdf: URL, record ids: [String], maxPages: Int, file: StaticString = #filePath, line: UInt = #line) throws -> String {
        let info = try browser.info(pdf)
        XCTAssertEqual(info.width, 595, accuracy: 1.5, "A4 width in points", file: file, line: line)
        XCTAssertEqual(info.height, 842, accuracy: 1.5, "A4 height in points", file: file, line: line)
        XCTAssertGreaterThan(info.pages, 0, file: file, line: line)
        XCTAssertLessThanOrEqual(info.pages, maxPages, file: file, line: line)
        for n in 1...max(1, info.pages) {
            let page = flat(try browser.text(pdf, page: n))
            // The running header, not just the name somewhere in the page's text.
            let header = ["Planning statement", "Evidence log", "Support plan", "Performance review"].map { "Siân Prothero · \($0) · cycle 2025-26" }
            XCTAssertTrue(header.contains(where: page.contains), "page \(n) names the AST in its header: \(page.prefix(300))", file: file, line: line)
            XCTAssertTrue(page.contains("Page \(n) of \(info.pages)"), "page \(n): \(page.suffix(300))", file: file, line: line)
            XCTAssertTrue(page.contains("Confidential: personal data"), "page \(n)", file: file, line: line)
            XCTAssertTrue(ids.contains { page.contains("Record \($0)") }, "page \(n) names its record: \(page.suffix(300))", file: file, line: line)
        }
        return flat(try browser.text(pdf))
    }

    func testTheReviewPrintsOnTwoA4PagesWithEveryAnswerAsRecorded() throws {
        let stored = try store.load(RecordID("sian-prothero-ab12/2025-26-review"))
        let pdf = try printed("export \(stored.id) --format html", to: "review")
        let text = try checkPages(pdf, record: [stored.id.rawValue], maxPages: 2)
        for expected in expectedTexts(stored.record) {
            XCTAssertTrue(text.contains(flat(expected)), "printed as in the record: \(expected)")
        }
        // The decision comes first, on page 1, boxed with its paragraphs.
        let first = flat(try browser.text(pdf, page: 1))
        let decision = try XCTUnwrap(first.range(of: "Decision"))
        let pay = try XCTUnwrap(first.range(of: "Pay: move from point 19 to point 20 of her 18-22 range from 1 September 2026. [prp.1, qa.6, differences.1]"))
        let objectives = try XCTUnwrap(first.range(of: "Year 9 proportional reasoning"))
        XCTAssertTrue(decision.lowerBound < pay.lowerBound && pay.lowerBound < objectives.lowerBound, first)
        XCTAssertTrue(first.contains("Elmfield High School · Westshire LEA"), first)
        // Full labels, long dates, rendered notes; nothing cryptic or raw.
        for label in ["Funds for awards considered", "Points recommended", "Circumstances beyond the AST's control", "Review date 1 July 2026",
                      "Agreed on 8 July 2026 by Femi Adeyemi (line manager) and Siân Prothero (AST).", "Review meeting, 1 July 2026",
                      "Name Femi Adeyemi Siân Prothero", "Signature", "Date"] {
            XCTAssertTrue(text.contains(label), label)
        }
        for raw in ["(skipped)", "##", "**", "2026-07-08", "Funds Within"] { XCTAssertFalse(text.contains(raw), raw) }
    }

    /// A review made by the interview (keys with underscores, skipped answers,
    /// "from" notes holding answers) prints as well as the hand-written example.
    func testAReviewMadeByTheInterviewPrintsAsRecorded() throws {
        let transcript = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Transcripts/interview-review.txt")
        let typed = try String(contentsOf: transcript, encoding: .utf8).split(separator: "\n").filter { $0.hasPrefix("> ") }.map { String($0.dropFirst(2)) }
        for line in typed { session.execute(line) }
        let stored = try store.load(RecordID("zoe-ni-bhriain-ab12/2025-26-review"))
        XCTAssertTrue(stored.record.fields.contains { $0.value == .text("(skipped)") }, "the case has a skipped answer")
        let pdf = try printed("export \(stored.id) --format html", to: "interview-review")
        let info = try browser.info(pdf)
        XCTAssertLessThanOrEqual(info.pages, 2)
        let text = flat(try browser.text(pdf))
        for expected in expectedTexts(stored.record) {
            XCTAssertTrue(text.contains(flat(expected)), "printed as in the record: \(expected)")
        }
        for because in stored.record.conclusions.flatMap(\.because) {
            XCTAssertTrue(text.contains(flat(because)), "a 'from' note printed as stored: \(because)")
        }
        XCTAssertTrue(text.contains("not recorded") && !text.contains("(skipped)"))
        for n in 1...info.pages {
            XCTAssertTrue(flat(try browser.text(pdf, page: n)).contains("Zoë Ní Bhriain · Performance review · cycle 2025-26"), "page \(n)")
        }
    }

    func testEachRecordOfTheCycleFitsAndAWholeCycleIsOneDocument() throws {
        var ids: [String] = []
        for kind in ["planning", "evidence", "support"] {
            let stored = try store.load(RecordID("sian-prothero-ab12/2025-26-\(kind)"))
            ids.append(stored.id.rawValue)
            let text = try checkPages(try printed("export \(stored.id) --format html", to: kind), record: [stored.id.rawValue], maxPages: 3)
            for expected in expectedTexts(stored.record) {
                XCTAssertTrue(text.contains(flat(expected)), "\(kind) printed as in the record: \(expected)")
            }
        }
        ids.append("sian-prothero-ab12/2025-26-review")
        // Any spelling of the name and the cycle finds the same four records.
        let text = try checkPages(try printed("export --all SIAN  PROTHERO 2025/26", to: "cycle"), record: ids, maxPages: 10)
        for id in ids {
            for expected in expectedTexts(try store.load(RecordID(id)).record) {
                XCTAssertTrue(text.contains(flat(expected)), "\(id) printed as in the record: \(expected)")
            }
        }
        let order = ["Planning statement", "Evidence log", "Support plan", "Performance review"].map { text.range(of: $0 + " 2025-26")?.lowerBound }
        XCTAssertEqual(order.compactMap { $0 }.count, 4, "each record's heading")
        XCTAssertEqual(order.compactMap { $0 }, order.compactMap { $0 }.sorted(), "the year in order")
    }
}
