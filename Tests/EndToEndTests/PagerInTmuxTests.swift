import Foundation
import XCTest

/// A one-shot command at a real terminal (tmux, 20 rows): output longer than
/// the screen goes through the pager (`ASTPM_PAGER`, here a `sed` that marks
/// each line), shorter output and `--no-pager` do not; into a pipe nothing is.
final class PagerInTmuxTests: XCTestCase {
    func screen(_ arguments: [String], pager: String = "sed s/^/paged:/") throws -> [String] {
        guard let tmux = TmuxSession.findTmux() else { throw XCTSkip("tmux is not installed; Scripts/test installs it") }
        let binary = REPLInTmuxTests.binaryPath()
        guard FileManager.default.isExecutableFile(atPath: binary) else { throw XCTSkip("no astpm binary at \(binary)") }
        let session = try TmuxSession(tmux: tmux)
        defer { session.close() }
        let store = session.directory.appendingPathComponent("store").path
        try session.start("/usr/bin/env", arguments: ["ASTPM_PAGER=\(pager)", binary, "--store", store] + arguments, rows: 20)
        XCTAssertEqual(try session.exitStatus(), 0)
        return try session.transcript().filter { !$0.hasPrefix("Pane is dead") }
    }

    func testLongOutputGoesThroughThePager() throws {
        let rows = try screen(["help"]).filter { !$0.isEmpty }
        XCTAssertGreaterThan(rows.count, 20)
        XCTAssertTrue(rows.allSatisfy { $0.hasPrefix("paged:") }, rows.joined(separator: "\n"))
    }

    func testShortOutputAndNoPagerAreWrittenStraight() throws {
        let short = try screen(["version"]).filter { !$0.isEmpty }
        XCTAssertFalse(short.isEmpty)
        XCTAssertFalse(short.contains { $0.hasPrefix("paged:") }, short.joined(separator: "\n"))
        let unpaged = try screen(["--no-pager", "help"]).filter { !$0.isEmpty }
        XCTAssertGreaterThan(unpaged.count, 20)
        XCTAssertFalse(unpaged.contains { $0.hasPrefix("paged:") }, unpaged.joined(separator: "\n"))
        let empty = try screen(["help"], pager: "").filter { !$0.isEmpty }
        XCTAssertFalse(empty.contains { $0.hasPrefix("paged:") }, "ASTPM_PAGER empty: no pager")
    }

    /// At the interactive prompt: `help` (longer than the screen) goes through
    /// the pager, a short command does not, and leaving the pager early (here a
    /// pager that reads three lines and quits) drops the rest and the session
    /// goes on, Ctrl-C included.
    func testAtThePromptALongCommandIsPagedAndTheSessionGoesOn() throws {
        guard let tmux = TmuxSession.findTmux() else { throw XCTSkip("tmux is not installed; Scripts/test installs it") }
        let binary = REPLInTmuxTests.binaryPath()
        guard FileManager.default.isExecutableFile(atPath: binary) else { throw XCTSkip("no astpm binary at \(binary)") }
        for pager in ["sed s/^/paged:/", "head -3 | sed s/^/paged:/"] {
            let session = try TmuxSession(tmux: tmux)
            defer { session.close() }
            let store = session.directory.appendingPathComponent("store").path
            try session.start("/usr/bin/env", arguments: ["ASTPM_PAGER=\(pager)", binary, "--store", store], rows: 20)
            try session.waitForPrompt("astpm> ")
            try session.type("help")
            try session.press("Enter")
            try session.waitUntil("help through the pager, then the prompt") {
                try session.transcript().contains { $0.hasPrefix("paged:") } && (try session.cursorLine()) == "astpm>"
            }
            let paged = try session.transcript().filter { $0.hasPrefix("paged:") }
            if pager.hasPrefix("head") {
                XCTAssertEqual(paged.count, 3, "the pager read three lines and quit:\n\(paged.joined(separator: "\n"))")
            } else {
                XCTAssertGreaterThan(paged.count, 20)
            }
            try session.type("version")
            try session.press("Enter")
            try session.waitUntil("version, written straight") {
                try session.transcript().contains { $0.hasPrefix("astpm ") && !$0.hasPrefix("astpm>") } && (try session.cursorLine()) == "astpm>"
            }
            XCTAssertFalse(try session.transcript().contains { $0.hasPrefix("paged:astpm ") }, "a short command is not paged")
            try session.type("half typed")
            try session.press("C-c")
            try session.waitUntil("Ctrl-C clears the line at the prompt again") { (try session.cursorLine()) == "astpm>" }
            try session.press("C-d")
            XCTAssertEqual(try session.exitStatus(), 0, pager)
        }
    }
}
