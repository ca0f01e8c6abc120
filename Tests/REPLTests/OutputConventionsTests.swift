import Foundation
import LineEditing
@testable import REPL
import Store
import XCTest

/// Output conventions (#13): into a file or pipe nothing is wrapped and hints
/// go to stderr; a one-shot question waits for no follow-up; `guidance check`
/// reports problems on stderr; `TERM=dumb` means no colour and no cursor
/// codes; long one-shot output at a terminal goes through the pager.
final class OutputConventionsTests: XCTestCase {
    static let caseQuestion = "the head wants to give our AST two points this September - ok?"

    func session(style: OutputStyle, terminal: Bool) -> (REPLSession, BufferedOutput) {
        let output = BufferedOutput()
        let context = REPLContext(guidance: TranscriptRunner.guidance, store: MemoryRecordStore(), output: output, style: style)
        context.outputIsTerminal = terminal
        Services.registerAll(in: context)
        return (REPLSession(context: context), output)
    }

    func testIntoAFileOrPipeAnswersAreNotWrappedWhateverTheWidth() {
        let (wrapped, wrappedOut) = session(style: OutputStyle(width: 40), terminal: true)
        wrapped.execute("can an AST go up two points at once?")
        XCTAssertLessThanOrEqual(wrappedOut.text.split(separator: "\n").map(\.count).max() ?? 0, 40)
        let (whole, wholeOut) = session(style: OutputStyle(width: 40, wraps: false), terminal: false)
        whole.execute("can an AST go up two points at once?")
        XCTAssertGreaterThan(wholeOut.text.split(separator: "\n").map(\.count).max() ?? 0, 100, wholeOut.text)
        XCTAssertEqual(wholeOut.text.split(whereSeparator: \.isWhitespace), wrappedOut.text.split(whereSeparator: \.isWhitespace))
    }

    func testHintsGoToStandardErrorWhenOutputIsNotATerminalAndAreNoFailure() {
        let (atTerminal, terminalOut) = session(style: OutputStyle(width: 100), terminal: true)
        atTerminal.execute(Self.caseQuestion)
        XCTAssertTrue(terminalOut.text.contains("To refine this:"), terminalOut.text)
        XCTAssertEqual(terminalOut.errors, "")

        let (piped, pipedOut) = session(style: OutputStyle(width: 100, wraps: false), terminal: false)
        let status = piped.run(reader: ScriptedLineReader([Self.caseQuestion, "4"]))
        XCTAssertFalse(pipedOut.text.contains("To refine this:"), pipedOut.text)
        XCTAssertTrue(pipedOut.errors.contains("To refine this:"), pipedOut.errors)
        XCTAssertTrue(pipedOut.text.contains("on point 4 of a five-point range"), "the follow-up still reads the next line")
        XCTAssertEqual(status, 0, "a hint on stderr is not a failed line")
    }

    func testAOneShotQuestionWaitsForNoFollowUp() {
        let (oneShot, out) = session(style: OutputStyle(width: 100), terminal: true)
        XCTAssertEqual(oneShot.runCommandLine(["ask", Self.caseQuestion]), 0)
        XCTAssertTrue(out.text.contains("Not stated, and the answer turns on it:"), out.text)
        XCTAssertFalse((out.text + out.errors).contains("To refine this:"))
        XCTAssertNil(oneShot.context.mode)
    }

    func testGuidanceCheckReportsProblemsOnStandardError() {
        let (s, out) = session(style: .plain, terminal: false)
        XCTAssertEqual(s.runCommandLine(["guidance", "check", "/nonexistent-guidance"]), 1)
        XCTAssertEqual(out.text, "")
        XCTAssertTrue(out.errors.contains("/nonexistent-guidance:1:1: error: [G001]"), out.errors)
        XCTAssertTrue(out.errors.contains("error(s)."), out.errors)
        let report = GuidanceCheck.run(directory: GuidanceLoaderPath.builtIn, environment: [:])
        let clean = BufferedOutput()
        GuidanceCheck.write(report, to: clean)
        XCTAssertEqual(clean.errors, "")
        XCTAssertTrue(clean.text.hasSuffix(": no errors.\n"), clean.text)
    }

    // MARK: the decision

    func decide(tty: Bool = true, interactive: Bool = false, oneShot: Bool = true, env: [String: String] = ["TERM": "xterm"],
                noPager: Bool = false) -> OutputConventions {
        OutputConventions.decide(stdoutIsTTY: tty, interactive: interactive, oneShot: oneShot, environment: env,
                                 noColorFlag: false, noPagerFlag: noPager, terminalWidth: 120)
    }

    func testIntoAPipeNothingIsWrappedColouredOrPaged() {
        let piped = decide(tty: false, interactive: true, env: ["TERM": "xterm", "COLUMNS": "50", "PAGER": "less"])
        XCTAssertFalse(piped.wraps)
        XCTAssertFalse(piped.color)
        XCTAssertFalse(piped.cursorCodes)
        XCTAssertNil(piped.pager)
        XCTAssertNil(piped.style.wrapWidth)
        let terminal = decide(interactive: true, oneShot: false)
        XCTAssertTrue(terminal.wraps)
        XCTAssertEqual(terminal.style.wrapWidth, 120)
        XCTAssertTrue(terminal.color)
        XCTAssertTrue(terminal.cursorCodes)
        XCTAssertEqual(terminal.pager, "less -FRX", "at the prompt, commands that only print are paged")
    }

    func testADumbTerminalGetsNoColourNoCursorCodesAndNoDefaultPager() {
        let dumb = decide(interactive: true, oneShot: false, env: ["TERM": "dumb"])
        XCTAssertFalse(dumb.color)
        XCTAssertFalse(dumb.cursorCodes)
        XCTAssertFalse(Terminal.colorAllowed(stdoutIsTTY: true, environment: ["TERM": "dumb"], noColorFlag: false))
        XCTAssertNil(decide(env: ["TERM": "dumb"]).pager)
        XCTAssertEqual(decide(env: ["TERM": "dumb", "PAGER": "more"]).pager, "more", "a pager asked for by name is used")
    }

    func testThePagerIsAstpmPagerThenPagerThenLessAndEmptyMeansNone() {
        XCTAssertEqual(decide().pager, "less -FRX")
        XCTAssertEqual(decide(env: ["PAGER": "most"]).pager, "most")
        XCTAssertEqual(decide(env: ["PAGER": "most", "ASTPM_PAGER": "less -S"]).pager, "less -S")
        XCTAssertNil(decide(env: ["PAGER": "most", "ASTPM_PAGER": ""]).pager)
        XCTAssertNil(decide(env: ["PAGER": ""]).pager)
        XCTAssertNil(decide(env: ["PAGER": "cat"]).pager)
        XCTAssertNil(decide(noPager: true).pager)
        XCTAssertNil(decide(tty: false).pager)
    }

    // MARK: the pager

    final class FakePager {
        var started = 0
        let input = BufferedOutput()
        var finished = false
        func start() -> PagedOutput.Pager? {
            started += 1
            return PagedOutput.Pager(input: input, finish: { self.finished = true })
        }
    }

    func testOutputThatFitsIsWrittenWithoutThePager() {
        let terminal = BufferedOutput(), pager = FakePager()
        let paged = PagedOutput(terminal, rows: 10, startPager: pager.start)
        paged.write("one\ntwo\n")
        XCTAssertEqual(terminal.text, "", "held until the command ends")
        paged.finish()
        XCTAssertEqual(terminal.text, "one\ntwo\n")
        XCTAssertEqual(pager.started, 0)
    }

    func testLongOutputGoesThroughThePagerWhole() {
        let terminal = BufferedOutput(), pager = FakePager()
        let paged = PagedOutput(terminal, rows: 5, startPager: pager.start)
        for i in 1...8 { paged.write("line \(i)\n") }
        paged.finish()
        XCTAssertEqual(pager.started, 1)
        XCTAssertEqual(pager.input.text, (1...8).map { "line \($0)\n" }.joined())
        XCTAssertEqual(terminal.text, "")
        XCTAssertTrue(pager.finished, "astpm waits for the pager")
    }

    func testAnErrorOrAQuestionWritesWhatIsHeldFirstInOrder() {
        let terminal = TranscriptOutput(), pager = FakePager()
        let paged = PagedOutput(terminal, rows: 3, startPager: pager.start)
        paged.write("first\n")
        paged.writeError("problem\n")
        for i in 1...5 { paged.write("after \(i)\n") }
        paged.finish()
        XCTAssertEqual(pager.started, 0)
        XCTAssertTrue(terminal.text.hasPrefix("first\nproblem\nafter 1\n"), terminal.text)
        let asked = BufferedOutput()
        let held = PagedOutput(asked, rows: 3, startPager: pager.start)
        held.write("Delete it?\n")
        held.flush()
        XCTAssertEqual(asked.text, "Delete it?\n")
    }

    func testAPagerThatCannotStartLeavesTheOutputOnTheTerminal() {
        let terminal = BufferedOutput()
        let paged = PagedOutput(terminal, rows: 2, startPager: { nil })
        for i in 1...4 { paged.write("\(i)\n") }
        paged.finish()
        XCTAssertEqual(terminal.text, "1\n2\n3\n4\n")
    }
}

/// The built-in Guidance folder's path.
enum GuidanceLoaderPath {
    static var builtIn: String { TranscriptRunner.transcriptsDirectory.deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Guidance").path }
}
