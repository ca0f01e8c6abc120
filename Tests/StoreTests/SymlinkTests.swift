import Foundation
import Records
@testable import Store
import XCTest

/// A symbolic link anywhere inside the store (an AST folder, `.history`,
/// `.sessions`, `.lock`, a record file) is never written through: records and
/// interview answers used to land wherever the link pointed. Nor is one read
/// through: the user is told which link it is. The real file system is
/// confined to the store (each path component opened with O_NOFOLLOW), so a
/// link swapped in after the store's own check is refused as well.
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
        assertNamesLink("\(error)", relative, file: file, line: line)
    }

    /// The message starts with the link's path and says it is a link that is not followed.
    func assertNamesLink(_ text: String, _ relative: String, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertTrue(text.hasPrefix(root.appendingPathComponent(relative).path + ": "), text, file: file, line: line)
        XCTAssertTrue(text.contains("symbolic link inside the record store, and astpm never reads or writes through a link there"),
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
        let before = try Data(contentsOf: target)
        XCTAssertThrowsError(try store.load(saved.id)) { assertRefusedAsLink($0, saved.id.rawValue + ".md") }
        var changed = Samples.review()
        changed.notes = "changed"
        XCTAssertThrowsError(try store.update(saved.id, changed, expectedRevision: saved.revision)) { assertRefusedAsLink($0, saved.id.rawValue + ".md") }
        XCTAssertThrowsError(try store.restore(saved.id, version: 1))
        XCTAssertTrue(store.fileSystem.isSymbolicLink(path), "the link is left as it was")
        XCTAssertEqual(try Data(contentsOf: target), before, "the file behind the link is unchanged")
        XCTAssertEqual(outsideContents, ["real.md"])
        // Listing reports it, naming the link, rather than reading through it.
        let listing = try store.list()
        XCTAssertEqual(listing.records.map(\.id), [])
        XCTAssertEqual(listing.unreadable.map(\.path), [path])
        assertNamesLink(listing.unreadable.first?.reason ?? "", saved.id.rawValue + ".md")
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

    // MARK: Reading through a link is refused, naming it

    func testAnASTFolderThatIsALinkIsNotReadThrough() throws {
        let saved = try store.create(Samples.review())
        let folder = String(saved.id.rawValue.split(separator: "/")[0])
        try FileManager.default.moveItem(at: root.appendingPathComponent(folder), to: outside.appendingPathComponent("moved"))
        try link(folder, to: outside.appendingPathComponent("moved"))
        // A fresh store (no index in memory) and the one that had the folder indexed.
        for s in [store!, try FileRecordStore(root: root, savedBy: "t@h")] {
            XCTAssertThrowsError(try s.load(saved.id)) { assertRefusedAsLink($0, folder) }
            XCTAssertThrowsError(try s.exportBytes(saved.id)) { assertRefusedAsLink($0, folder) }
            let listing = try s.list()
            XCTAssertEqual(listing.records.map(\.id), [], "nothing behind the link is listed")
            XCTAssertEqual(listing.unreadable.map(\.path), [root.appendingPathComponent(folder).path])
            assertNamesLink(listing.unreadable.first?.reason ?? "", folder)
        }
    }

    func testAHistoryFolderThatIsALinkIsNotReadThrough() throws {
        var saved = try store.create(Samples.review())
        var changed = Samples.review()
        changed.notes = "changed"
        saved = try store.update(saved.id, changed, expectedRevision: saved.revision)
        let folder = String(saved.id.rawValue.split(separator: "/")[0])
        let history = root.appendingPathComponent(folder + "/.history")
        try FileManager.default.moveItem(at: history, to: outside.appendingPathComponent("history"))
        try link(folder + "/.history", to: outside.appendingPathComponent("history"))
        XCTAssertThrowsError(try store.history(saved.id)) { assertRefusedAsLink($0, folder + "/.history") }
        XCTAssertThrowsError(try store.loadVersion(saved.id, 1)) { assertRefusedAsLink($0, folder + "/.history") }
        XCTAssertThrowsError(try store.restore(saved.id, version: 1)) { assertRefusedAsLink($0, folder + "/.history") }
        XCTAssertEqual(try store.load(saved.id).record, changed, "the record is unchanged")
    }

    func testASessionThatIsALinkIsNotReadThrough() throws {
        try store.saveSession("objectives-1", Array("answers".utf8))
        let sessions = root.appendingPathComponent(".sessions")
        try FileManager.default.moveItem(at: sessions.appendingPathComponent("objectives-1.session"), to: outside.appendingPathComponent("s"))
        try link(".sessions/objectives-1.session", to: outside.appendingPathComponent("s"))
        XCTAssertThrowsError(try store.loadSession("objectives-1")) { assertRefusedAsLink($0, ".sessions/objectives-1.session") }
        XCTAssertEqual(try store.listSessions(), [], "a link is no paused interview")
        XCTAssertEqual(store.unreadableSessions().map(\.path), [sessions.appendingPathComponent("objectives-1.session").path])
        // The whole folder linked.
        try FileManager.default.removeItem(at: sessions)
        try link(".sessions", to: outside)
        XCTAssertThrowsError(try store.loadSession("objectives-1")) { assertRefusedAsLink($0, ".sessions") }
    }

    // MARK: A link swapped in after the store's check (the race) is refused by the file system

    /// Each call of the confined file system on a path through a link fails
    /// with ELOOP naming the link, and nothing appears outside the store.
    func testTheConfinedFileSystemFollowsNoLinkInsideTheStore() throws {
        let fs = PosixFileSystem(confinedTo: root.path)
        try FileManager.default.createDirectory(at: root.appendingPathComponent("real"), withIntermediateDirectories: true)
        try Data("x".utf8).write(to: outside.appendingPathComponent("file.md"))
        try link("linked", to: outside)
        try link("real/file.md", to: outside.appendingPathComponent("file.md"))
        let linked = root.appendingPathComponent("linked").path
        func expectLink(_ relative: String, _ call: () throws -> Void, line: UInt = #line) {
            XCTAssertThrowsError(try call(), line: line) { error in
                guard let e = error as? SystemCallError else { return XCTFail("\(error)", line: line) }
                XCTAssertEqual(e.code, ELOOP, "\(e)", line: line)
                XCTAssertEqual(e.path, root.appendingPathComponent(relative).path, line: line)
            }
        }
        let writer = DurableWriter(fileSystem: fs)
        expectLink("linked", { try writer.write(Array("record".utf8), to: linked + "/new.md") })
        expectLink("linked", { try writer.writeNew(Array("record".utf8), to: linked + "/new.md") })
        expectLink("linked", { try writer.makeFolder(linked + "/.history") })
        expectLink("linked", { _ = try fs.open(linked + "/new.md", flags: O_WRONLY | O_CREAT, mode: 0o600) })
        expectLink("linked", { _ = try fs.readFile(linked + "/file.md", limit: 100) })
        expectLink("linked", { _ = try fs.list(linked) })
        expectLink("linked", { try fs.unlink(linked + "/file.md") })
        expectLink("linked", { try fs.rename(root.appendingPathComponent("real/file.md").path, linked + "/moved.md") })
        expectLink("real/file.md", { _ = try fs.readFile(root.appendingPathComponent("real/file.md").path, limit: 100) })
        expectLink("real/file.md", { _ = try fs.open(root.appendingPathComponent("real/file.md").path, flags: O_WRONLY | O_TRUNC, mode: 0) })
        XCTAssertEqual(fs.kind(linked), .other, "a link is neither a file nor a folder here")
        XCTAssertEqual(fs.kind(linked + "/file.md"), .other, "what is behind a link is not looked at")
        XCTAssertEqual(fs.status(linked)?.type, UInt32(S_IFLNK))
        XCTAssertEqual(Set(outsideContents), ["file.md"], "nothing written outside the store")
        XCTAssertEqual(try String(contentsOf: outside.appendingPathComponent("file.md"), encoding: .utf8), "x")
        // The store folder itself may be a link: the user's choice of where it lives.
        let viaLink = outside.deletingLastPathComponent().appendingPathComponent("store-link")
        try FileManager.default.createSymbolicLink(atPath: viaLink.path, withDestinationPath: root.path)
        let linkedRoot = PosixFileSystem(confinedTo: viaLink.path)
        try DurableWriter(fileSystem: linkedRoot).write(Array("ok".utf8), to: viaLink.path + "/real/ok.md")
        XCTAssertEqual(try linkedRoot.readFile(viaLink.path + "/real/ok.md", limit: 10), Array("ok".utf8))
        // Outside the confined folder paths are used as given.
        XCTAssertEqual(try fs.readFile(outside.appendingPathComponent("file.md").path, limit: 10), Array("x".utf8))
    }

    /// The store's own lstat check runs before the write; a folder swapped for
    /// a link just after it is still not written through.
    func testALinkSwappedInAfterTheCheckIsNotWrittenThrough() throws {
        let saved = try store.create(Samples.review())
        let folder = String(saved.id.rawValue.split(separator: "/")[0])
        let swapping = SwappingFileSystem(root: root.path) {
            try? FileManager.default.moveItem(at: self.root.appendingPathComponent(folder), to: self.outside.appendingPathComponent("moved"))
            try? self.link(folder, to: self.outside.appendingPathComponent("moved"))
        }
        let racing = try FileRecordStore(root: root, fileSystem: swapping, savedBy: "t@h")
        var changed = Samples.review()
        changed.notes = "changed"
        swapping.armed = true
        XCTAssertThrowsError(try racing.update(saved.id, changed, expectedRevision: saved.revision)) { assertRefusedAsLink($0, folder) }
        XCTAssertTrue(swapping.swapped, "the link was swapped in during the save")
        XCTAssertEqual(Set(outsideContents), ["moved", "moved/2025-26-review.md"], "nothing written behind the link")
        let behind = try RecordFileDecoder.decode(try PosixFileSystem().readFile(outside.path + "/moved/2025-26-review.md", limit: 1 << 20), path: "x")
        XCTAssertEqual(behind.record, saved.record)
    }
}

/// The real, confined file system, which swaps a folder for a link (once)
/// just before the first folder is made or file created: after the store's own check.
final class SwappingFileSystem: FileSystem {
    let real: PosixFileSystem
    let swap: () -> Void
    var armed = false
    var swapped = false

    init(root: String, swap: @escaping () -> Void) {
        real = PosixFileSystem(confinedTo: root)
        self.swap = swap
    }

    func swapOnce() {
        guard armed, !swapped else { return }
        swapped = true
        swap()
    }

    func open(_ path: String, flags: Int32, mode: mode_t) throws -> Int32 {
        if flags & O_CREAT != 0, !path.hasSuffix("/.lock") { swapOnce() }
        return try real.open(path, flags: flags, mode: mode)
    }
    func write(_ fd: Int32, _ bytes: UnsafeRawBufferPointer, path: String) throws -> Int { try real.write(fd, bytes, path: path) }
    func fsync(_ fd: Int32, path: String) throws { try real.fsync(fd, path: path) }
    func close(_ fd: Int32, path: String) throws { try real.close(fd, path: path) }
    func rename(_ from: String, _ to: String) throws { try real.rename(from, to) }
    func unlink(_ path: String) throws { try real.unlink(path) }
    func mkdir(_ path: String, mode: mode_t) throws {
        swapOnce()
        try real.mkdir(path, mode: mode)
    }
    func rmdir(_ path: String) throws { try real.rmdir(path) }
    func flock(_ fd: Int32, _ operation: Int32, path: String) throws { try real.flock(fd, operation, path: path) }
    func readFile(_ path: String, limit: Int) throws -> [UInt8] { try real.readFile(path, limit: limit) }
    func readFileAndStatus(_ path: String, limit: Int) throws -> ([UInt8], FileStatus?) { try real.readFileAndStatus(path, limit: limit) }
    func status(_ path: String) -> FileStatus? { real.status(path) }
    func statuses(in folder: String, _ names: [String]) -> [FileStatus?] { real.statuses(in: folder, names) }
    func list(_ path: String) throws -> [String] { try real.list(path) }
    func kind(_ path: String) -> FileKind { real.kind(path) }
}
