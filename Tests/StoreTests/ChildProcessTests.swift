import Foundation
import Records
@testable import Store
import XCTest

/// Child processes for the crash and concurrency tests: the test binary runs
/// itself with a filter naming `testChildMain` and a role in the environment.
enum Child {
    static let roleKey = "ASTPM_STORE_TEST_CHILD"
    static let storeKey = "ASTPM_STORE_TEST_ROOT"
    static let countKey = "ASTPM_STORE_TEST_COUNT"

    /// Starts the test binary as a child with `role`; its stdout is piped.
    static func start(role: String, store: URL, argument: String) throws -> (Process, Pipe) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: CommandLine.arguments[0])
        p.arguments = ["StoreTests.ChildProcessTests/testChildMain"]
        var env = ProcessInfo.processInfo.environment
        env[roleKey] = role
        env[storeKey] = store.path
        env[countKey] = argument
        env["SWIFT_BACKTRACE"] = "enable=no"
        p.environment = env
        let pipe = Pipe()
        p.standardOutput = pipe
        p.standardError = FileHandle.nullDevice
        try p.run()
        return (p, pipe)
    }

    /// Reads the child's stdout until a line starts with `marker` (or the
    /// child ends, or `timeout` seconds pass); returns what was read and
    /// whether the marker came.
    static func readUntil(_ marker: String, from pipe: Pipe, timeout: Double) -> (text: String, found: Bool) {
        let fd = pipe.fileHandleForReading.fileDescriptor
        let deadline = DispatchTime.now().uptimeNanoseconds + UInt64(timeout * 1e9)
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        func found() -> Bool { String(decoding: bytes, as: UTF8.self).split(separator: "\n").contains { $0.hasPrefix(marker) } }
        while !found() {
            let now = DispatchTime.now().uptimeNanoseconds
            guard now < deadline else { break }
            var p = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            let ready = poll(&p, 1, Int32(min(1000, (deadline - now) / 1_000_000 + 1)))
            if ready < 0 && errno == EINTR { continue }
            guard ready > 0 else { continue }
            let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { break }  // the child ended
            bytes += buffer[0..<n]
        }
        return (String(decoding: bytes, as: UTF8.self), found())
    }

    /// Writes a line straight to fd 1 (no buffering to lose on SIGKILL).
    static func say(_ line: String) {
        let bytes = Array((line + "\n").utf8)
        _ = bytes.withUnsafeBytes { write(1, $0.baseAddress, $0.count) }
    }

    static func counterRecord(_ n: Int) -> Record {
        Record(kind: .evidence, ast: "Counter", cycle: "2025-26", created: "2025-09-01",
               fields: [RecordField("n", .text(String(n)))], notes: String(repeating: "Evidence line.\n", count: 40))
    }

    static func value(_ r: Record) -> Int { if case .text(let s)? = r.fields.first?.value { return Int(s) ?? -1 }; return -1 }
}

final class ChildProcessTests: XCTestCase {
    /// The entry point of the child processes: skipped in a normal run; in a
    /// child, plays the role named in the environment.
    func testChildMain() throws {
        let env = ProcessInfo.processInfo.environment
        guard let role = env[Child.roleKey], let root = env[Child.storeKey] else {
            throw XCTSkip("the entry point of the store's child processes, run only by the crash and concurrency tests (with \(Child.roleKey) and \(Child.storeKey) set)")
        }
        let store = try FileRecordStore(root: URL(fileURLWithPath: root), savedBy: "child-\(getpid())")
        switch role {
        case "saver":
            // Alternates creating new records and updating one counter record,
            // announcing each save only after it returned.
            var i = 0
            while true {
                i += 1
                let created = try store.create(Samples.review(ast: "Crash \(getpid()) \(i)"))
                Child.say("ACK create \(created.id.rawValue)")
                let current = try store.load(RecordID(env[Child.countKey] ?? ""))
                let next = Child.value(current.record) + 1
                _ = try store.update(current.id, Child.counterRecord(next), expectedRevision: current.revision)
                Child.say("ACK update \(next)")
                try store.saveSession("crash", Array(String(next).utf8))
                Child.say("ACK session \(next)")
            }
        case "lister":
            // Lists again and again, each time as a new astpm would (loading
            // the index file and writing it back when it changed).
            for _ in 0..<(Int(env[Child.countKey] ?? "") ?? 20) {
                let fresh = try FileRecordStore(root: URL(fileURLWithPath: root), savedBy: "child-\(getpid())")
                fresh.recentSlack = 0
                var n = 0
                _ = try fresh.summaries { _ in n += 1 }
                Child.say("LISTED \(n)")
            }
            Child.say("DONE")
        case "creator":
            for i in 0..<(Int(env[Child.countKey] ?? "") ?? 20) {
                _ = try store.create(Samples.review(ast: "Writer \(getpid()) \(i)"))
            }
            Child.say("DONE")
        case "incrementer":
            let id = RecordID(env[Child.countKey]!.split(separator: " ")[0].description)
            let times = Int(env[Child.countKey]!.split(separator: " ")[1])!
            var done = 0, conflicts = 0
            while done < times {
                let current = try store.load(id)
                do {
                    _ = try store.update(id, Child.counterRecord(Child.value(current.record) + 1), expectedRevision: current.revision)
                    done += 1
                } catch RecordStoreError.changedSinceRead {
                    conflicts += 1
                }
            }
            Child.say("DONE \(conflicts)")
        default:
            XCTFail("unknown role \(role)")
        }
    }

    func testSaverKilledWithSIGKILLLosesNothingAcknowledged() throws {
        let root = makeTemporaryFolder(self)
        let counter = try FileRecordStore(root: root).create(Child.counterRecord(0))
        var acknowledgedCreates: [String] = []
        var acknowledgedCount = 0
        var acknowledgedSession = 0
        let rounds = 12
        for round in 0..<rounds {
            let (p, out) = try Child.start(role: "saver", store: root, argument: counter.id.rawValue)
            // Kill it while it is saving, however slowly this machine starts it:
            // wait for its first acknowledged save, then a random moment more.
            let started = Child.readUntil("ACK ", from: out, timeout: 60)
            if !started.found {
                kill(p.processIdentifier, SIGKILL)
                p.waitUntilExit()
                return XCTFail("round \(round): the child saved nothing within 60 s (exit \(p.terminationStatus)): \(started.text)")
            }
            usleep(UInt32.random(in: 20_000...300_000) + UInt32(round % 3) * 50_000)
            kill(p.processIdentifier, SIGKILL)
            p.waitUntilExit()
            let text = started.text + String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            for line in text.split(separator: "\n") where line.hasPrefix("ACK ") {
                let parts = line.split(separator: " ")
                switch parts[1] {
                case "create": acknowledgedCreates.append(String(parts[2]))
                case "update": acknowledgedCount = max(acknowledgedCount, Int(parts[2])!)
                case "session": acknowledgedSession = max(acknowledgedSession, Int(parts[2])!)
                default: break
                }
            }
            // Every file parses, and every acknowledged save is there.
            let store = try FileRecordStore(root: root)
            let listed = try store.list()
            XCTAssertEqual(listed.unreadable, [], "round \(round)")
            let ids = Set(listed.records.map(\.id.rawValue))
            for id in acknowledgedCreates { XCTAssertTrue(ids.contains(id), "round \(round): acknowledged \(id) missing") }
            XCTAssertGreaterThanOrEqual(Child.value(try store.load(counter.id).record), acknowledgedCount, "round \(round)")
            let session = Int(String(decoding: try store.loadSession("crash") ?? Array("0".utf8), as: UTF8.self)) ?? -1
            XCTAssertGreaterThanOrEqual(session, acknowledgedSession, "round \(round)")
            for v in try store.history(counter.id) { XCTAssertNoThrow(try store.loadVersion(counter.id, v.number)) }
            let leftovers = (FileManager.default.subpaths(atPath: root.path) ?? []).filter { DurableWriter.isTemporary(($0 as NSString).lastPathComponent) }
            XCTAssertEqual(leftovers, [], "swept at start")
        }
        XCTAssertGreaterThan(acknowledgedCreates.count, rounds, "the children should have saved something")
        print("crash test: \(rounds) SIGKILLs, \(acknowledgedCreates.count) acknowledged creates, counter at \(acknowledgedCount)")
    }

    /// Several astpm listing (and so writing the index) while others save:
    /// the index file is never half written, and a listing from it afterwards
    /// is the listing of the files.
    func testConcurrentListersAndWritersNeverCorruptTheIndex() throws {
        let root = makeTemporaryFolder(self)
        let store = try FileRecordStore(root: root)
        for i in 0..<30 { _ = try store.create(Samples.planning(ast: "Start \(i)")) }
        let children = try [("lister", "25"), ("lister", "25"), ("creator", "40"), ("creator", "40")].map {
            try Child.start(role: $0.0, store: root, argument: $0.1)
        }
        // Meanwhile: whenever the index is there, it reads whole.
        var seen = 0
        while children.contains(where: { $0.0.isRunning }) {
            if let bytes = try? PosixFileSystem().readFile(root.path + "/.index", limit: IndexFileFormat.maxBytes) {
                XCTAssertNoThrow(try IndexFileFormat.decode(bytes), "an index read while others write it")
                seen += 1
            }
            usleep(2_000)
        }
        for (p, pipe) in children {
            let text = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            p.waitUntilExit()
            XCTAssertEqual(p.terminationStatus, 0, text)
            XCTAssertTrue(text.contains("DONE"), text)
        }
        XCTAssertGreaterThan(seen, 0)
        let bytes = try PosixFileSystem().readFile(root.path + "/.index", limit: IndexFileFormat.maxBytes)
        XCTAssertNoThrow(try IndexFileFormat.decode(bytes))
        let after = try FileRecordStore(root: root)
        let listing = try after.listing()
        XCTAssertEqual(listing.summaries.count, 30 + 80)
        try IndexOracle.check(listing, root, "after the race")
        XCTAssertEqual((try FileManager.default.contentsOfDirectory(atPath: root.path)).filter { DurableWriter.isTemporary($0) }, [])
    }

    func testTwoProcessesUpdatingOneRecordLoseNoUpdate() throws {
        let root = makeTemporaryFolder(self)
        let counter = try FileRecordStore(root: root).create(Child.counterRecord(0))
        let each = 40
        let running = try (0..<2).map { _ in
            try Child.start(role: "incrementer", store: root, argument: "\(counter.id.rawValue) \(each)")
        }
        var conflicts = 0
        for (p, pipe) in running {
            let text = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            p.waitUntilExit()
            XCTAssertEqual(p.terminationStatus, 0, text)
            if let line = text.split(separator: "\n").first(where: { $0.hasPrefix("DONE ") }) { conflicts += Int(line.dropFirst(5)) ?? 0 }
        }
        let store = try FileRecordStore(root: root)
        XCTAssertEqual(Child.value(try store.load(counter.id).record), 2 * each)
        XCTAssertEqual(try store.history(counter.id).count, 2 * each)
        print("two writers: \(2 * each) updates, \(conflicts) detected conflicts retried")
    }
}
