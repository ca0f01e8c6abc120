import Foundation
import Records
@testable import Store
import XCTest

/// Real faults where the machine allows them: a full disk (a tiny tmpfs, needs
/// root) and an unwritable folder (needs a non-root user, so as root the check
/// runs in a child process as `nobody`). What the machine lacks is an
/// `XCTSkip` that says why, never a silent pass.
final class RealFaultTests: XCTestCase {
    func testDiskFullOnSmallTmpfs() throws {
        guard getuid() == 0 else { throw XCTSkip("the disk-full check mounts a tmpfs, which needs root") }
        let mountPoint = makeTemporaryFolder(self)
        guard run("/bin/mount", ["-t", "tmpfs", "-o", "size=64k", "tmpfs", mountPoint.path]) == 0 else {
            throw XCTSkip("the disk-full check needs a tmpfs, and this machine does not allow mounting one (a container without CAP_SYS_ADMIN?)")
        }
        defer { _ = run("/bin/umount", [mountPoint.path]) }
        let store = try FileRecordStore(root: mountPoint.appendingPathComponent("store"))
        let saved = try store.create(Samples.planning())
        // Fill the disk.
        let filler = FileHandle(forWritingAtPath: { _ = FileManager.default.createFile(atPath: mountPoint.path + "/filler", contents: nil); return mountPoint.path + "/filler" }())!
        while (try? filler.write(contentsOf: Data(count: 4096))) != nil {}
        try? filler.close()
        var changed = saved.record
        changed.notes = String(repeating: "A longer note. ", count: 400)
        XCTAssertThrowsError(try store.update(saved.id, changed, expectedRevision: saved.revision)) { e in
            XCTAssertTrue("\(e)".contains("the disk is full"), "\(e)")
            XCTAssertTrue("\(e)".contains("free some space"), "\(e)")
        }
        XCTAssertEqual(try store.load(saved.id).record, Samples.planning())
        let leftovers = (FileManager.default.subpaths(atPath: mountPoint.path) ?? []).filter { DurableWriter.isTemporary(($0 as NSString).lastPathComponent) }
        XCTAssertEqual(leftovers, [])
    }

    func testUnwritableFolderAsNonRoot() throws {
        if ProcessInfo.processInfo.environment[Child.roleKey] == "unwritable" { return try unwritableChild() }
        guard getuid() == 0 else { return try unwritableChild() }
        let binary = try NonRootRunner.reachableCopyOfTestBinary(self)
        let dir = makeTemporaryFolder(self)
        _ = run("/bin/chown", ["nobody", dir.path])
        let p = Process()
        p.executableURL = URL(fileURLWithPath: NonRootRunner.runuser)
        p.arguments = ["-u", "nobody", "--", binary, "StoreTests.RealFaultTests/testUnwritableFolderAsNonRoot"]
        // The checkout may be in a folder `nobody` cannot enter (root's home).
        p.currentDirectoryURL = dir
        var env = ProcessInfo.processInfo.environment
        env[Child.roleKey] = "unwritable"
        env[Child.storeKey] = dir.path
        env["SWIFT_BACKTRACE"] = "enable=no"
        p.environment = env
        let pipe = Pipe()
        p.standardOutput = pipe
        p.standardError = pipe
        try p.run()
        let text = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        XCTAssertEqual(p.terminationStatus, 0, text)
        XCTAssertTrue(text.contains("UNWRITABLE-CHECKED"), text)
    }

    /// As a non-root user: a store whose folder is made read-only refuses to
    /// save with a clear message and keeps the record.
    func unwritableChild() throws {
        let base = ProcessInfo.processInfo.environment[Child.storeKey].map(URL.init(fileURLWithPath:)) ?? makeTemporaryFolder(self)
        let root = base.appendingPathComponent("store-\(getpid())")
        let store = try FileRecordStore(root: root)
        let saved = try store.create(Samples.review())
        let folder = root.appendingPathComponent(String(saved.id.rawValue.split(separator: "/")[0]))
        chmod(folder.path, 0o500)
        chmod(root.path, 0o500)
        defer { chmod(folder.path, 0o700); chmod(root.path, 0o700) }
        var changed = saved.record
        changed.notes = "changed"
        XCTAssertThrowsError(try store.update(saved.id, changed, expectedRevision: saved.revision)) { e in
            XCTAssertTrue("\(e)".contains("permission denied"), "\(e)")
            XCTAssertTrue("\(e)".contains("--store DIR"), "\(e)")
        }
        XCTAssertThrowsError(try store.create(Samples.planning(ast: "Someone Else")))
        XCTAssertEqual(try store.load(saved.id).record, Samples.review())
        // Reading a read-only store still works, including opening it afresh.
        XCTAssertEqual(try FileRecordStore(root: root).list().records.count, 1)
        Child.say("UNWRITABLE-CHECKED")
    }

    @discardableResult
    func run(_ tool: String, _ args: [String]) -> Int32 {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: tool)
        p.arguments = args
        p.standardError = FileHandle.nullDevice
        guard (try? p.run()) != nil else { return -1 }
        p.waitUntilExit()
        return p.terminationStatus
    }
}
