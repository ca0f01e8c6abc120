import Foundation
import XCTest

/// The one-shot command line through the real binary: `--help` after every
/// command, exit statuses 0 ok / 1 failure / 2 usage error (before the command
/// and after it), an unknown first word refused on stderr, and the argument
/// vector passed through as the shell split it.
final class CommandLineTests: XCTestCase {
    var home: URL!

    override func setUpWithError() throws {
        home = FileManager.default.temporaryDirectory.appendingPathComponent("astpm-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        addTeardownBlock { [home] in try? FileManager.default.removeItem(at: home!) }
    }

    func astpm(_ arguments: String...) throws -> (status: Int32, out: String, err: String) {
        try astpm(arguments, environment: [:])
    }

    func astpm(_ arguments: [String], environment: [String: String]) throws -> (status: Int32, out: String, err: String) {
        let binary = REPLInTmuxTests.binaryPath()
        guard FileManager.default.isExecutableFile(atPath: binary) else {
            throw XCTSkip("no astpm binary at \(binary): run Scripts/test, or `swift build` first, or set ASTPM_BIN")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = ["--store", home.appendingPathComponent("store").path] + arguments
        process.currentDirectoryURL = home
        process.environment = ["HOME": home.path, "LANG": "C.UTF-8", "SWIFT_BACKTRACE": "enable=no",
                               "XDG_CACHE_HOME": home.appendingPathComponent("cache").path].merging(environment) { $1 }
        let out = Pipe(), err = Pipe()
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let o = out.fileHandleForReading.readDataToEndOfFile(), e = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: o, as: UTF8.self), String(decoding: e, as: UTF8.self))
    }

    func testHelpAfterACommandPrintsItsHelpAndDoesNothingElse() throws {
        let records = try astpm("records", "--help")
        XCTAssertEqual(records.status, 0, records.err)
        XCTAssertTrue(records.out.hasPrefix("records [FILTER=VALUE...] [--json]\n"), records.out)
        XCTAssertEqual(records.err, "")
        let ask = try astpm("ask", "--help")
        XCTAssertEqual(ask.status, 0, ask.err)
        XCTAssertTrue(ask.out.hasPrefix("ask [--json] QUESTION\n"), "ask's help, not an answer: " + ask.out)
        let imported = try astpm("import", "-h")
        XCTAssertEqual(imported.status, 0, imported.err)
        XCTAssertTrue(imported.out.hasPrefix("import [--dry-run|-n] [--] FILE...\n"), imported.out)
        XCTAssertFalse(imported.err.contains("--help"), "no file called --help was opened: " + imported.err)
        let check = try astpm("guidance", "check", "--help")
        XCTAssertEqual(check.status, 0, check.err)
        XCTAssertTrue(check.out.hasPrefix("guidance check [DIR] | guidance rules\n"), check.out)
        let top = try astpm("--help")
        XCTAssertEqual(top.status, 0, top.err)
        let commands = top.out.components(separatedBy: "Commands: ").dropFirst().first?.components(separatedBy: ".").first ?? ""
        XCTAssertTrue(commands.replacingOccurrences(of: "\n", with: " ").contains("help, ask, whatif"), top.out)
        XCTAssertTrue(commands.contains("decisions"), top.out)
        XCTAssertTrue(top.out.contains("Exit status: 0 ok, 1 failure, 2 usage error."), top.out)
    }

    func testUsageErrorsExitTwoBeforeAndAfterTheCommand() throws {
        for arguments in [["--bogus"], ["--store"], ["records", "--bogus"], ["history"], ["ls"], ["fettle"]] {
            let result = try astpm(arguments: arguments)
            XCTAssertEqual(result.status, 2, arguments.joined(separator: " ") + ": " + result.err)
            XCTAssertEqual(result.out, "", arguments.joined(separator: " "))
            XCTAssertFalse(result.err.isEmpty, arguments.joined(separator: " "))
        }
        let ls = try astpm("ls")
        XCTAssertTrue(ls.err.contains("astpm: 'ls' is not an astpm command."), ls.err)
        XCTAssertTrue(ls.err.contains("astpm ask \"ls\""), ls.err)
        let fettle = try astpm("fettle")
        XCTAssertTrue(fettle.err.contains("astpm ask \"fettle\""), fettle.err)
        let typo = try astpm("recrods")
        XCTAssertTrue(typo.err.contains("Did you mean 'records'?"), typo.err)
        let failed = try astpm("show", "nobody-0000/2025-26-review")
        XCTAssertEqual(failed.status, 1, failed.err)
        XCTAssertEqual(try astpm("version").status, 0)
    }

    func testDoctorChecksEverythingOneLineEachAndExitsOneOnAProblem() throws {
        let fresh = try astpm("doctor")
        XCTAssertEqual(fresh.status, 0, fresh.out + fresh.err)
        let lines = fresh.out.split(separator: "\n")
        XCTAssertEqual(lines.count, 9, fresh.out)
        XCTAssertTrue(fresh.out.contains("Store: none yet at ~/store; the first record saved creates it."), fresh.out)
        XCTAssertTrue(fresh.out.contains("Line editing: plain mode (input is not a terminal); libedit 2."), fresh.out)
        XCTAssertTrue(fresh.out.contains("Guidance check of Guidance: no errors"), fresh.out)
        XCTAssertFalse(FileManager.default.fileExists(atPath: home.appendingPathComponent("store").path), "doctor made no store")
        // A configuration file that would stop astpm starting is reported by doctor, with the rest.
        let config = home.appendingPathComponent("config/astpm")
        try FileManager.default.createDirectory(at: config, withIntermediateDirectories: true)
        try "colour: red\n".write(to: config.appendingPathComponent("config"), atomically: false, encoding: .utf8)
        let broken = try astpm(["doctor"], environment: ["XDG_CONFIG_HOME": home.appendingPathComponent("config").path])
        XCTAssertEqual(broken.status, 1, broken.out + broken.err)
        XCTAssertTrue(broken.out.contains("PROBLEM  Configuration file: ~/config/astpm/config is not valid:"), broken.out)
        XCTAssertTrue(broken.out.contains("Fix: correct the line named"), broken.out)
        XCTAssertTrue(broken.err.contains("doctor found 1 problem(s)"), broken.err)
        XCTAssertEqual(try astpm(["records"], environment: ["XDG_CONFIG_HOME": home.appendingPathComponent("config").path]).status, 1,
                       "other commands still refuse to start")
        // A broken Guidance folder is reported too, not a reason to stop.
        let guidance = home.appendingPathComponent("guidance")
        try FileManager.default.copyItem(at: URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../Guidance").standardized,
                                         to: guidance)
        try "terms: [\n".write(to: guidance.appendingPathComponent("lexicon.yaml"), atomically: false, encoding: .utf8)
        let badGuidance = try astpm(["--guidance", guidance.path, "doctor", "--json"], environment: [:])
        XCTAssertEqual(badGuidance.status, 1, badGuidance.out + badGuidance.err)
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(badGuidance.out.utf8)) as? [String: Any], badGuidance.out)
        let checks = try XCTUnwrap(object["checks"] as? [String: [String: Any]])
        XCTAssertEqual(checks["guidance"]?["ok"] as? Bool, false, badGuidance.out)
        XCTAssertEqual(object["problems"] as? Int, 1)
    }

    func testTheArgumentVectorIsPassedThrough() throws {
        let file = home.appendingPathComponent("quoted.md")
        try """
        ---
        schema: 1
        kind: review
        status: agreed
        ast: Sam Lee
        cycle: 2025-26
        created: 2026-07-01
        ---
        She asked about the "pay review" in June.
        """.write(to: file, atomically: false, encoding: .utf8)
        let imported = try astpm("import", file.path)
        XCTAssertEqual(imported.status, 0, imported.err)
        let found = try astpm("find", "the \"pay")
        XCTAssertEqual(found.status, 0, found.err)
        XCTAssertTrue(found.out.contains("1 record found."), found.out)
        let missing = try astpm("find", "the \"payroll")
        XCTAssertTrue(missing.out.contains("No record mentions 'the \"payroll'"), missing.out)
    }

    func testIntoAPipeNothingIsWrappedAndHintsAndProblemsGoToStandardError() throws {
        let answer = try astpm(["ask", "can an AST go up two points at once?"], environment: ["COLUMNS": "40"])
        XCTAssertEqual(answer.status, 0, answer.err)
        XCTAssertGreaterThan(answer.out.split(separator: "\n").map(\.count).max() ?? 0, 100, "COLUMNS does not wrap a pipe: " + answer.out)
        let needs = try astpm("ask", "the head wants to give our AST two points this September - ok?")
        XCTAssertTrue(needs.out.contains("Not stated, and the answer turns on it:"), needs.out)
        XCTAssertFalse(needs.out.contains("To refine this"), needs.out)
        let check = try astpm("guidance", "check", home.path)
        XCTAssertEqual(check.status, 1)
        XCTAssertEqual(check.out, "")
        XCTAssertTrue(check.err.contains(": error: [G"), check.err)
        let clean = try astpm("guidance", "check")
        XCTAssertEqual(clean.status, 0, clean.err)
        XCTAssertEqual(clean.err, "")
        XCTAssertTrue(clean.out.hasSuffix("no errors.\n"), clean.out)
    }

    func astpm(arguments: [String]) throws -> (status: Int32, out: String, err: String) {
        switch arguments.count {
        case 1: return try astpm(arguments[0])
        case 2: return try astpm(arguments[0], arguments[1])
        default: fatalError("one or two words")
        }
    }
}
