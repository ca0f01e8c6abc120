import Foundation
import XCTest
@testable import Guidance

/// A FIFO named like a Guidance file is reported, never waited on (it was
/// reported as "permission denied" after blocking), and an oversized file is
/// refused rather than read whole.
final class GuidanceFileSafetyTests: XCTestCase {
    var dir: URL!

    override func setUpWithError() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("astpm-gfifo-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: dir) }

    func testAFIFOIsReportedWithoutReadingIt() throws {
        guard mkfifo(dir.appendingPathComponent("guide.yaml").path, 0o600) == 0 else {
            throw XCTSkip("this file system cannot make a FIFO (errno \(errno))")
        }
        XCTAssertNil(GuidanceLoader.outline(directory: dir))
        let files = GuidanceLoader.read(directory: dir, displayRoot: "G")
        XCTAssertEqual(files.files.count, 0)
        XCTAssertEqual(files.problems.map(\.description),
                       ["G/guide.yaml:1:1: error: [G001] is a named pipe (FIFO), not a regular file, so it was not read"])
    }

    func testAFileOverTheLimitIsRefused() throws {
        let big = dir.appendingPathComponent("units.yaml")
        try Data(repeating: UInt8(ascii: "#"), count: GuidanceFileReader.maxBytes + 1).write(to: big)
        let files = GuidanceLoader.read(directory: dir, displayRoot: "G")
        XCTAssertEqual(files.files.count, 0)
        XCTAssertEqual(files.problems.map(\.description),
                       ["G/units.yaml:1:1: error: [G001] is \(GuidanceFileReader.maxBytes + 1) bytes; a Guidance file is at most \(GuidanceFileReader.maxBytes) bytes"])
    }
}
