import Foundation
import Guidance
import Records
@testable import REPL
import Store
import XCTest

/// Control characters in a record file (YAML escapes in `ast:` or a field, raw
/// bytes in the notes) never reach the terminal as they are: `records`, `show`
/// and `find` show them as `^[`, `^G`, `^M`... so a record cannot retitle the
/// window, clear the screen or forge rows of the table.
final class TerminalInjectionTests: XCTestCase {
    var root: URL!
    var store: FileRecordStore!
    var output: BufferedOutput!
    var session: REPLSession!

    override func setUpWithError() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("astpm-inject-\(UUID().uuidString)")
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

    /// A hand-edited record: an OSC title change and a bell in `ast:`, a forged
    /// table row after a newline, a screen clear in a field, and raw ESC, CR, NUL,
    /// DEL and a C1 CSI in the notes.
    func writeHostileRecord() throws {
        let folder = root.appendingPathComponent("evil-ab12")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var text = """
        ---
        schema: 1
        kind: review
        status: agreed
        ast: "Evil\\e]0;pwned\\a\\nfake-ab12/2025-26-review  Forged"
        cycle: 2025-26
        created: 2026-07-01
        updated: 2026-07-01
        fields:
          pay: "clear\\e[2J\\e[Hscreen"
        ---

        """
        text += "Notes line one\u{1B}[31mred\rover\u{0}nul\u{7F}del\u{9B}csi\nsecond line\n"
        try text.write(to: folder.appendingPathComponent("2025-26-review.md"), atomically: false, encoding: .utf8)
    }

    func assertNoControls(_ text: String, file: StaticString = #filePath, line: UInt = #line) {
        let bad = text.unicodeScalars.filter { ($0.value < 0x20 && $0 != "\n") || (0x7F...0x9F).contains($0.value) }
        XCTAssertTrue(bad.isEmpty, "control characters reached the output: \(bad.map { String($0.value, radix: 16) }) in \(text.debugDescription)",
                      file: file, line: line)
    }

    func testRecordsShowsControlCharactersAndCannotForgeARow() throws {
        try writeHostileRecord()
        let result = run("records")
        XCTAssertEqual(result.err, "")
        assertNoControls(result.out)
        XCTAssertTrue(result.out.contains("Evil^[]0;pwned^G^Jfake"), result.out)
        // The header, one row and the summary: the newline in 'ast' made no second row.
        XCTAssertEqual(result.out.split(separator: "\n").count, 3, result.out)
    }

    func testShowKeepsTheNotesLinesButNotTheirControls() throws {
        try writeHostileRecord()
        let shown = run("show evil").out
        assertNoControls(shown)
        XCTAssertTrue(shown.contains("Evil^[]0;pwned^G^Jfake"), shown)
        XCTAssertTrue(shown.contains("clear^[[2J^[[Hscreen"), shown)
        XCTAssertTrue(shown.contains("Notes line one^[[31mred^Mover^@nul^?delM-^[csi\nsecond line"), shown)
    }

    func testFindShowsTheMatchingLineMadeVisible() throws {
        try writeHostileRecord()
        let found = run("find screen").out
        assertNoControls(found)
        XCTAssertTrue(found.contains("clear^[[2J^[[Hscreen"), found)
        XCTAssertTrue(run("find nul").out.contains("^@nul"))
    }

    func testExportToAFileOrPipeKeepsTheExactBytesButNotOnATerminal() throws {
        try writeHostileRecord()
        let exact = try String(contentsOf: root.appendingPathComponent("evil-ab12/2025-26-review.md"), encoding: .utf8)
        session.context.outputIsTerminal = false
        XCTAssertEqual(run("export evil-ab12/2025-26-review").out, exact, "export > FILE round-trips")
        session.context.outputIsTerminal = true
        assertNoControls(run("export evil-ab12/2025-26-review").out)
    }

    func testOwnColourCodesStillPass() {
        let style = OutputStyle(color: true)
        let bold = TextFormatting.bold("x", style) + TextFormatting.dim("y", style) + TextFormatting.cite("z", style)
        XCTAssertEqual(TerminalText.forTerminal(bold), bold)
        XCTAssertEqual(TerminalText.forTerminal("\u{1B}[31mred\u{1B}]0;t\u{7}"), "^[[31mred^[]0;t^G")
        XCTAssertEqual(TerminalText.visible("a\u{202E}b"), "a<U+202E>b")
        XCTAssertEqual(TerminalText.visible("a\tb\nc"), "a\tb\nc")
        XCTAssertEqual(TerminalText.visible("a\tb\nc", keepNewlines: false), "a^Ib^Jc")
    }
}
