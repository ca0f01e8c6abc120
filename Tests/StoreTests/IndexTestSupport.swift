import Foundation
import Records
@testable import Store
import XCTest

/// A listing, as compared in the index tests: every summary and every
/// unreadable file (path and reason), in order.
struct Listing: Equatable, CustomStringConvertible {
    var summaries: [RecordSummary]
    var unreadable: [UnreadableRecord]
    var description: String {
        (summaries.map { "\($0.id) \($0.kind.rawValue) \($0.status.rawValue) \($0.ast) \($0.cycle) \($0.updated) \($0.revision)" }
            + unreadable.map { "UNREADABLE \($0.path): \($0.reason)" }).joined(separator: "\n")
    }
}

extension FileRecordStore {
    /// This store's listing (through its index).
    func listing() throws -> Listing {
        var found: [RecordSummary] = []
        let unreadable = try summaries { found.append($0) }
        return Listing(summaries: found, unreadable: unreadable)
    }
}

enum IndexOracle {
    /// The listing worked out without astpm's store: every `.md` file in every
    /// AST folder decoded directly. Unreadable files are given by path only
    /// (the reason is the store's wording).
    static func listing(_ root: URL) throws -> (summaries: [RecordSummary], unreadablePaths: [String]) {
        let fm = FileManager.default
        var summaries: [RecordSummary] = []
        var unreadable: [String] = []
        let folders = try fm.contentsOfDirectory(atPath: root.path).filter { !$0.hasPrefix(".") }.sorted(by: RecordID.bytesPrecede)
        for folder in folders {
            var isFolder: ObjCBool = false
            let folderPath = root.path + "/" + folder
            guard fm.fileExists(atPath: folderPath, isDirectory: &isFolder), isFolder.boolValue else { continue }
            let files = try fm.contentsOfDirectory(atPath: folderPath).filter { !$0.hasPrefix(".") && $0.hasSuffix(".md") }
            for file in files.map({ String($0.dropLast(3)) }).sorted(by: RecordID.bytesPrecede) {
                let path = folderPath + "/" + file + ".md"
                let id = RecordID(folder + "/" + file)
                guard let bytes = try? PosixFileSystem().readFile(path, limit: RecordFileDecoder.maxBytes),
                      let decoded = try? RecordFileDecoder.decode(bytes, path: path) else {
                    unreadable.append(path)
                    continue
                }
                summaries.append(RecordSummary(StoredRecord(id: id, record: decoded.record, revision: Fingerprint.of(bytes))))
            }
        }
        return (summaries, unreadable)
    }

    /// Checks that `listing` is what the files say.
    static func check(_ listing: Listing, _ root: URL, _ message: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let truth = try self.listing(root)
        XCTAssertEqual(listing.summaries, truth.summaries, "\(message): summaries", file: file, line: line)
        XCTAssertEqual(listing.unreadable.map(\.path).filter { !$0.contains("/.sessions/") }, truth.unreadablePaths,
                       "\(message): unreadable files", file: file, line: line)
    }
}

/// A file system that counts what is read and listed, to show which files a
/// command touches.
final class CountingFileSystem: FileSystem {
    let real = PosixFileSystem()
    var reads: [String] = []
    var lists: [String] = []
    var statuses = 0

    func reset() {
        reads = []
        lists = []
        statuses = 0
    }

    /// The record files read (not the index, lock or sessions).
    var recordReads: [String] { reads.filter { $0.hasSuffix(".md") } }

    func open(_ path: String, flags: Int32, mode: mode_t) throws -> Int32 { try real.open(path, flags: flags, mode: mode) }
    func write(_ fd: Int32, _ bytes: UnsafeRawBufferPointer, path: String) throws -> Int { try real.write(fd, bytes, path: path) }
    func fsync(_ fd: Int32, path: String) throws { try real.fsync(fd, path: path) }
    func close(_ fd: Int32, path: String) throws { try real.close(fd, path: path) }
    func rename(_ from: String, _ to: String) throws { try real.rename(from, to) }
    func unlink(_ path: String) throws { try real.unlink(path) }
    func mkdir(_ path: String, mode: mode_t) throws { try real.mkdir(path, mode: mode) }
    func rmdir(_ path: String) throws { try real.rmdir(path) }
    func flock(_ fd: Int32, _ operation: Int32, path: String) throws { try real.flock(fd, operation, path: path) }
    /// Files read (a file that is not there is not counted).
    func readFile(_ path: String, limit: Int) throws -> [UInt8] {
        let bytes = try real.readFile(path, limit: limit)
        reads.append(path)
        return bytes
    }
    func readFileAndStatus(_ path: String, limit: Int) throws -> ([UInt8], FileStatus?) {
        let result = try real.readFileAndStatus(path, limit: limit)
        reads.append(path)
        return result
    }
    func list(_ path: String) throws -> [String] {
        lists.append(path)
        return try real.list(path)
    }
    func kind(_ path: String) -> FileKind { real.kind(path) }
    func status(_ path: String) -> FileStatus? {
        statuses += 1
        return real.status(path)
    }
    func statuses(in folder: String, _ names: [String]) -> [FileStatus?] {
        statuses += names.count
        return real.statuses(in: folder, names)
    }
}

/// A small deterministic random generator (xorshift64*), so a failing
/// generated case can be run again from its seed.
struct SeededRandom: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed == 0 ? 0x9E37_79B9_7F4A_7C15 : seed }
    mutating func next() -> UInt64 {
        state ^= state >> 12
        state ^= state << 25
        state ^= state >> 27
        return state &* 0x2545_F491_4F6C_DD1D
    }
}

/// Writes `text` over a file in place (same inode), as an editor that does
/// not save by renaming would.
func overwriteInPlace(_ path: String, _ text: String) throws {
    let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
    try handle.truncate(atOffset: 0)
    try handle.write(contentsOf: Data(text.utf8))
    try handle.close()
}

/// Sets a file's modification time (its change time becomes now, as always).
func setModified(_ path: String, secondsAgo: Double) {
    var times = [timespec(), timespec()]
    var now = timespec()
    clock_gettime(CLOCK_REALTIME, &now)
    let then = timespec(tv_sec: now.tv_sec - Int(secondsAgo), tv_nsec: now.tv_nsec)
    times[0] = then
    times[1] = then
    _ = utimensat(AT_FDCWD, path, &times, 0)
}
