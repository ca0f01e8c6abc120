import Foundation
import Records
@testable import Store
import XCTest

final class HistoryAndConflictTests: XCTestCase {
    /// A hand edit that breaks the file is exactly when an earlier version is
    /// wanted: history still lists, restore puts it back, the broken file is kept.
    func testRestoreWorksWhenTheCurrentFileCannotBeRead() throws {
        let root = makeTemporaryFolder(self)
        let store = try FileRecordStore(root: root)
        let v1 = try store.create(Samples.review())
        var changed = v1.record
        changed.notes = "changed"
        _ = try store.update(v1.id, changed, expectedRevision: v1.revision)
        let file = root.appendingPathComponent(v1.id.rawValue + ".md")
        try "---\nschema: 1\nkind: [review\n---\n".write(to: file, atomically: false, encoding: .utf8)
        XCTAssertThrowsError(try store.load(v1.id))
        XCTAssertEqual(try store.history(v1.id).map(\.number), [1])
        _ = try store.restore(v1.id, version: 1)
        XCTAssertEqual(try store.load(v1.id).record, v1.record)
        let versions = try store.history(v1.id)
        XCTAssertEqual(versions.map(\.number), [1, 2])
        XCTAssertNil(versions[1].status, "the broken file is kept as it was, unreadable")
    }

    func testUpdateKeepsHistoryAndRestoreBringsItBack() throws {
        let store = try FileRecordStore(root: makeTemporaryFolder(self), savedBy: "alice@pc1")
        let v1 = try store.create(Samples.review())
        var changed = v1.record
        changed.fields = [RecordField("pay_decision", .text("One point"))]
        changed.updated = "2026-07-02"
        let v2 = try store.update(v1.id, changed, expectedRevision: v1.revision)
        XCTAssertNotEqual(v1.revision, v2.revision)
        XCTAssertEqual(try store.history(v1.id).map(\.number), [1])
        XCTAssertEqual(try store.history(v1.id).first?.savedBy, "alice@pc1")
        XCTAssertEqual(try store.loadVersion(v1.id, 1), v1.record)
        let restored = try store.restore(v1.id, version: 1)
        XCTAssertEqual(restored.record, v1.record)
        XCTAssertEqual(try store.load(v1.id).record, v1.record)
        XCTAssertEqual(try store.history(v1.id).map(\.number), [1, 2])
        XCTAssertEqual(try store.loadVersion(v1.id, 2), changed)
        XCTAssertThrowsError(try store.loadVersion(v1.id, 9)) { e in
            XCTAssertTrue("\(e)".contains("versions kept: 1, 2"), "\(e)")
        }
    }

    func testSecondWriterIsToldWhoChangedIt() throws {
        let root = makeTemporaryFolder(self)
        let alice = try FileRecordStore(root: root, savedBy: "alice@pc1")
        let bob = try FileRecordStore(root: root, savedBy: "bob@pc2")
        let created = try alice.create(Samples.review())
        let bobsCopy = try bob.load(created.id)
        var a = created.record
        a.notes = "Alice's change"
        a.updated = "2026-07-03"
        _ = try alice.update(created.id, a, expectedRevision: created.revision)
        var b = bobsCopy.record
        b.notes = "Bob's change"
        XCTAssertThrowsError(try bob.update(created.id, b, expectedRevision: bobsCopy.revision)) { e in
            guard case RecordStoreError.changedSinceRead(_, let detail) = e else { return XCTFail("\(e)") }
            XCTAssertEqual(detail, "saved by alice@pc1, record updated 2026-07-03")
            XCTAssertTrue("\(e)".contains("reload it with 'show"), "\(e)")
        }
        XCTAssertEqual(try bob.load(created.id).record.notes, "Alice's change")
    }

    func testHandEditedBrokenFileIsNeverOverwritten() throws {
        let store = try FileRecordStore(root: makeTemporaryFolder(self))
        let saved = try store.create(Samples.review())
        let path = try store.path(of: saved.id)
        try "---\nbroken: [\n---\n".write(toFile: path, atomically: false, encoding: .utf8)
        XCTAssertThrowsError(try store.update(saved.id, Samples.review(), expectedRevision: saved.revision)) { e in
            XCTAssertTrue("\(e)".contains("cannot be read now"), "\(e)")
        }
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), "---\nbroken: [\n---\n")
    }

    func testPathThatIsAFile() throws {
        let root = makeTemporaryFolder(self)
        let file = root.appendingPathComponent("afile")
        try "x".write(to: file, atomically: false, encoding: .utf8)
        XCTAssertThrowsError(try FileRecordStore(root: file)) { e in
            XCTAssertEqual("\(e)", "\(file.path): this is a file, not a folder; choose another place for the records with --store DIR or ASTPM_STORE")
        }
        XCTAssertThrowsError(try FileRecordStore(root: file.appendingPathComponent("store"))) { e in
            XCTAssertTrue("\(e)".contains("is a file, not a folder"), "\(e)")
        }
    }

    /// As root the same check runs as `nobody` (RealFaultTests).
    func testReadOnlyFolder() throws {
        guard getuid() != 0 else {
            throw XCTSkip("root ignores folder permissions; RealFaultTests.testUnwritableFolderAsNonRoot checks this as 'nobody'")
        }
        let root = makeTemporaryFolder(self)
        let ro = root.appendingPathComponent("ro")
        let store = try FileRecordStore(root: ro)
        chmod(ro.path, 0o500)
        defer { chmod(ro.path, 0o700) }
        XCTAssertThrowsError(try store.create(Samples.review())) { e in
            XCTAssertTrue("\(e)".contains("permission denied"), "\(e)")
        }
    }
}
