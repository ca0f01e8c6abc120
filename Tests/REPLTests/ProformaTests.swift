import Configuration
import Foundation
import Records
@testable import REPL
import Store
import XCTest

/// `proforma` writes the outreach feedback form from the AST's plan; the
/// receiving school fills in its Markdown twin; `import` adds it to the
/// evidence log once, as an unweighed draft item, and `--dry-run` writes
/// nothing. The printed form is read back from headless Chromium.
final class ProformaTests: XCTestCase {
    var root: URL!
    var store: FileRecordStore!
    var output: BufferedOutput!
    var session: REPLSession!

    override func setUpWithError() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("astpm-proforma-\(UUID().uuidString)")
        store = try FileRecordStore(root: root.appendingPathComponent("store"), savedBy: "tester@host", makeSuffix: { "ab12" })
        output = BufferedOutput()
        let context = REPLContext(guidance: PrintedStatementTests.guidance, store: store, output: output, style: OutputStyle(width: 300),
                                  clock: { DueAndReportTests.date("2026-06-01") })
        context.configuration = AstpmConfig(school: "Elmfield High School", lea: "Westshire LEA")
        session = REPLSession(context: context)
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: root) }

    func run(_ line: String) -> (out: String, err: String) {
        let before = (output.text.count, output.errors.count)
        session.execute(line)
        return (String(output.text.dropFirst(before.0)), String(output.errors.dropFirst(before.1)))
    }

    func importWorkedExample(_ names: String...) {
        for url in names.flatMap({ TranscriptRunner.workedExample($0) }) { XCTAssertEqual(run("import \(url.path)").err, "") }
    }

    /// The Markdown form with answers written under its headings.
    func fill(_ path: String, school: String = "Brookvale Primary", date: String = "22 May 2026") throws -> String {
        var text = try String(contentsOfFile: path, encoding: .utf8)
        text = text.replacingOccurrences(of: "> The name of your school.\n", with: "> The name of your school.\n\(school)\n")
        text = text.replacingOccurrences(of: "> For example: J. Mensah, headteacher.\n", with: "> For example: J. Mensah, headteacher.\nA. Okoro, headteacher\n")
        text = text.replacingOccurrences(of: "> For example: 8 July 2026 or 2026-07-08.\n", with: "> For example: 8 July 2026 or 2026-07-08.\n\(date)\n")
        text = text.replacingOccurrences(of: "what changed in your school as a result?\n", with: "what changed in your school as a result?\nBoth teachers use the sequence in three units.\n")
        text = text.replacingOccurrences(of: "receptive, mixed or resistant.\n", with: "receptive, mixed or resistant.\nreceptive\n")
        let filled = root.appendingPathComponent("filled-\(UUID().uuidString).md").path
        try text.write(toFile: filled, atomically: false, encoding: .utf8)
        return filled
    }

    func evidenceItems() throws -> [RecordValue] {
        let log = try store.records(of: "Siân Prothero", cycle: "2025-26", kind: .evidence).records.first
        guard case .list(let items)? = log?.record.field("items") else { return [] }
        return items
    }

    func testTheFormListsThePlansOutreachObjectiveAndIsPrivate() throws {
        importWorkedExample("2025-26-planning")
        let base = root.appendingPathComponent("brookvale").path
        let result = run("proforma sian prothero -o \(base).html")
        XCTAssertEqual(result.err, "")
        XCTAssertTrue(result.out.contains("Wrote the outreach feedback form for Siân Prothero, 2025-26 (1 outreach objective"), result.out)
        for ending in [".html", ".md"] {
            let attributes = try FileManager.default.attributesOfItem(atPath: base + ending)
            XCTAssertEqual((attributes[.posixPermissions] as? NSNumber)?.intValue, 0o600, ending)
        }
        let md = try String(contentsOfFile: base + ".md", encoding: .utf8)
        XCTAssertTrue(md.contains("## Objective 3: Support the Year 5 and 6 teachers at Brookvale Primary"), md)
        XCTAssertFalse(md.contains("proportional reasoning"), "classroom objectives are not the receiving school's")
        let again = run("proforma sian prothero -o \(base)")
        XCTAssertTrue(again.err.contains("already exists; nothing was written"), again.err)
        XCTAssertEqual(run("proforma sian prothero -o \(base) --force").err, "")
    }

    func testWithoutAPlanThereIsNothingToAskAbout() {
        importWorkedExample("2025-26-review")
        let result = run("proforma sian prothero -o \(root.appendingPathComponent("x").path)")
        XCTAssertTrue(result.err.contains("has no objectives plan for 2025-26"), result.err)
        XCTAssertFalse(FileManager.default.fileExists(atPath: root.appendingPathComponent("x.md").path))
    }

    func testTheFilledFormJoinsTheEvidenceLogOnceAndDryRunWritesNothing() throws {
        importWorkedExample("2025-26-planning", "2025-26-evidence")
        let base = root.appendingPathComponent("form").path
        XCTAssertEqual(run("proforma sian prothero -o \(base)").err, "")
        let filled = try fill(base + ".md")
        let before = try evidenceItems().count
        let dry = run("import --dry-run \(filled)")
        XCTAssertTrue(dry.out.contains("feedback from a receiving school; would be added to the evidence log"), dry.out)
        XCTAssertEqual(try evidenceItems().count, before, "a dry run writes nothing")
        let result = run("import \(filled)")
        XCTAssertEqual(result.err, "")
        XCTAssertTrue(result.out.contains("added to the evidence log"), result.out)
        let items = try evidenceItems()
        XCTAssertEqual(items.count, before + 1)
        guard case .map(let item)? = items.last else { return XCTFail("an item") }
        XCTAssertEqual(item.first(where: { $0.key == "source" })?.value, .text("A. Okoro, headteacher, Brookvale Primary"))
        XCTAssertEqual(item.first(where: { $0.key == "receptive" })?.value, .text("receptive"))
        XCTAssertNil(item.first(where: { $0.key == "weight" }), "the line manager weighs it")
        let log = try XCTUnwrap(store.records(of: "Siân Prothero", cycle: "2025-26", kind: .evidence).records.first)
        XCTAssertEqual(log.record.status, .draft, "a changed log is agreed again")
        XCTAssertEqual(try store.history(log.id).count, 1, "the log as it was is kept")
        let twice = run("import \(filled)")
        XCTAssertTrue(twice.out.contains("already in the evidence log"), twice.out)
        XCTAssertEqual(try evidenceItems().count, before + 1)
    }

    func testAFormWithAMistakeIsRefusedWithItsLineAndNothingIsSaved() throws {
        importWorkedExample("2025-26-planning")
        let base = root.appendingPathComponent("form").path
        XCTAssertEqual(run("proforma sian prothero -o \(base)").err, "")
        let filled = try fill(base + ".md", date: "30 February 2026")
        let result = run("import \(filled)")
        XCTAssertTrue(result.err.contains("\(filled):"), result.err)
        XCTAssertTrue(result.err.contains("this feedback form cannot be imported: '30 February 2026' is not a date"), result.err)
        XCTAssertTrue(try store.records(of: "Siân Prothero", cycle: "2025-26", kind: .evidence).records.isEmpty)
    }

    func testThePrintedFormIsOneA4PageWithTheObjectiveAndTheNameOnIt() throws {
        let browser = try HeadlessChromium(workFolder: root)
        importWorkedExample("2025-26-planning")
        let base = root.appendingPathComponent("printed").path
        XCTAssertEqual(run("proforma sian prothero -o \(base)").err, "")
        let pdf = try browser.printToPDF(URL(fileURLWithPath: base + ".html"))
        let info = try browser.info(pdf)
        XCTAssertEqual(info.width, 595, accuracy: 1.5, "A4 width in points")
        XCTAssertEqual(info.height, 842, accuracy: 1.5, "A4 height in points")
        XCTAssertEqual(info.pages, 1, "one outreach objective fits one page")
        let text = try browser.text(pdf).split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        XCTAssertTrue(text.contains("Outreach feedback for Siân Prothero, 2025-26"), text)
        XCTAssertTrue(text.contains("Objective 3: Support the Year 5 and 6 teachers at Brookvale Primary"), text)
        XCTAssertTrue(text.contains("Confidential: personal data"))
        XCTAssertTrue(text.contains("Page 1 of \(info.pages)"))
    }
}
