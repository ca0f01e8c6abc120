import Foundation
@testable import REPL
import XCTest

/// Standard output that cannot be written: one line on standard error and status
/// 1 for a full disk, nothing at all for a reader that closed the pipe; never a
/// crash (FileHandle.write trapped on both).
final class StandardOutputTests: XCTestCase {
    /// A pipe for standard error, read after the sink is done.
    private func errorPipe() throws -> (read: Int32, write: Int32) {
        var fds: [Int32] = [0, 0]
        guard pipe(&fds) == 0 else { throw XCTSkip("pipe() failed: errno \(errno)") }
        return (fds[0], fds[1])
    }

    private func drain(_ fd: Int32) -> String {
        var data = [UInt8]()
        var chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            let n = read(fd, &chunk, chunk.count)
            if n <= 0 { break }
            data += chunk[0..<n]
        }
        close(fd)
        return String(decoding: data, as: UTF8.self)
    }

    func testAFullDiskGivesOneLineAndStatusOne() throws {
        let full = open("/dev/full", O_WRONLY)
        guard full >= 0 else { throw XCTSkip("this machine has no writable /dev/full (errno \(errno))") }
        defer { close(full) }
        let err = try errorPipe()
        var stops: [StandardOutput.Failure] = []
        let out = StandardOutput(outputFD: full, errorFD: err.write, stop: { stops.append($0) })
        out.write("one record\n")
        out.write("another record\n")  // dropped: output already failed
        close(err.write)
        XCTAssertEqual(stops, [.writeFailed(errno: ENOSPC)])
        XCTAssertEqual(stops.first?.status, 1)
        XCTAssertEqual(drain(err.read), "astpm: cannot write the output: No space left on device\n")
    }

    func testAClosedPipeEndsQuietlyWithStatusZero() throws {
        StandardOutput.ignoreBrokenPipeSignal()  // as the executable does; otherwise SIGPIPE would end the test run
        var fds: [Int32] = [0, 0]
        guard pipe(&fds) == 0 else { throw XCTSkip("pipe() failed: errno \(errno)") }
        close(fds[0])  // the reader went away (`| head -1`)
        defer { close(fds[1]) }
        let err = try errorPipe()
        var stops: [StandardOutput.Failure] = []
        let out = StandardOutput(outputFD: fds[1], errorFD: err.write, stop: { stops.append($0) })
        out.write("one record\n")
        close(err.write)
        XCTAssertEqual(stops, [.closedPipe])
        XCTAssertEqual(stops.first?.status, 0)
        XCTAssertEqual(drain(err.read), "")
    }
}
