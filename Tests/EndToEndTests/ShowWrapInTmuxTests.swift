import Foundation
import XCTest

/// `show` in a real terminal (tmux, 100 columns): astpm wraps the record
/// itself, between words, so the terminal never has to cut a line (and a word
/// in half); into a pipe the same record comes out unwrapped.
final class ShowWrapInTmuxTests: XCTestCase {
    func testShowWrapsToTheTerminalBetweenWords() throws {
        guard let tmux = TmuxSession.findTmux() else { throw XCTSkip("tmux is not installed; Scripts/test installs it") }
        let binary = REPLInTmuxTests.binaryPath()
        guard FileManager.default.isExecutableFile(atPath: binary) else { throw XCTSkip("no astpm binary at \(binary)") }
        let session = try TmuxSession(tmux: tmux)
        defer { session.close() }
        let store = session.directory.appendingPathComponent("store").path
        let example = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Guidance/examples/sian-prothero").path
        let imported = try Self.run(binary, ["--store", store, "import", example], home: session.home.path)
        XCTAssertEqual(imported.status, 0, imported.output)

        try session.start(binary, arguments: ["--store", store])
        try session.waitForPrompt("astpm> ")
        try session.type("show 2025-26-planning")
        try session.press("Enter")
        try session.waitUntil("the record and a fresh prompt") {
            let text = try session.transcript()
            let current = try session.cursorLine()
            return text.contains { $0.hasPrefix("Agreed on 2025-10-06") } && current == "astpm>"
        }
        // -J joins rows the terminal wrapped: every row astpm wrote still fits.
        let rows = try session.transcript()
        for row in rows { XCTAssertLessThanOrEqual(row.count, 100, "the terminal had to wrap: \(row)") }
        guard let i = rows.firstIndex(where: { $0.hasPrefix("    Success criteria: At least 75% of pupils") }) else {
            return XCTFail("no success criteria row:\n\(rows.joined(separator: "\n"))")
        }
        XCTAssertEqual(rows[i], "    Success criteria: At least 75% of pupils in sets 9B2 and 9C1 reach the department's expected")
        XCTAssertEqual(rows[i + 1], "      standard in the June assessment, up from 58% in the autumn baseline.")

        // The same record into a pipe: whole lines.
        let piped = try Self.run(binary, ["--store", store, "show", "2025-26-planning"], home: session.home.path)
        XCTAssertTrue(piped.output.contains("    Success criteria: At least 75% of pupils in sets 9B2 and 9C1 reach the department's expected standard in the June assessment, up from 58% in the autumn baseline.\n"))
    }

    /// Runs astpm once, not in a terminal, with `home` as HOME.
    static func run(_ binary: String, _ arguments: [String], home: String) throws -> (status: Int32, output: String) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: binary)
        p.arguments = arguments
        p.environment = ["HOME": home, "LANG": "C.UTF-8", "SWIFT_BACKTRACE": "enable=no"]
        let pipe = Pipe()
        p.standardOutput = pipe
        p.standardError = pipe
        p.standardInput = FileHandle.nullDevice
        try p.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (p.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
