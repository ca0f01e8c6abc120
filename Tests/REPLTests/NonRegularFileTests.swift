import Foundation
import Guidance
import Records
@testable import REPL
import Store
import XCTest

/// A FIFO named like a record used to make `records`, `show`, `export`, `find`
/// and `import` wait forever for a writer. It is now refused without being read
/// and reported, and the other records are still listed.
final class NonRegularFileTests: XCTestCase {
    var root: URL!
    var store: FileRecordStore!
    var output: BufferedOutput!
    var session: REPLSession!
    var fifo: String!

    override func setUpWithError() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("astpm-fifo-\(UUID().uuidString)")
        store = try FileRecordStore(root: root, savedBy: "tester@host", makeSuffix: { "ab12" })
        output = BufferedOutput()
        let guidance = GuidanceSet(outline: GuideOutline(title: "Guide", reference: "DfES/0143/2004", sections: []))
        session = REPLSession(context: REPLContext(guidance: guidance, store: store, output: output, style: OutputStyle(width: 200)))
        _ = try store.create(Record(kind: .planning, ast: "Sam Lee", cycle: "2026-27", created: "2026-09-10", notes: "fractions"))
        fifo = root.appendingPathComponent("sam-lee-ab12/2025-26-review.md").path
        guard mkfifo(fifo, 0o600) == 0 else { throw XCTSkip("this file system cannot make a FIFO (errno \(errno))") }
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: root) }

    func run(_ line: String) -> (out: String, err: String) {
        let before = (output.text.count, output.errors.count)
        session.execute(line)
        return (String(output.text.dropFirst(before.0)), String(output.errors.dropFirst(before.1)))
    }

    func testRecordsAndFindSkipAndReportAFIFO() {
        let listed = run("records")
        XCTAssertTrue(listed.out.contains("sam-lee-ab12/2026-27-planning"), listed.out)
        XCTAssertTrue(listed.err.contains("1 file could not be read"), listed.err)
        XCTAssertTrue(listed.err.contains("2025-26-review.md: cannot read: it is a named pipe (FIFO), not a regular file"), listed.err)
        XCTAssertTrue(run("records --json").out.contains("named pipe (FIFO)"))
        XCTAssertTrue(run("find fractions").out.contains("1 record found"))
    }

    func testShowAndExportRefuseAFIFO() {
        let shown = run("show sam-lee-ab12/2025-26-review")
        XCTAssertTrue(shown.err.contains("named pipe (FIFO)"), shown.err + shown.out)
        let exported = run("export sam-lee-ab12/2025-26-review")
        XCTAssertTrue(exported.err.contains("named pipe (FIFO)"), exported.err + exported.out)
    }

    func testImportRefusesAFIFOGivenByNameOrInAFolder() throws {
        let byName = run("import \(fifo!)")
        XCTAssertTrue(byName.err.contains("2025-26-review.md: cannot read: it is a named pipe (FIFO), not a regular file"), byName.err)
        XCTAssertTrue(byName.err.contains("1 of 1 file not imported"), byName.err)
        let folder = root.appendingPathComponent("sam-lee-ab12").path
        let inFolder = run("import -n \(folder)")
        XCTAssertTrue(inFolder.err.contains("named pipe (FIFO)"), inFolder.err)
    }
}
