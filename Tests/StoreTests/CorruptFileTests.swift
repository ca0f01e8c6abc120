import Foundation
import Records
import SafeYAML
@testable import Store
import XCTest

/// Each kind of bad file gives a message with line and column and what was
/// expected; the other records still list.
final class CorruptFileTests: XCTestCase {
    static let good = """
    ---
    schema: 1
    kind: review
    status: draft
    ast: Sam Lee
    cycle: 2025-26
    created: 2025-09-15
    fields:
      pay: one point
    ---
    Notes.
    """

    func problem(_ text: String, file: StaticString = #filePath, line: UInt = #line) -> RecordFileError.Problem? {
        do {
            _ = try RecordFileDecoder.decode(text: text, path: "bad.md")
            XCTFail("decoded without error", file: file, line: line)
            return nil
        } catch let e as RecordFileError {
            return e.problems.first
        } catch {
            XCTFail("unexpected \(error)", file: file, line: line)
            return nil
        }
    }

    func expect(_ text: String, line expectedLine: Int, column: Int? = nil, _ fragment: String,
                file: StaticString = #filePath, line: UInt = #line) {
        guard let p = problem(text, file: file, line: line) else { return }
        XCTAssertEqual(p.line, expectedLine, "\(p)", file: file, line: line)
        if let column { XCTAssertEqual(p.column, column, "\(p)", file: file, line: line) }
        XCTAssertTrue(p.message.contains(fragment), "'\(p.message)' lacks '\(fragment)'", file: file, line: line)
    }

    func replacing(_ a: String, _ b: String) -> String { Self.good.replacingOccurrences(of: a, with: b) }

    func testGoodFileReads() throws {
        XCTAssertEqual(try RecordFileDecoder.decode(text: Self.good, path: "g.md").record.notes, "Notes.")
    }

    func testSyntaxError() {
        // Reported where the unclosed quote opens, not where the end of the front matter gave it away.
        expect(replacing("pay: one point", "pay: \"one point"), line: 9, column: 8, "YAML syntax error: found unexpected end of stream (while scanning a quoted scalar, noticed at line 10)")
        expect(replacing("pay: one point", "pay: a: b"), line: 9, column: 9, "put it in quotes")
    }

    func testAnchorsAliasesTagsAndDirectivesRefused() {
        expect(replacing("pay: one point", "pay: &p one point\n  again: *p"), line: 9, column: 8, "anchors (&p)")
        expect(replacing("ast: Sam Lee", "ast: !!str Sam Lee"), line: 5, column: 6, "tags")
        expect(replacing("fields:", "fields: !custom"), line: 8, "tags")
        expect(replacing("status: draft", "status: draft\n--- second: document"), line: 5, "second YAML document")
    }

    func testAliasRefused() {
        expect(replacing("  pay: one point", "  pay: one point\n  twice: *x"), line: 10, "aliases")
    }

    func testWrongTypeMissingFieldAndBadValues() {
        expect(replacing("kind: review", "kind: [review]"), line: 3, column: 7, "'kind' should be text")
        expect(replacing("cycle: 2025-26\n", ""), line: 9, "missing 'cycle:'")
        expect(replacing("kind: review", "kind: appraisal"), line: 3, column: 7, "one of planning, evidence, review, support, tour, not 'appraisal'")
        expect(replacing("created: 2025-09-15", "created: 15/09/2025"), line: 7, column: 10, "ISO 8601")
        expect(replacing("fields:\n  pay: one point", "fields: one point"), line: 8, "'fields' should be a map")
        expect(replacing("fields:", "agreement: {line_manager: X}\nfields:"), line: 8, "'agreement' has no 'ast:'")
        expect(replacing("ast: Sam Lee", "ast: Sam Lee\nast: Sam Lee"), line: 6, "appears twice")
    }

    /// A date that does not exist (2026-02-30) was accepted in 'created:'.
    func testDatesMustBeRealDays() throws {
        for bad in ["2026-02-30", "2026-02-29", "2025-04-31", "2025-13-01", "2025-00-10", "2025-09-15T24:00:00Z",
                    "2025-09-15T10:00:61Z", "2025-09-15T10:00:00+25:00"] {
            expect(Self.good.replacingOccurrences(of: "2025-09-15", with: bad), line: 7, column: 10,
                   "'created' should be an ISO 8601 date such as 2025-09-15 (or 2025-09-15T14:30:00Z), not '\(bad)'")
        }
        for good in ["2028-02-29", "2000-02-29", "2025-09-15T10:00:00Z", "2025-09-15T10:00:00+01:00"] {
            XCTAssertNoThrow(try RecordFileDecoder.decode(text: Self.good.replacingOccurrences(of: "2025-09-15", with: good), path: "ok.md"), good)
        }
    }

    /// A map of 100,000 keys (under the 1 MiB limit) took minutes to list: keys
    /// are now checked for duplicates in constant time, and one map holds at most
    /// `SafeYAML.maxKeysPerMap` keys.
    func testKeysPerMapAreCapped() throws {
        func file(keys: Int) -> String {
            let lines = (0..<keys).map { "  k\($0): v" }.joined(separator: "\n")
            return Self.good.replacingOccurrences(of: "  pay: one point\n", with: lines + "\n")
        }
        let atCap = try RecordFileDecoder.decode(text: file(keys: SafeYAML.maxKeysPerMap), path: "ok.md")
        XCTAssertEqual(atCap.record.fields.count, SafeYAML.maxKeysPerMap)
        // Line 9 is the first key; the key over the cap is 10,000 lines below it.
        expect(file(keys: SafeYAML.maxKeysPerMap + 1), line: 9 + SafeYAML.maxKeysPerMap, column: 3,
               "more than \(SafeYAML.maxKeysPerMap) keys in one map (the map starts at line 9); record files need far fewer")
    }

    func testAllProblemsListed() {
        do {
            _ = try RecordFileDecoder.decode(text: replacing("kind: review", "kind: nope").replacingOccurrences(of: "status: draft", with: "status: done"), path: "b.md")
            XCTFail("no error")
        } catch let e as RecordFileError {
            XCTAssertEqual(e.problems.count, 2)
            XCTAssertTrue(e.description.hasPrefix("b.md:3:7: 'kind'"), e.description)
        } catch { XCTFail("\(error)") }
    }

    func testFrameAndEncodingProblems() throws {
        expect("schema: 1\n", line: 1, "expected '---' on the first line")
        expect("---\nschema: 1\nkind: review\n", line: 4, "not closed")
        expect(replacing("Notes.", "<<<<<<< HEAD\nmine\n=======\ntheirs\n>>>>>>> other"), line: 11, "conflict marker")
        var bytes = Array(Self.good.utf8)
        bytes.insert(0xFF, at: Self.good.utf8.count - 3)
        XCTAssertThrowsError(try RecordFileDecoder.decode(bytes, path: "x.md")) { e in
            XCTAssertTrue("\(e)".contains("x.md:11:4: this is not UTF-8"), "\(e)")
        }
        let big = [UInt8](repeating: 65, count: RecordFileDecoder.maxBytes + 1)
        XCTAssertThrowsError(try RecordFileDecoder.decode(big, path: "big.md")) { e in
            XCTAssertTrue("\(e)".contains("at most"), "\(e)")
        }
        // A BOM and Windows line endings are accepted.
        XCTAssertNoThrow(try RecordFileDecoder.decode(text: "\u{FEFF}" + Self.good.replacingOccurrences(of: "\n", with: "\r\n"), path: "w.md"))
    }

    func testDeepNestingRefused() {
        let deep = String(repeating: "[", count: 40) + String(repeating: "]", count: 40)
        expect(replacing("pay: one point", "pay: \(deep)"), line: 9, "nested more than")
    }

    func testNewerSchemaRefusedAndNeverRewritten() throws {
        expect(replacing("schema: 1", "schema: 7"), line: 2, column: 9, "newer astpm (schema 7")
        let root = makeTemporaryFolder(self)
        let store = try FileRecordStore(root: root)
        let saved = try store.create(Samples.review())
        let path = try store.path(of: saved.id)
        let newer = replacing("schema: 1", "schema: 7")
        try newer.write(toFile: path, atomically: false, encoding: .utf8)
        XCTAssertThrowsError(try store.load(saved.id))
        XCTAssertThrowsError(try store.update(saved.id, Samples.review(), expectedRevision: saved.revision)) { e in
            guard case RecordStoreError.changedSinceRead = e else { return XCTFail("\(e)") }
        }
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), newer)
    }

    func testOlderSchemaUpgradedInMemory() throws {
        let old = """
        ---
        schema: 0
        kind: planning
        name: Sam Lee
        cycle: 2024-25
        created: 2024-09-20
        answers:
          objectives: [Raise reading ages]
        ---
        """
        let d = try RecordFileDecoder.decode(text: old, path: "old.md")
        XCTAssertEqual(d.fileSchema, 0)
        XCTAssertEqual(d.record.ast, "Sam Lee")
        XCTAssertEqual(d.record.status, .draft)
        XCTAssertEqual(d.record.fields, [RecordField("objectives", .list([.text("Raise reading ages")]))])
        XCTAssertEqual(d.record.schema, Record.currentSchema)
        XCTAssertTrue(try RecordFileEncoder.encode(d.record).contains("schema: 1\n"))
    }

    func testUnreadableFilesListedWithReasonsOthersStillRead() throws {
        let root = makeTemporaryFolder(self)
        let store = try FileRecordStore(root: root)
        let a = try store.create(Samples.review(ast: "Ann"))
        _ = try store.create(Samples.review(ast: "Bob"))
        try replacing("kind: review", "kind: [x]").write(toFile: try store.path(of: a.id), atomically: false, encoding: .utf8)
        let listed = try store.list()
        XCTAssertEqual(listed.records.map(\.record.ast), ["Bob"])
        XCTAssertEqual(listed.unreadable.count, 1)
        XCTAssertTrue(listed.unreadable[0].reason.contains(":3:7: 'kind' should be text"), listed.unreadable[0].reason)
    }
}
