import Foundation
import Records
@testable import Store
import XCTest

/// A symbolic link anywhere inside the store (an AST folder, `.history`,
/// `.sessions`, `.lock`, a record file) is never written through: records and
/// interview answers used to land wherever the link pointed.
final class SymlinkTests: XCTestCase {
    var root: URL!
    var outside: URL!
    var store: FileRecordStore!

    override func setUpWithError() throws {
        let base = makeTemporaryFolder(self)
        root = base.appendingPathComponent("store")
        outside = base.appendingPathComponent("outside")
        try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
        store = try FileRecordStore(root: root, savedBy: "tester@host", makeSuffix: { "ab12" })
    }

    var outsideContents: [String] { (try? FileManager.default.subpathsOfDirectory(atPath: outside.path)) ?? [] }

    func link(_ relative: String, to target: URL) throws {
        try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent(relative).path, withDestinationPath: target.path)
    }

    func assertRefusedAsLink(_ error: Error, _ relative: String, file: StaticString = #filePath, line: UInt = #line) {
        let text = "\(error)"
        XCTAssertTrue(text.contains(root.appendingPathComponent(relative).path + ": this is a symbolic link, and astpm never writes through a link"),
                      text, file: file, line: line)
    }

    func testAnASTFolderThatIsALinkIsNotWrittenThrough() throws {
        let saved = try store.create(Samples.review())
        let folder = saved.id.rawValue.split(separator: "/")[0]
        // The folder moved outside and a link left in its place.
        try FileManager.default.moveItem(at: root.appendingPathComponent(String(folder)), to: outside.appendingPathComponent("moved"))
        try link(String(folder), to: outside.appendingPathComponent("moved"))
        let before = outsideContents
        var changed = Samples.review()
        changed.notes = "changed"
        XCTAssertThrowsError(try store.update(saved.id, changed, expectedRevision: saved.revision)) { assertRefusedAsLink($0, String(folder)) }
        XCTAssertEqual(outsideContents, before, "nothing written outside the store")
        XCTAssertThrowsError(try store.create(Samples.planning())) { assertRefusedAsLink($0, String(folder)) }
        XCTAssertEqual(outsideContents, before)
    }

    func testAHistoryFolderThatIsALinkIsNotWrittenThrough() throws {
        let saved = try store.create(Samples.review())
        let folder = String(saved.id.rawValue.split(separator: "/")[0])
        try link(folder + "/.history", to: outside)
        var changed = Samples.review()
        changed.notes = "changed"
        XCTAssertThrowsError(try store.update(saved.id, changed, expectedRevision: saved.revision)) { assertRefusedAsLink($0, folder + "/.history") }
        XCTAssertEqual(outsideContents, [])
        XCTAssertEqual(try store.load(saved.id).record, saved.record, "the record is unchanged")
    }

    func testARecordFileThatIsALinkIsNotReplaced() throws {
        let saved = try store.create(Samples.review())
        let path = try store.path(of: saved.id)
        let target = outside.appendingPathComponent("real.md")
        try FileManager.default.moveItem(atPath: path, toPath: target.path)
        try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: target.path)
        let current = try store.load(saved.id)
        var changed = Samples.review()
        changed.notes = "changed"
        XCTAssertThrowsError(try store.update(saved.id, changed, expectedRevision: current.revision)) { assertRefusedAsLink($0, saved.id.rawValue + ".md") }
        XCTAssertTrue(store.fileSystem.isSymbolicLink(path), "the link is left as it was")
    }

    func testASessionsFolderThatIsALinkIsNotWrittenThrough() throws {
        try link(".sessions", to: outside)
        XCTAssertThrowsError(try store.saveSession("objectives-1", Array("answers".utf8))) { assertRefusedAsLink($0, ".sessions") }
        XCTAssertThrowsError(try store.reserveSessionName(prefix: "objectives")) { assertRefusedAsLink($0, ".sessions") }
        XCTAssertEqual(outsideContents, [], "interview answers stay out of the linked folder")
    }

    func testALockThatIsALinkCreatesNothingElsewhere() throws {
        try? FileManager.default.removeItem(at: root.appendingPathComponent(".lock"))
        let target = outside.appendingPathComponent("lock-target")
        try link(".lock", to: target)
        XCTAssertThrowsError(try store.create(Samples.review())) { error in
            XCTAssertTrue("\(error)".contains("symbolic link"), "\(error)")
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: target.path), "no file created through the link")
    }
}
