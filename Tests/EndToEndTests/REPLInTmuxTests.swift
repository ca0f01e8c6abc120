import Foundation
import XCTest

/// Drives the real astpm binary in a real terminal (tmux): prompt, Tab completion,
/// help, Up-arrow recall, Ctrl-C, UTF-8, bracketed paste, Ctrl-D and the history
/// file. The binary comes from ASTPM_BIN (Scripts/test sets it to the release
/// build), else .build/debug/astpm in this package.
final class REPLInTmuxTests: XCTestCase {
    private let prompt = "astpm> "
    private var session: TmuxSession!

    override func setUpWithError() throws {
        guard let tmux = TmuxSession.findTmux() else {
            throw XCTSkip("tmux is not installed; Scripts/test installs it (apt-get install tmux)")
        }
        let binary = Self.binaryPath()
        guard FileManager.default.isExecutableFile(atPath: binary) else {
            throw TmuxSession.Failure(description:
                "no astpm binary at \(binary): run Scripts/test, or `swift build` first, or set ASTPM_BIN")
        }
        session = try TmuxSession(tmux: tmux)
        try session.start(binary)
        try session.waitForPrompt(prompt)
    }

    override func tearDown() {
        session?.close()
        session = nil
    }

    static func binaryPath() -> String {
        if let path = ProcessInfo.processInfo.environment["ASTPM_BIN"], !path.isEmpty { return path }
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        return root.appendingPathComponent(".build/debug/astpm").path
    }

    private var historyFile: URL { session.stateHome.appendingPathComponent("astpm/history") }

    func testBannerAndPromptAppear() throws {
        XCTAssertTrue(try session.screen().contains { $0.hasPrefix("astpm 0.1") }, "banner line")
        XCTAssertEqual(try session.cursorLine(), "astpm>")
    }

    func testTabCompletesHelpWhichRunsAndUpRecallsIt() throws {
        try session.type("he")
        try session.waitForPrompt(prompt, typed: "he")
        try session.press("Tab")
        try session.waitForPrompt(prompt, typed: "help ")

        try session.press("Enter")
        try session.waitUntil("the help text and a fresh prompt") {
            let text = try session.transcript()
            guard let typed = text.lastIndex(of: "astpm> help") else { return false }
            let after = text[(typed + 1)...]
            let current = try session.cursorLine()
            return after.contains { $0.hasPrefix("Commands") } && after.contains { $0.hasPrefix("  quit") }
                && current == "astpm>"
        }

        try session.press("Up")
        try session.waitForPrompt(prompt, typed: "help")
    }

    /// Home and End in each form terminals send them, whatever TERM's entry lists
    /// (xterm-256color's lists only \eOH and \eOF).
    func testHomeAndEndMoveWithinTheLine() throws {
        session.close()
        session = try TmuxSession(tmux: TmuxSession.findTmux()!)
        try session.start(Self.binaryPath(), terminal: "xterm-256color")
        try session.waitForPrompt(prompt)
        for (home, end) in [("\u{1B}[1~", "\u{1B}[4~"), ("\u{1B}[H", "\u{1B}[F"), ("\u{1B}OH", "\u{1B}OF")] {
            try session.type("elp")
            try session.waitForPrompt(prompt, typed: "elp")
            try session.type(home)
            try session.type("h")
            try session.waitUntil("'h' typed at the start of the line") {
                let line = try session.cursorLine(), x = try session.cursor().x
                return line == prompt + "help" && x == prompt.count + 1
            }
            try session.type(end)
            try session.type(" me")
            try session.waitForPrompt(prompt, typed: "help me")
            try session.press("C-c")
            try session.waitUntil("a fresh prompt") { (try session.cursorLine()) == "astpm>" }
        }
    }

    func testCtrlCCancelsTheLineAndTheSessionGoesOn() throws {
        try session.type("hel")
        try session.waitForPrompt(prompt, typed: "hel")
        try session.press("C-c")
        try session.waitUntil("a fresh empty prompt below the cancelled line") {
            let (x, y) = try session.cursor()
            let rows = try session.screen()
            return x == prompt.count && rows[y] == "astpm>" && y > 0 && rows[y - 1].hasPrefix("astpm> hel")
        }
        XCTAssertTrue(try session.isAlive(), "Ctrl-C must not end the program")

        try session.type("version")
        try session.press("Enter")
        try session.waitUntil("the version after Ctrl-C") {
            let text = try session.transcript()
            guard let typed = text.lastIndex(of: "astpm> version") else { return false }
            let current = try session.cursorLine()
            return text[(typed + 1)...].contains { $0.contains("0.1") } && current == "astpm>"
        }
    }

    /// In an interview the first Ctrl-C clears a half-typed answer and stays at
    /// the question; Ctrl-C on the empty line pauses; Ctrl-D pauses and returns
    /// to astpm>, where Ctrl-D leaves (issue 12).
    func testCtrlCAndCtrlDInAnInterview() throws {
        try session.type("start review")
        try session.press("Enter")
        try session.waitForPrompt("review 1> ")
        try session.type("Zo")
        try session.waitForPrompt("review 1> ", typed: "Zo")
        try session.press("C-c")
        try session.waitUntil("the hint and the same question, with the answer gone") {
            let rows = try session.transcript()
            guard let hint = rows.lastIndex(of: "Ctrl-C again on an empty line pauses.") else { return false }
            let (x, _) = try session.cursor()
            let current = try session.cursorLine()
            return hint > 0 && rows[hint - 1].hasPrefix("review 1> Zo") && current == "review 1>" && x == "review 1> ".count
        }
        try session.press("C-c")
        try session.waitUntil("the interview paused and astpm> back") {
            let paused = try session.transcript().contains { $0.hasPrefix("Paused with 0 answers kept as 'review-1'") }
            let current = try session.cursorLine()
            return paused && current == "astpm>"
        }
        try session.type("resume")
        try session.press("Enter")
        try session.waitForPrompt("review 1> ")
        try session.type("Zoë")
        try session.press("Enter")
        try session.waitForPrompt("review 2> ")
        try session.press("C-d")
        try session.waitUntil("Ctrl-D paused the interview and astpm> is back") {
            let paused = try session.transcript().contains { $0.hasPrefix("Paused with 1 answer kept as 'review-1'") }
            let current = try session.cursorLine()
            return paused && current == "astpm>"
        }
        XCTAssertTrue(try session.isAlive(), "Ctrl-D in an interview must not end the program")
        try session.press("C-d")
        XCTAssertEqual(try session.exitStatus(), 0)
    }

    func testUTF8RoundTrip() throws {
        let text = "Zoë Ní Bhriain £181m"
        try session.type(text)
        try session.waitForPrompt(prompt, typed: text)
        try session.press("Enter")
        try session.waitUntil("a reply to '\(text)' and a fresh prompt") {
            let rows = try session.transcript()
            guard let typed = rows.lastIndex(of: prompt + text) else { return false }
            let current = try session.cursorLine()
            return rows.count > typed + 1 && !rows[typed + 1].isEmpty && current == "astpm>"
        }
        // The REPL records the line it received in the history file: it got every
        // character intact. (Its reply need not repeat the text; when it does, check it.)
        try session.press("C-d")
        XCTAssertEqual(try session.exitStatus(), 0)
        let history = try String(contentsOf: historyFile, encoding: .utf8)
        XCTAssertTrue(history.split(separator: "\n").contains(Substring(text)), "history: \(history)")
        let rows = try session.transcript()
        XCTAssertTrue(rows.contains(prompt + text), "the typed line shows intact")
    }

    func testBracketedPasteArrivesAsOneLine() throws {
        try session.paste("first pasted line\nsecond pasted line")
        try session.waitUntil("the paste on the prompt, not yet submitted") {
            let rows = try session.screen()
            let (x, y) = try session.cursor()
            return y > 0 && rows[y] == "second pasted line" && x == "second pasted line".count
                && rows[y - 1] == "astpm> first pasted line"
        }
        try session.press("Enter")
        try session.waitUntil("a fresh prompt after the paste") { (try session.cursorLine()) == "astpm>" }
        try session.press("C-d")
        XCTAssertEqual(try session.exitStatus(), 0)
        let history = try String(contentsOf: historyFile, encoding: .utf8)
        XCTAssertTrue(history.contains("first pasted line\\nsecond pasted line\n"), "one entry, not two: \(history)")
    }

    func testCtrlDOnEmptyLineExitsZeroAndHistoryIsPrivate() throws {
        try session.type("help")
        try session.press("Enter")
        try session.waitUntil("a fresh prompt after help") {
            let typed = try session.transcript().contains("astpm> help")
            let current = try session.cursorLine()
            return typed && current == "astpm>"
        }
        try session.press("C-d")
        XCTAssertEqual(try session.exitStatus(), 0)

        var info = stat()
        XCTAssertEqual(stat(historyFile.path, &info), 0, "history file exists at \(historyFile.path)")
        XCTAssertEqual(info.st_mode & 0o777, 0o600, "history file mode")
        XCTAssertEqual(stat(historyFile.deletingLastPathComponent().path, &info), 0)
        XCTAssertEqual(info.st_mode & 0o777, 0o700, "history folder mode")
        let lines = try String(contentsOf: historyFile, encoding: .utf8).split(separator: "\n")
        XCTAssertTrue(lines.contains("help"), "history holds help: \(lines)")
    }
}
