import Foundation
import XCTest

/// `astpm ask` through the real binary with its start-up cache: the second run
/// answers from the cached advisor exactly as the first, and a Guidance folder
/// that turns bad afterwards is still refused, never answered from the cache.
final class AskCacheTests: XCTestCase {
    var root: URL!

    override func setUpWithError() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("astpm-askcache-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: root) }

    func astpm(_ arguments: [String], input: String = "") throws -> (status: Int32, out: String, err: String) {
        let binary = REPLInTmuxTests.binaryPath()
        guard FileManager.default.isExecutableFile(atPath: binary) else { throw XCTSkip("no astpm binary at \(binary)") }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        process.environment = ["HOME": root.path, "XDG_CACHE_HOME": root.appendingPathComponent("cache").path,
                               "LANG": "C.UTF-8", "SWIFT_BACKTRACE": "enable=no"]
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

    var images: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("cache/astpm").path)) ?? [])
            .filter { $0.hasSuffix(".img") }
    }

    func testTheSecondRunAnswersFromTheCacheAsTheFirstDid() throws {
        let questions = "can an AST go up two points at once?\nhow much sick pay does an AST get?\nwhat if she goes up two points from point 3?\n"
        let first = try astpm(["ask", "--json"], input: questions)
        XCTAssertEqual(first.status, 0, first.err)
        XCTAssertEqual(images.count, 1, "the first run caches its advisor")
        let second = try astpm(["ask", "--json"], input: questions)
        XCTAssertEqual(second.status, 0, second.err)
        XCTAssertEqual(second.out, first.out)
        XCTAssertEqual(second.out.split(separator: "\n").count, 3)
        // Plain answers and commands needing the whole guidance work from a cached start too.
        let text = try astpm(["ask", "who sets an AST's objectives?"])
        XCTAssertTrue(text.out.contains("Cited:"), text.out)
        let decisions = try astpm(["decisions"])
        XCTAssertEqual(decisions.status, 0, decisions.err)
        XCTAssertTrue(decisions.out.contains("pay-progression"), decisions.out)
    }

    func testAGuidanceFolderBrokenAfterACachedRunIsStillRefused() throws {
        let folder = root.appendingPathComponent("Guidance")
        let builtIn = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Guidance")
        try FileManager.default.copyItem(at: builtIn, to: folder)
        let good = try astpm(["--guidance", folder.path, "ask", "--json", "top of range what now?"])
        XCTAssertEqual(good.status, 0, good.err)
        XCTAssertEqual(images.count, 1)

        let pay = folder.appendingPathComponent("pay-spine.yaml")
        try (String(contentsOf: pay, encoding: .utf8) + "\nthis line: is: not yaml: [\n").write(to: pay, atomically: false, encoding: .utf8)
        let broken = try astpm(["--guidance", folder.path, "ask", "--json", "top of range what now?"])
        XCTAssertEqual(broken.status, 1)
        XCTAssertTrue(broken.err.contains("pay-spine.yaml"), broken.err)
        XCTAssertEqual(broken.out, "")
    }
}
