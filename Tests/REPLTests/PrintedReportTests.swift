import Configuration
import Foundation
import Records
import Store
@testable import REPL
import XCTest

/// The cycle report as the head or LEA prints it: `report CYCLE --format html`
/// for a school of sixty ASTs, printed with headless Chromium and read back
/// with poppler: A4 landscape pages, each with the cycle, "Confidential:
/// personal data" and "Page n of m", every AST's row, and the groups to look at.
final class PrintedReportTests: XCTestCase {
    func testTheReportPrintsOnA4LandscapeMarkedConfidentialOnEveryPage() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("astpm-print-report-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        let browser = try HeadlessChromium(workFolder: root)
        let store = MemoryRecordStore()
        var names: [String] = []
        for i in 0..<60 {
            let name = "Teacher \(["Amir", "Beth", "Chidi", "Dana", "Eoin", "Fatima"][i % 6]) \(i)"
            names.append(name)
            let outcomes = i % 3 == 0 ? ["met", "met", "met"] : ["met", "partly", "met"]
            _ = try store.create(DueAndReportTests.review(name, outcomes: outcomes, point: 10 + i % 3, points: i % 4 == 0 ? 2 : 1))
        }
        let out = BufferedOutput()
        let context = REPLContext(guidance: TranscriptRunner.guidance, store: store, output: out, clock: { DueAndReportTests.date("2026-07-20") })
        context.configuration = AstpmConfig(school: "Elmfield High School", lea: "Westshire LEA")
        let html = root.appendingPathComponent("report.html")
        REPLSession(context: context).execute("report 2025-26 --format html -o \(html.path)")
        XCTAssertEqual(out.errors, "")
        let pdf = try browser.printToPDF(html)
        let info = try browser.info(pdf)
        XCTAssertEqual(info.width, 842, accuracy: 1.5, "A4 landscape width in points")
        XCTAssertEqual(info.height, 595, accuracy: 1.5, "A4 landscape height in points")
        XCTAssertGreaterThan(info.pages, 1, "sixty rows take more than one page")
        var all = ""
        for n in 1...info.pages {
            let page = try browser.text(pdf, page: n).split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
            XCTAssertTrue(page.contains("Confidential: personal data"), "page \(n)")
            XCTAssertTrue(page.contains("Page \(n) of \(info.pages)"), "page \(n): \(page.prefix(300))")
            XCTAssertTrue(page.contains("Cycle report 2025-26 · Elmfield High School · Westshire LEA"), "page \(n)")
            all += page + " "
        }
        for name in names { XCTAssertTrue(all.contains(name), name) }
        XCTAssertTrue(all.contains("Equality of opportunity: awards set against outcomes [prp.1]"))
        XCTAssertTrue(all.contains("To look at"))
        XCTAssertTrue(all.contains("This is not a finding of unfairness"))
    }
}
