import XCTest
@testable import LineEditing

final class TextHelpersTests: XCTestCase {
    func testPromptColourCodesAreMarkedInvisible() {
        XCTAssertEqual(PromptText.markInvisible("astpm> "), "astpm> ")
        XCTAssertEqual(PromptText.markInvisible("\u{1B}[1;34mastpm>\u{1B}[0m "),
                       "\u{01}\u{1B}[1;34m\u{01}astpm>\u{01}\u{1B}[0m\u{01} ")
        XCTAssertEqual(PromptText.markInvisible("a\u{01}b"), "ab")
        XCTAssertEqual(PromptText.markInvisible("x\u{1B}"), "x\u{01}\u{1B}\u{01}")
    }

    func testPasteNormalisesLineEndsAndDropsControls() {
        XCTAssertEqual(PasteText.clean("one\r\ntwo\rthree\n"), "one\ntwo\nthree")
        XCTAssertEqual(PasteText.clean("a\tb\u{07}c\n\n"), "a\tbc")
        XCTAssertEqual(PasteText.clean("Zoë £181m"), "Zoë £181m")
    }

    func testWideTextRoundTrip() {
        let text = "Zoë Ní Bhriain £181m 😀"
        let back = WideText.withWide(text) { pointer -> String in
            var end = pointer
            while end.pointee != 0 { end += 1 }
            return WideText.string(from: pointer, to: end)
        }
        XCTAssertEqual(back, text)
    }

    func testInteractiveNeedsStdinAndOneOutputTerminal() {
        XCTAssertTrue(Terminal.isInteractive(stdin: true, stdout: true, stderr: false))
        XCTAssertTrue(Terminal.isInteractive(stdin: true, stdout: false, stderr: true))
        XCTAssertFalse(Terminal.isInteractive(stdin: true, stdout: false, stderr: false))
        XCTAssertFalse(Terminal.isInteractive(stdin: false, stdout: true, stderr: true))
    }

    func testWidthFallsBackToColumnsThenEighty() {
        XCTAssertEqual(Terminal.width(measured: 120, environment: ["COLUMNS": "50"]), 120)
        XCTAssertEqual(Terminal.width(measured: nil, environment: ["COLUMNS": "50"]), 50)
        XCTAssertEqual(Terminal.width(measured: 0, environment: ["COLUMNS": "x"]), 80)
        XCTAssertEqual(Terminal.width(measured: nil, environment: [:]), 80)
    }

    func testColourOnlyOnATerminalWithoutNoColor() {
        XCTAssertTrue(Terminal.colorAllowed(stdoutIsTTY: true, environment: [:], noColorFlag: false))
        XCTAssertTrue(Terminal.colorAllowed(stdoutIsTTY: true, environment: ["NO_COLOR": ""], noColorFlag: false))
        XCTAssertFalse(Terminal.colorAllowed(stdoutIsTTY: true, environment: ["NO_COLOR": "1"], noColorFlag: false))
        XCTAssertFalse(Terminal.colorAllowed(stdoutIsTTY: true, environment: [:], noColorFlag: true))
        XCTAssertFalse(Terminal.colorAllowed(stdoutIsTTY: false, environment: [:], noColorFlag: false))
    }

    func testEnvironmentIsReadWithoutFoundation() {
        XCTAssertEqual(Terminal.environment()["PATH"], ProcessInfo.processInfo.environment["PATH"])
    }

    func testFactoryChoosesPlainReaderWithoutATerminal() throws {
        guard !Terminal.isInteractive else { throw XCTSkip("running at a terminal") }
        XCTAssertTrue(makeLineReader(historyPath: nil) is PlainLineReader)
    }
}
