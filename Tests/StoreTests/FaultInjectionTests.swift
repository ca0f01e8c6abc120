import Foundation
import Records
@testable import Store
import XCTest

/// A file system that fails its Nth call (counting every call that changes
/// something or takes a lock), or returns short writes and EINTR.
final class FaultyFileSystem: FileSystem {
    let real = PosixFileSystem()
    var calls = 0
    var failAt: Int?
    var errorCode: Int32 = EIO
    var failed: String?
    var chaoticWrites = false
    private var toggle = false

    func step(_ op: String, _ path: String) throws {
        calls += 1
        if calls == failAt {
            failed = "\(op) \(path)"
            throw SystemCallError(op, path: path, code: errorCode)
        }
    }

    func open(_ path: String, flags: Int32, mode: mode_t) throws -> Int32 {
        try step("open", path); return try real.open(path, flags: flags, mode: mode)
    }
    func write(_ fd: Int32, _ bytes: UnsafeRawBufferPointer, path: String) throws -> Int {
        try step("write", path)
        if chaoticWrites {
            toggle.toggle()
            if toggle { throw SystemCallError("write", path: path, code: EINTR) }
            return try real.write(fd, UnsafeRawBufferPointer(rebasing: bytes.prefix(7)), path: path)
        }
        return try real.write(fd, bytes, path: path)
    }
    func fsync(_ fd: Int32, path: String) throws { try step("fsync", path); try real.fsync(fd, path: path) }
    func close(_ fd: Int32, path: String) throws {
        do { try step("close", path) } catch { try? real.close(fd, path: path); throw error }
        try real.close(fd, path: path)
    }
    func rename(_ from: String, _ to: String) throws { try step("rename", to); try real.rename(from, to) }
    func unlink(_ path: String) throws { try step("unlink", path); try real.unlink(path) }
    func mkdir(_ path: String, mode: mode_t) throws { try step("mkdir", path); try real.mkdir(path, mode: mode) }
    /// Clean-up after a failure: not counted as a step, so it never fails itself.
    func rmdir(_ path: String) throws { try real.rmdir(path) }
    func flock(_ fd: Int32, _ operation: Int32, path: String) throws { try step("flock", path); try real.flock(fd, operation, path: path) }
    func readFile(_ path: String, limit: Int) throws -> [UInt8] { try real.readFile(path, limit: limit) }
    func list(_ path: String) throws -> [String] { try real.list(path) }
    func kind(_ path: String) -> FileKind { real.kind(path) }
}

final class FaultInjectionTests: XCTestCase {
    /// Files whose names mark them as temporary, anywhere in the store.
    func temporaryFiles(_ root: URL) -> [String] {
        return (FileManager.default.subpaths(atPath: root.path) ?? []).filter { DurableWriter.isTemporary(($0 as NSString).lastPathComponent) }
    }

    /// Runs `operation` failing at every N in turn until it succeeds untouched.
    /// `check` gets whether the operation reported success.
    func everyN(_ label: String, code: Int32 = EIO,
                setUp: (FileRecordStore) throws -> Void,
                operation: (FileRecordStore) throws -> Void,
                check: (FileRecordStore, URL, Bool, String) throws -> Void) throws {
        var n = 1
        while true {
            let root = makeTemporaryFolder(self)
            try setUp(try FileRecordStore(root: root))
            let fs = FaultyFileSystem()
            let store = try FileRecordStore(root: root, fileSystem: fs)
            fs.failAt = fs.calls + n
            fs.errorCode = code
            var succeeded = true
            do { try operation(store) } catch {
                succeeded = false
                XCTAssertNotNil(fs.failed, "\(label) N=\(n): failed without an injected fault: \(error)")
                let message = "\(error)"
                XCTAssertTrue(message.contains(SystemCallError("", path: "", code: code).cause), "\(label) N=\(n): \(message)")
            }
            if fs.failed == nil {
                XCTAssertTrue(succeeded)
                XCTAssertGreaterThan(n, 8, "\(label): too few operations")
                return
            }
            XCTAssertEqual(temporaryFiles(root), [], "\(label) N=\(n) (\(fs.failed!)): temporary file left behind")
            let fresh = try FileRecordStore(root: root)
            XCTAssertEqual(try fresh.list().unreadable, [], "\(label) N=\(n)")
            try check(fresh, root, succeeded, "\(label) N=\(n) failing \(fs.failed!)")
            n += 1
        }
    }

    func testUpdateFailingAtEveryStep() throws {
        var id = RecordID("")
        var revision = ""
        var changed = Samples.review()
        changed.notes = "changed"
        for code in [EIO, ENOSPC] {
            try everyN("update", code: code, setUp: { s in
                let saved = try s.create(Samples.review())
                id = saved.id
                revision = saved.revision
            }, operation: { s in
                _ = try s.update(id, changed, expectedRevision: revision)
            }, check: { s, _, ok, label in
                let now = try s.load(id).record
                if ok { XCTAssertEqual(now, changed, label) } else { XCTAssertTrue(now == changed || now == Samples.review(), label) }
                if now == Samples.review() {
                    // Nothing changed, so the same save can simply be made again.
                    XCTAssertNoThrow(try s.update(id, changed, expectedRevision: revision), label)
                }
            })
        }
    }

    func testCreateFailingAtEveryStep() throws {
        try everyN("create", setUp: { _ in }, operation: { s in
            _ = try s.create(Samples.planning())
        }, check: { s, root, ok, label in
            let records = try s.list().records
            if ok { XCTAssertEqual(records.map(\.record), [Samples.planning()], label) }
            XCTAssertLessThanOrEqual(records.count, 1, label)
            let folders = try FileManager.default.contentsOfDirectory(atPath: root.path).filter { !$0.hasPrefix(".") }
            XCTAssertEqual(folders.count, records.count, "\(label): a failed first save leaves no empty AST folder")
            XCTAssertNoThrow(try s.create(Samples.planning()), label)
        })
    }

    /// When only the last folder fsync fails, the record is already in place:
    /// the save reports success with a warning, never "not saved".
    func testAFailedFolderFlushAfterTheRenameIsAWarningNotALoss() throws {
        var warned = false
        for n in 1...40 where !warned {
            let root = makeTemporaryFolder(self)
            let fs = FaultyFileSystem()
            let store = try FileRecordStore(root: root, fileSystem: fs)
            fs.failAt = fs.calls + n
            guard let saved = try? store.create(Samples.planning()) else { continue }
            if let warning = saved.warning {
                warned = true
                XCTAssertTrue(warning.contains("may not survive a power cut"), warning)
                XCTAssertEqual(try FileRecordStore(root: root).load(saved.id).record, Samples.planning())
            }
        }
        XCTAssertTrue(warned, "some fault position is the folder fsync after the rename")
    }

    func testSessionSaveFailingAtEveryStep() throws {
        try everyN("session", setUp: { s in try s.saveSession("one", [1]) }, operation: { s in
            try s.saveSession("one", Array(repeating: 2, count: 100))
        }, check: { s, _, ok, label in
            let data = try s.loadSession("one")
            if ok { XCTAssertEqual(data, Array(repeating: 2, count: 100), label) }
            XCTAssertTrue(data == [1] || data == Array(repeating: 2, count: 100), label)
        })
    }

    func testShortWritesAndEINTRAreRetried() throws {
        let fs = FaultyFileSystem()
        fs.chaoticWrites = true
        let store = try FileRecordStore(root: makeTemporaryFolder(self), fileSystem: fs)
        let saved = try store.create(Samples.planning())
        XCTAssertEqual(try store.load(saved.id).record, Samples.planning())
    }

    /// A save killed half-way leaves its folder's name in the lock file: the
    /// next astpm to open the store sweeps that folder (and its history), and
    /// the store folder and `.sessions` are always swept; no other folder is walked.
    func testLeftoverTemporaryFilesAreSweptAtStart() throws {
        let root = makeTemporaryFolder(self)
        let store = try FileRecordStore(root: root)
        let saved = try store.create(Samples.planning())
        let folderName = String(saved.id.rawValue.split(separator: "/")[0])
        let folder = root.appendingPathComponent(folderName)
        try FileManager.default.createDirectory(at: folder.appendingPathComponent(".history"), withIntermediateDirectories: true)
        let leftovers = [folder.appendingPathComponent(".2025-26-planning.md.tmp-1234"),
                         folder.appendingPathComponent(".history/.2025-26-planning.1.md.tmp-99"),
                         root.appendingPathComponent("..index.tmp-5")]
        for url in leftovers { try "half a rec".write(to: url, atomically: false, encoding: .utf8) }
        try (folderName + "\n").write(to: root.appendingPathComponent(".lock"), atomically: false, encoding: .utf8)
        _ = try FileRecordStore(root: root)
        for url in leftovers { XCTAssertFalse(FileManager.default.fileExists(atPath: url.path), url.lastPathComponent) }
        XCTAssertEqual(try String(contentsOf: root.appendingPathComponent(".lock"), encoding: .utf8), "", "the journal is cleared")
        XCTAssertEqual(try store.list().records.count, 1)
    }

    /// A leftover the journal does not name (its note lost in a power cut) goes
    /// at the next save into its folder.
    func testALeftoverNotInTheJournalIsSweptByTheNextSaveInItsFolder() throws {
        let root = makeTemporaryFolder(self)
        let store = try FileRecordStore(root: root)
        let saved = try store.create(Samples.planning())
        let folder = root.appendingPathComponent(String(saved.id.rawValue.split(separator: "/")[0]))
        let leftover = folder.appendingPathComponent(".2025-26-review.md.tmp-77")
        try "half a rec".write(to: leftover, atomically: false, encoding: .utf8)
        _ = try FileRecordStore(root: root)
        XCTAssertTrue(FileManager.default.fileExists(atPath: leftover.path), "opening walks no AST folder")
        _ = try store.update(saved.id, Samples.review(), expectedRevision: saved.revision)
        XCTAssertFalse(FileManager.default.fileExists(atPath: leftover.path))
    }

    /// The journal is a file anyone can edit: a name in it that is not a plain
    /// folder name of the store is ignored, so nothing outside is swept.
    func testAJournalNamingSomethingOutsideTheStoreSweepsNothingThere() throws {
        let parent = makeTemporaryFolder(self)
        let root = parent.appendingPathComponent("store")
        _ = try FileRecordStore(root: root)
        let outside = parent.appendingPathComponent("outside")
        try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: false)
        let bait = outside.appendingPathComponent(".x.tmp-1")
        try "keep".write(to: bait, atomically: false, encoding: .utf8)
        try "../outside\n\(outside.path)\n..\n.sessions/../../outside\n".write(to: root.appendingPathComponent(".lock"), atomically: false, encoding: .utf8)
        _ = try FileRecordStore(root: root)
        XCTAssertTrue(FileManager.default.fileExists(atPath: bait.path))
    }

    /// Every save clears its note in the journal, failed or not.
    func testTheJournalIsEmptyAfterSaves() throws {
        let root = makeTemporaryFolder(self)
        let store = try FileRecordStore(root: root)
        let saved = try store.create(Samples.planning())
        _ = try store.update(saved.id, Samples.review(), expectedRevision: saved.revision)
        XCTAssertThrowsError(try store.update(saved.id, Samples.review(), expectedRevision: "stale"))
        XCTAssertEqual(try Data(contentsOf: root.appendingPathComponent(".lock")).count, 0)
    }
}

/// A failed autosave on a full disk left the reserved, empty session file,
/// which `records --json` listed as a session that `resume` and `discard`
/// could not find. Now a failure at any step leaves either the saved session
/// or nothing, and a stray empty session file is reported as unreadable.
final class SessionAutosaveFailureTests: XCTestCase {
    func testAFailedFirstAutosaveLeavesNoEmptySessionFile() throws {
        for n in 1...12 {
            let root = makeTemporaryFolder(self)
            let fs = FaultyFileSystem()
            fs.errorCode = ENOSPC
            let store = try FileRecordStore(root: root, fileSystem: fs, savedBy: "t@h")
            let name = try store.reserveSessionName(prefix: "review")
            fs.failAt = fs.calls + n
            let saved = (try? store.saveSession(name, Array("{\"answers\":1}".utf8))) != nil
            let path = root.appendingPathComponent(".sessions/" + StoreLayout.sessionFileName(name)).path
            let size = fs.regularFileSize(path)
            if saved { XCTAssertEqual(size, 13, "N=\(n): the session is there") }
            // A failure after the rename (the folder's fsync) leaves the new
            // session in place; any earlier one leaves nothing at all.
            XCTAssertTrue(size == nil || size == 13, "N=\(n) (\(fs.failed ?? "")): size \(size.map(String.init) ?? "none") left")
            XCTAssertEqual(try store.listSessions(), size == 13 ? [name] : [], "N=\(n)")
            if fs.failed == nil { break }
        }
    }

    func testAStrayEmptySessionFileIsUnreadableNotASession() throws {
        let root = makeTemporaryFolder(self)
        let store = try FileRecordStore(root: root, savedBy: "t@h")
        try store.saveSession("objectives-1", Array("{}".utf8))
        let empty = root.appendingPathComponent(".sessions/review-1.session")
        XCTAssertTrue(FileManager.default.createFile(atPath: empty.path, contents: Data()))
        XCTAssertEqual(try store.listSessions(), ["objectives-1"])
        let unreadable = try store.list().unreadable
        XCTAssertEqual(unreadable.map(\.path), [empty.path])
        XCTAssertTrue(unreadable[0].reason.contains("empty, so it holds no paused interview"), unreadable[0].reason)
        // The empty file still holds its name: a new reservation takes the next one.
        XCTAssertEqual(try store.reserveSessionName(prefix: "review"), "review-2")
    }
}
