import Foundation
import XCTest

/// Piped input through the real binary: a failed line makes the exit status 1
/// (it used to be 0), and `--bail` stops at the first failure.
final class PipedExitStatusTests: XCTestCase {
    func astpm(_ arguments: [String], input: String) throws -> (status: Int32, out: String, err: String) {
        let binary = REPLInTmuxTests.binaryPath()
        guard FileManager.default.isExecutableFile(atPath: binary) else {
            throw XCTSkip("no astpm binary at \(binary): run Scripts/test, or `swift build` first, or set ASTPM_BIN")
        }
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("astpm-piped-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: home) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = ["--store", home.appendingPathComponent("store").path] + arguments
        process.environment = ["HOME": home.path, "LANG": "C.UTF-8", "SWIFT_BACKTRACE": "enable=no"]
        let stdin = Pipe(), out = Pipe(), err = Pipe()
        process.standardInput = stdin
        process.standardOutput = out
        process.standardError = err
        try process.run()
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        let o = out.fileHandleForReading.readDataToEndOfFile(), e = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: o, as: UTF8.self), String(decoding: e, as: UTF8.self))
    }

    func testAFailedLineMakesTheStatusOneAndBailStopsThere() throws {
        let script = "version\nimport /nonexistent/record.md\nversion\n"
        let all = try astpm([], input: script)
        XCTAssertEqual(all.status, 1, all.err)
        XCTAssertEqual(all.out.components(separatedBy: "astpm 0.1").count - 1, 2, all.out)
        let bailed = try astpm(["--bail"], input: script)
        XCTAssertEqual(bailed.status, 1, bailed.err)
        XCTAssertEqual(bailed.out.components(separatedBy: "astpm 0.1").count - 1, 1, bailed.out)
        XCTAssertTrue(bailed.err.contains("Stopped at the first failure (--bail)"), bailed.err)
        let fine = try astpm(["--bail"], input: "version\n")
        XCTAssertEqual(fine.status, 0, fine.err)
    }
}
