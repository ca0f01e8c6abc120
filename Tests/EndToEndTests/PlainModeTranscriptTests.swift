import Foundation
import XCTest

/// Pipes golden transcripts through the built binary in plain mode (`--echo`,
/// standard input not a terminal) and compares the whole output: the same
/// files the in-process transcript tests use, so the real executable, its
/// argument parsing and its stdout/stderr are checked too. The transcripts
/// were recorded at 100 columns; into a pipe astpm wraps nothing, so the two
/// are compared word for word, and the piped lines are checked to be whole.
final class PlainModeTranscriptTests: XCTestCase {
    func run(_ name: String, longestLineOver: Int = 0) throws {
        let binary = REPLInTmuxTests.binaryPath()
        guard FileManager.default.isExecutableFile(atPath: binary) else {
            throw XCTSkip("no astpm binary at \(binary): run Scripts/test, or `swift build` first, or set ASTPM_BIN")
        }
        let transcripts = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("REPLTests/Transcripts")
        let expected = try String(contentsOf: transcripts.appendingPathComponent("\(name).txt"), encoding: .utf8)
        let input = expected.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { $0.hasPrefix("> ") }.map { String($0.dropFirst(2)) }.joined(separator: "\n") + "\n"
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("astpm-plain-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: home) }

        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = ["--echo", "--store", home.appendingPathComponent("store").path]
        process.environment = ["HOME": home.path, "LANG": "C.UTF-8", "SWIFT_BACKTRACE": "enable=no"]
        let stdin = Pipe(), output = Pipe()
        process.standardInput = stdin
        process.standardOutput = output
        process.standardError = output  // one stream, in order, as a person would see it
        try process.run()
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()

        // Each of these transcripts makes mistakes on purpose (an unknown command,
        // a bad option), and a piped run with a failed line ends with status 1.
        XCTAssertEqual(process.terminationStatus, 1)
        let actual = String(decoding: data, as: UTF8.self)
        XCTAssertEqual(Self.words(actual), Self.words(expected), "\(name) through the real binary:\n\(actual)")
        let longest = actual.split(separator: "\n").map(\.count).max() ?? 0
        XCTAssertGreaterThan(longest, longestLineOver, "\(name): lines into a pipe are not wrapped")
    }

    /// The text's words, whatever the line breaks between them.
    static func words(_ text: String) -> [Substring] {
        text.split(whereSeparator: { $0 == " " || $0 == "\n" })
    }

    func testBasicsThroughTheBinary() throws { try run("basics") }
    func testQuestionsThroughTheBinary() throws { try run("questions", longestLineOver: 100) }
    func testWhatIfThroughTheBinary() throws { try run("whatif", longestLineOver: 100) }
}
