import Foundation
import Records
@testable import Store
import XCTest

/// A save that finds another astpm holding the store's lock says so once, then
/// either goes ahead when the lock is freed or gives up with a clear message.
final class LockWaitTests: XCTestCase {
    final class Notices: @unchecked Sendable {
        private let lock = NSLock()
        private var values: [Double] = []
        func add(_ v: Double) { lock.lock(); values.append(v); lock.unlock() }
        var all: [Double] { lock.lock(); defer { lock.unlock() }; return values }
    }

    func makeRoot() throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("astpm-lock-\(UUID().uuidString)")
        addTeardownBlock { try? FileManager.default.removeItem(at: root) }
        return root
    }

    /// Holds the store's lock through a second open file, as another process would.
    func holdLock(_ root: URL) -> Int32 {
        let fd = open(root.appendingPathComponent(".lock").path, O_RDWR | O_CREAT, 0o600)
        XCTAssertGreaterThanOrEqual(fd, 0)
        XCTAssertEqual(flock(fd, LOCK_EX | LOCK_NB), 0)
        return fd
    }

    func testAWaitIsAnnouncedOnceAndTheSaveGoesAheadWhenTheLockIsFreed() throws {
        let root = try makeRoot()
        let notices = Notices()
        let store = try FileRecordStore(root: root, lockTimeout: 10, onLockWait: { notices.add($0) })
        let fd = holdLock(root)
        DispatchQueue.global().asyncAfter(deadline: .now() + 1.0) { close(fd) }
        let saved = try store.create(Samples.review(ast: "Sam Lee"))
        XCTAssertEqual(notices.all, [10], "one notice, with the timeout")
        XCTAssertEqual(try store.load(saved.id).record.ast, "Sam Lee")
    }

    func testALockHeldTooLongGivesUpWithAMessage() throws {
        let root = try makeRoot()
        let notices = Notices()
        let store = try FileRecordStore(root: root, lockTimeout: 0.8, onLockWait: { notices.add($0) })
        let fd = holdLock(root)
        defer { close(fd) }
        let started = Date()
        XCTAssertThrowsError(try store.create(Samples.review(ast: "Sam Lee"))) { error in
            XCTAssertTrue("\(error)".contains("Another astpm"), "\(error)")
        }
        XCTAssertLessThan(Date().timeIntervalSince(started), 5, "the timeout is measured in real time")
        XCTAssertEqual(notices.all.count, 1)
    }

    func testAFreeLockIsTakenWithoutANotice() throws {
        let notices = Notices()
        let store = try FileRecordStore(root: try makeRoot(), onLockWait: { notices.add($0) })
        _ = try store.create(Samples.review(ast: "Sam Lee"))
        XCTAssertTrue(notices.all.isEmpty)
    }
}
