import Foundation
import XCTest

/// The real binary with standard output it cannot write: `astpm records >
/// /dev/full` used to die on a trap (SIGILL and a long backtrace).
final class OutputFailureTests: XCTestCase {
    func testRecordsToDevFullSaysOneLineAndExitsOne() throws {
        let binary = REPLInTmuxTests.binaryPath()
        guard FileManager.default.isExecutableFile(atPath: binary) else {
            throw XCTSkip("no astpm binary at \(binary): run Scripts/test, or `swift build` first, or set ASTPM_BIN")
        }
        guard let full = FileHandle(forWritingAtPath: "/dev/full") else { throw XCTSkip("this machine has no writable /dev/full") }
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("astpm-devfull-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: home) }
        let examples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Guidance/examples/sian-prothero").path

        func run(_ arguments: [String], stdout: Any) throws -> (status: Int32, reason: Process.TerminationReason, err: String) {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: binary)
            process.arguments = ["--store", home.appendingPathComponent("store").path] + arguments
            process.environment = ["HOME": home.path, "LANG": "C.UTF-8", "SWIFT_BACKTRACE": "enable=no"]
            let err = Pipe()
            process.standardInput = FileHandle.nullDevice
            process.standardOutput = stdout
            process.standardError = err
            try process.run()
            let e = err.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            return (process.terminationStatus, process.terminationReason, String(decoding: e, as: UTF8.self))
        }
        let imported = try run(["import", examples], stdout: FileHandle.nullDevice)
        XCTAssertEqual(imported.status, 0, imported.err)

        let result = try run(["records"], stdout: full)
        XCTAssertEqual(result.reason, .exit, "ended by a signal: \(result.err)")
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.err, "astpm: cannot write the output: No space left on device\n")
    }
}
