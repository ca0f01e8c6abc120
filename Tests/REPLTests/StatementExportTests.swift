import Configuration
import Foundation
import Guidance
import Records
@testable import REPL
import Store
import XCTest

/// `export --all` and the configuration file, through a REPL session over a
/// real file store (the printing itself is in PrintedStatementTests).
final class StatementExportTests: XCTestCase {
    var root: URL!
    var store: FileRecordStore!
    var output: BufferedOutput!
    var session: REPLSession!

    override func setUpWithError() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("astpm-stmt-\(UUID().uuidString)")
        store = try FileRecordStore(root: root.appendingPathComponent("store"), savedBy: "tester@host", makeSuffix: { "ab12" })
        output = BufferedOutput()
        let guidance = GuidanceSet(outline: GuideOutline(title: "Guide", reference: "DfES/0143/2004", sections: []))
        let context = REPLContext(guidance: guidance, store: store, output: output, style: OutputStyle(width: 200))
        context.configuration = AstpmConfig(school: "Elmfield <High>", lea: "Westshire", path: "/cfg/astpm/config", found: true)
        session = REPLSession(context: context)
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: root) }

    func run(_ line: String) -> (out: String, err: String) {
        let before = (output.text.count, output.errors.count)
        session.execute(line)
        return (String(output.text.dropFirst(before.0)), String(output.errors.dropFirst(before.1)))
    }

    func make(_ kind: RecordKind, _ ast: String, _ cycle: String) throws {
        _ = try store.create(Record(kind: kind, ast: ast, cycle: cycle, created: "2026-01-01", fields: [RecordField("note", .text("\(kind) \(cycle)"))]))
    }

    func testAllTakesTheLatestCycleOrTheOneNamedInYearOrder() throws {
        try make(.review, "Zoë Ní Bhriain", "2025-26")
        try make(.planning, "Zoë Ní Bhriain", "2025-26")
        try make(.planning, "Zoë Ní Bhriain", "2024-25")
        try make(.planning, "Sam Lee", "2025-26")
        let file = root.appendingPathComponent("zoe.html").path
        let result = run("export --all zoe ni bhriain -o \(file)")
        XCTAssertEqual(result.err, "")
        XCTAssertTrue(result.out.contains("Wrote 2 records of Zoë Ní Bhriain for 2025-26 to \(file)"), result.out)
        let page = try String(contentsOfFile: file, encoding: .utf8)
        let plan = try XCTUnwrap(page.range(of: "planning 2025-26")), review = try XCTUnwrap(page.range(of: "review 2025-26"))
        XCTAssertLessThan(plan.lowerBound, review.lowerBound, "planning first")
        XCTAssertFalse(page.contains("2024-25") || page.contains("Sam Lee"))
        XCTAssertTrue(page.contains("Elmfield &lt;High&gt; · Westshire"), "school and LEA from the configuration")
        let attributes = try FileManager.default.attributesOfItem(atPath: file)
        XCTAssertEqual((attributes[.posixPermissions] as? NSNumber)?.intValue, 0o600)

        let older = root.appendingPathComponent("older.html").path
        XCTAssertTrue(run("export --all Zoë Ní Bhriain 2024/25 -o \(older)").out.contains("Wrote 1 record of Zoë Ní Bhriain for 2024-25"))
        XCTAssertTrue(run("export --all Zoë Ní Bhriain 2024/25 -o \(older)").err.contains("already exists"))
    }

    func testAllExplainsWhatItCannotDo() throws {
        try make(.planning, "Sam Lee", "2025-26")
        XCTAssertTrue(run("export --all Nobody Here").err.contains("There are no records for 'Nobody Here'"))
        XCTAssertTrue(run("export --all Sam Lee 2023-24").err.contains("Sam Lee has no records for cycle 2023-24; there are records for 2025-26."))
        XCTAssertTrue(run("export --all Sam Lee --format md").err.contains("export --all writes one printable statement (html)"))
        XCTAssertTrue(run("export --all").err.contains("Usage: export --all AST [CYCLE]"))
        XCTAssertTrue(run("export --all Sam Lee").out.contains("<!DOCTYPE html>"), "without -o the statement is printed")
    }

    func testConfigShowsTheFileAndItsSettings() {
        let out = run("config").out
        XCTAssertTrue(out.contains("Configuration file: /cfg/astpm/config\n"), out)
        XCTAssertTrue(out.contains("  school       Elmfield <High>\n"), out)
        XCTAssertTrue(out.contains("  line-manager (not set)\n"), out)
        XCTAssertTrue(run("config set school x").err.contains("edited by hand"))
        session.context.configuration = AstpmConfig(path: "/nowhere/config")
        XCTAssertTrue(run("config").out.contains("(not there: no settings;"))
    }

    func testABrokenConfigurationFileStopsAstpmBeforeAnythingElse() throws {
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        let bad = root.appendingPathComponent("config").path
        try "school: A\npager: less\n".write(toFile: bad, atomically: false, encoding: .utf8)
        let status = AppRunner.run(AppOptions(storePath: root.appendingPathComponent("s").path, guidancePath: nil, noColor: true, echo: false, oneShot: ["version"]),
                                   environment: ["ASTPM_CONFIG": bad, "HOME": root.path])
        XCTAssertEqual(status, 1, "a failure, not a usage error")
        XCTAssertFalse(FileManager.default.fileExists(atPath: root.appendingPathComponent("s").path), "nothing done")
    }

    func testTheConfiguredStoreIsUsedAfterTheOptionAndEnvironment() {
        XCTAssertEqual(StoreFactory.root(path: nil, environment: ["HOME": "/h"], configured: "/c").path, "/c")
        XCTAssertEqual(StoreFactory.root(path: nil, environment: ["ASTPM_STORE": "/e"], configured: "/c").path, "/e")
        XCTAssertEqual(StoreFactory.root(path: "/o", environment: ["ASTPM_STORE": "/e"], configured: "/c").path, "/o")
        XCTAssertEqual(StoreFactory.root(path: nil, environment: ["HOME": "/h"]).path, "/h/.local/share/astpm")
    }
}
