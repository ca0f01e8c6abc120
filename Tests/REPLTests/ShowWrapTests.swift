import Foundation
import Records
@testable import REPL
import XCTest

/// `show` on a terminal wraps to its width between words, each value's
/// continuation under it; into a file or pipe it does not wrap at all.
final class ShowWrapTests: XCTestCase {
    func show(_ id: String, width: Int, terminal: Bool, extra: [Record] = []) throws -> String {
        try TranscriptRunner.output(of: "show \(id)", width: width, terminal: terminal, extra: extra)
    }

    func words(_ text: String) -> [Substring] { text.split(whereSeparator: { $0 == " " || $0 == "\n" }) }

    func testOnATerminalEveryLineFitsAndNoWordIsCut() throws {
        let flat = try show("2025-26-planning", width: 40, terminal: false)
        for width in [40, 57, 80] {
            let wrapped = try show("2025-26-planning", width: width, terminal: true)
            for line in wrapped.split(separator: "\n") {
                let cols = HangingWrap.columns(String(line))
                XCTAssertTrue(cols <= width || words(String(line)).count == 1, "\(cols) columns at width \(width): \(line)")
            }
            XCTAssertEqual(words(wrapped), words(flat), "the same words in the same order: none cut, none lost")
        }
        // The value's continuation hangs under it, deeper than the labels beside it.
        let wrapped = try show("2025-26-planning", width: 60, terminal: true)
        XCTAssertTrue(wrapped.contains("""
          - Objective: Year 9 pupils in her two sets make secure
              progress in proportional reasoning.
            Focus: pupil progress
        """), wrapped)
        XCTAssertTrue(wrapped.contains("""
        Induction: First term concentrates on mathematics in Key
          Stage 3, her strength; outreach starts in a primary
        """), wrapped)
    }

    func testIntoAFileOrPipeLinesAreLeftWhole() throws {
        let text = try show("2025-26-planning", width: 40, terminal: false)
        XCTAssertTrue(text.contains("\n  - Objective: Year 9 pupils in her two sets make secure progress in proportional reasoning.\n"), text)
        XCTAssertTrue(text.split(separator: "\n").contains { $0.count > 100 })
    }

    func testWideCharactersCountTwoColumnsAndControlCharactersTheirCaretForm() throws {
        let note = Record(kind: .tour, ast: "陳大文", cycle: "2025-26", created: "2025-09-01",
                          fields: [RecordField("your-name", .text("陳大文 陳大文 陳大文 陳大文 陳大文 陳大文 陳大文 陳大文 陳大文 陳大文")),
                                   RecordField("note", .text("bell\u{07}bell " + String(repeating: "word ", count: 20)))])
        let wrapped = try show("2025-26-tour", width: 30, terminal: true, extra: [note])
        for line in wrapped.split(separator: "\n") {
            XCTAssertLessThanOrEqual(HangingWrap.columns(String(line)), 30, String(line))
        }
        XCTAssertTrue(wrapped.contains("bell^Gbell"), "made visible, and measured as shown")
        XCTAssertEqual(HangingWrap.columns("陳大文"), 6)
        XCTAssertEqual(HangingWrap.columns("\u{1B}[1mbold\u{1B}[0m"), 4, "astpm's own colour codes take no room")
        XCTAssertEqual(HangingWrap.columns("a\u{1B}[31mb"), 8, "another ESC shows as ^[")
        XCTAssertEqual(HangingWrap.wrap("short", width: 3, hang: 2), "short", "a word wider than the line stays whole")
        XCTAssertEqual(HangingWrap.wrap("Label: one  two three", width: 12, hang: 2), "Label: one\n  two three", "spaces inside a line kept")
    }
}
