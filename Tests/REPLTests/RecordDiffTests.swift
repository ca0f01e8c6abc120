import Foundation
import Records
@testable import REPL
import Store
import XCTest

/// `show ID VERSION` and `diff ID [V1 [V2]]` (#13): an earlier version in full,
/// and what changed between two versions field by field in `show`'s labels,
/// through the `RecordStore` protocol (here the in-memory store).
final class RecordDiffTests: MemorySessionTestCase {
    static let first = Record(
        kind: .review, status: .agreed, ast: "Sam Lee", cycle: "2025-26", created: "2026-07-01",
        fields: [RecordField("points", .text("1")), RecordField("first-year", .text("yes")),
                 RecordField("objectives", .list([.map([RecordField("objective", .text("Fractions")), RecordField("outcome", .text("met"))])]))],
        agreement: Agreement(lineManager: "Femi Adeyemi", ast: "Sam Lee", date: "2026-07-08"))

    /// Version 1 is `first`; the current record has two points, no first-year answer,
    /// objective 1 partly met, a note, and is a draft again.
    func saveTwoVersions() throws -> RecordID {
        let saved = try store.create(Self.first)
        var second = Self.first
        second.status = .draft
        second.agreement = nil
        second.fields = [RecordField("points", .text("2")),
                         RecordField("objectives", .list([.map([RecordField("objective", .text("Fractions")), RecordField("outcome", .text("partly met"))])]))]
        second.notes = "Talked again in July."
        _ = try store.update(saved.id, second, expectedRevision: saved.revision)
        return saved.id
    }

    // MARK: the pure comparison

    func testChangesAreFieldByFieldInShowsLabelsWithOldAndNewValues() {
        var after = Self.first
        after.fields[0].value = .text("2")
        after.fields.remove(at: 1)
        after.fields.append(RecordField("funds", .text("Within the sum set aside.")))
        let label = RecordRendering.labeler(for: .review, guidance: TranscriptRunner.guidance)
        let diff = RecordDiff(from: Self.first, to: after, label: label)
        XCTAssertEqual(diff.changes.map(\.kind), [.changed, .removed, .added])
        XCTAssertEqual(diff.changes[0], .init(kind: .changed, field: "fields.points", label: label("points"), old: "1", new: "2"))
        XCTAssertEqual(diff.changes[1].field, "fields.first-year")
        XCTAssertEqual(diff.changes[1].old, "yes")
        XCTAssertNil(diff.changes[1].new)
        XCTAssertEqual(diff.changes[2].new, "Within the sum set aside.")
        XCTAssertNotEqual(label("points"), "points", "the interview's label, as show prints it")
        XCTAssertEqual(diff.lines[0], "  changed  \(label("points"))")
        XCTAssertEqual(diff.lines[1], "             was: 1")
        XCTAssertEqual(diff.lines[2], "             now: 2")
        XCTAssertEqual(diff.lines[3], "  removed  \(label("first-year")): yes")
        XCTAssertEqual(RecordDiff(from: Self.first, to: Self.first, label: label).changes, [], "the same record: no change")
        var touched = Self.first
        touched.updated = "2027-01-01"
        XCTAssertEqual(RecordDiff(from: Self.first, to: touched, label: label).changes, [], "only the save time differs")
    }

    // MARK: diff

    func testDiffComparesTheLatestEarlierVersionWithTheCurrentRecord() throws {
        let id = try saveTwoVersions()
        let label = RecordRendering.labeler(for: .review, guidance: TranscriptRunner.guidance)
        let result = commandLine("diff", id.rawValue)
        XCTAssertEqual(result.status, 0, result.err)
        let lines = result.out.split(separator: "\n").map(String.init)
        XCTAssertTrue(lines[0].hasPrefix("Changes in \(id) from version 1 (agreed, updated "), lines[0])
        XCTAssertTrue(lines[0].contains(" to the current record (draft, updated "), lines[0])
        XCTAssertEqual(Array(lines[1...3]), ["  changed  Status", "             was: agreed", "             now: draft"])
        XCTAssertTrue(result.out.contains("  changed  \(label("points"))\n             was: 1\n             now: 2\n"), result.out)
        XCTAssertTrue(result.out.contains("  removed  \(label("first-year")): yes\n"), result.out)
        XCTAssertTrue(result.out.contains("  changed  \(label("objectives")) (1) › \(label("outcome"))\n             was: met\n             now: partly met\n"), result.out)
        XCTAssertTrue(result.out.contains("  removed  Agreed: on 2026-07-08 by Femi Adeyemi (line manager) and Sam Lee (AST)\n"), result.out)
        XCTAssertTrue(result.out.contains("  added    Notes: Talked again in July.\n"), result.out)
        XCTAssertTrue(result.out.contains("'restore \(id) 1' would change these back"), result.out)
        // One version: that version against the current record, the same here.
        XCTAssertEqual(commandLine("diff", id.rawValue, "1").out, result.out)
    }

    func testRestoreIsAnUndoThatDiffCanCheck() throws {
        let id = try saveTwoVersions()
        XCTAssertEqual(commandLine("restore", id.rawValue, "1").status, 0)
        // Now version 2 is the record as it was before the restore, and the current record is version 1 again.
        XCTAssertEqual(commandLine("diff", id.rawValue, "1").out.components(separatedBy: "\n").dropFirst().first, "  none: the two versions say the same.")
        let undone = commandLine("diff", id.rawValue)
        XCTAssertTrue(undone.out.contains("from version 2 (draft, "), undone.out)
        XCTAssertTrue(undone.out.contains("  changed  Status\n             was: draft\n             now: agreed\n"), undone.out)
        XCTAssertTrue(undone.out.contains("  removed  Notes: Talked again in July.\n"), undone.out)
        // Two versions: V1 against V2, in that order.
        let between = commandLine("diff", id.rawValue, "2", "1")
        XCTAssertTrue(between.out.hasPrefix("Changes in \(id) from version 2 (draft, "), between.out)
        XCTAssertTrue(between.out.contains(" to version 1 (agreed, "), between.out)
        XCTAssertFalse(between.out.contains("would change these back"), between.out)
    }

    func testDiffJSONHasFixedKeys() throws {
        let id = try saveTwoVersions()
        let result = commandLine("diff", id.rawValue, "--json")
        XCTAssertEqual(result.status, 0, result.err)
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [String: Any], result.out)
        XCTAssertEqual(Set(object.keys), ["schema", "id", "from", "to", "changes"])
        XCTAssertEqual(object["schema"] as? Int, 1)
        let from = try XCTUnwrap(object["from"] as? [String: Any]), to = try XCTUnwrap(object["to"] as? [String: Any])
        XCTAssertEqual(from["version"] as? Int, 1)
        XCTAssertTrue(to["version"] is NSNull)
        let changes = try XCTUnwrap(object["changes"] as? [[String: Any]])
        for c in changes { XCTAssertEqual(Set(c.keys), ["change", "field", "label", "old", "new"]) }
        let points = try XCTUnwrap(changes.first { $0["field"] as? String == "fields.points" })
        XCTAssertEqual(points["change"] as? String, "changed")
        XCTAssertEqual(points["old"] as? String, "1")
        XCTAssertEqual(points["new"] as? String, "2")
        XCTAssertTrue(changes.contains { $0["change"] as? String == "added" && $0["old"] is NSNull && $0["field"] as? String == "notes" })
    }

    func testDiffSaysWhenThereIsNothingToCompareAndRefusesBadVersions() throws {
        let saved = try store.create(Self.first)
        let none = commandLine("diff", saved.id.rawValue)
        XCTAssertEqual(none.status, 0, none.err)
        XCTAssertTrue(none.out.contains("has not been changed since it was first saved"), none.out)
        let id = try saveTwoVersions()
        XCTAssertEqual(commandLine("diff", id.rawValue, "7").status, 1)
        XCTAssertEqual(commandLine("diff", id.rawValue, "one").status, 2)
        XCTAssertEqual(commandLine("diff", id.rawValue, "1", "2", "3").status, 2)
        XCTAssertEqual(commandLine("diff").status, 2)
        XCTAssertEqual(commandLine("diff", "nobody-0000/2025-26-review").status, 1)
    }

    // MARK: show ID VERSION

    func testShowVersionPrintsTheEarlierVersionAsShowDoes() throws {
        let id = try saveTwoVersions()
        let old = commandLine("show", id.rawValue, "1")
        XCTAssertEqual(old.status, 0, old.err)
        XCTAssertTrue(old.out.hasPrefix("Version 1 of \(id) (from 'history'; 'show \(id)' is the current record):\n"), old.out)
        let body = RecordRendering.text(StoredRecord(id: id, record: try store.loadVersion(id, 1), revision: ""), style: .plain,
                                        guidance: TranscriptRunner.guidance)
        XCTAssertTrue(old.out.hasSuffix(body + "\n"), old.out)
        XCTAssertTrue(old.out.contains("Agreed on 2026-07-08 by Femi Adeyemi"), old.out)
        XCTAssertFalse(commandLine("show", id.rawValue).out.contains("Agreed on"), "the current record is the draft")
        let json = commandLine("show", id.rawValue, "1", "--json")
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [String: Any], json.out)
        XCTAssertEqual(object["version"] as? Int, 1)
        XCTAssertEqual(object["status"] as? String, "agreed")
        let current = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(commandLine("show", id.rawValue, "--json").out.utf8)) as? [String: Any])
        XCTAssertTrue(current["version"] is NSNull, "the same keys for the current record")
        XCTAssertEqual(commandLine("show", id.rawValue, "9").status, 1)
        XCTAssertEqual(commandLine("show", id.rawValue, "x").status, 2)
        XCTAssertEqual(commandLine("show", id.rawValue, "1", "2").status, 2)
    }

    func testTabCompletesVersionNumbersAfterTheID() throws {
        let id = try saveTwoVersions()
        XCTAssertEqual(session.completions(for: "diff \(id.rawValue) ").filter { $0.last?.isNumber == true }.count, 1)
        XCTAssertTrue(session.completions(for: "show \(id.rawValue) ").contains { $0.hasSuffix("1") }, "\(session.completions(for: "show \(id.rawValue) "))")
    }
}
