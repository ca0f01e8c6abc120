import Foundation
import Records
@testable import Store
import XCTest

/// The index is never trusted over the files: a file changed, added or removed
/// by hand is seen at once, and a missing, damaged or hostile index is rebuilt
/// without a word.
final class IndexTests: XCTestCase {
    var root: URL!

    override func setUpWithError() throws {
        root = makeTemporaryFolder(self)
    }

    /// A store whose index keeps entries for files however recently they changed
    /// (so these tests see the index used, not bypassed for fresh files).
    func store(_ fileSystem: FileSystem = PosixFileSystem()) throws -> FileRecordStore {
        let s = try FileRecordStore(root: root, fileSystem: fileSystem, savedBy: "t@h", makeSuffix: RecordStoreConformance.counting())
        s.recentSlack = 0
        return s
    }

    func fill(_ store: FileRecordStore, asts: [String] = ["Zoë Ní Bhriain", "Amir Okafor", "Beth Evans"]) throws -> [StoredRecord] {
        var out: [StoredRecord] = []
        for ast in asts {
            out.append(try store.create(Samples.planning(ast: ast)))
            out.append(try store.create(Samples.review(ast: ast)))
        }
        return out
    }

    var indexPath: String { root.path + "/.index" }

    func path(_ id: RecordID) -> String { root.path + "/" + id.rawValue + ".md" }

    func decodedIndex() throws -> StoreIndex {
        var index = try IndexFileFormat.decode(Array(try Data(contentsOf: URL(fileURLWithPath: indexPath))))
        for name in index.folders.keys { index.decodeFiles(name) }
        return index
    }

    // MARK: The index file

    func testListingWritesAPrivateIndexThatHoldsEveryHeader() throws {
        let s = try store()
        let saved = try fill(s)
        try IndexOracle.check(try s.listing(), root, "first listing")
        let attributes = try FileManager.default.attributesOfItem(atPath: indexPath)
        XCTAssertEqual((attributes[.posixPermissions] as? NSNumber)?.intValue, 0o600)
        let index = try decodedIndex()
        XCTAssertEqual(index.folders.count, 3)
        for stored in saved {
            let (folder, name) = try s.layout.parts(of: stored.id)
            XCTAssertEqual(index.folders[folder]?.files[name]?.content, .record(RecordHeader(stored)), "\(stored.id)")
        }
        // A second store on the same folder lists from the index: no record file is read.
        let counting = CountingFileSystem()
        let second = try store(counting)
        try IndexOracle.check(try second.listing(), root, "warm listing")
        XCTAssertEqual(counting.recordReads, [])
    }

    func testDeletingTheIndexIsAlwaysSafe() throws {
        let s = try store()
        _ = try fill(s)
        let before = try s.listing()
        try FileManager.default.removeItem(atPath: indexPath)
        XCTAssertEqual(try store().listing(), before)
        XCTAssertEqual(try s.listing(), before, "a store that had it in memory")
        XCTAssertTrue(FileManager.default.fileExists(atPath: indexPath), "written again")
    }

    // MARK: Files changed by hand

    func testAFileChangedByHandIsReadAgain() throws {
        let s = try store()
        let saved = try fill(s)
        _ = try s.listing()
        let target = path(saved[1].id)
        // In place (same inode), longer.
        try overwriteInPlace(target, try RecordFileEncoder.encode(Samples.review(ast: "Zoë Ní Bhriain-Hughes")))
        try IndexOracle.check(try s.listing(), root, "edited in place")
        try IndexOracle.check(try store().listing(), root, "edited in place, a new store")
        // Same size, then the modification time put back as it was: the change time still tells.
        let text = try String(contentsOfFile: target, encoding: .utf8)
        let attributes = try FileManager.default.attributesOfItem(atPath: target)
        _ = try s.listing()
        usleep(20_000)
        try overwriteInPlace(target, text.replacingOccurrences(of: "status: draft", with: "status: agree"))
        try FileManager.default.setAttributes([.modificationDate: attributes[.modificationDate]!], ofItemAtPath: target)
        let listing = try s.listing()
        XCTAssertTrue(listing.unreadable.contains { $0.path == target }, "\(listing)")
        try IndexOracle.check(listing, root, "same size, old mtime")
        // Replaced by an editor that saves by renaming (a new inode).
        let replacement = root.appendingPathComponent("replacement.tmp")
        try RecordFileEncoder.encode(Samples.review(ast: "Somebody Else")).write(to: replacement, atomically: false, encoding: .utf8)
        try FileManager.default.removeItem(atPath: target)
        try FileManager.default.moveItem(at: replacement, to: URL(fileURLWithPath: target))
        try IndexOracle.check(try s.listing(), root, "replaced")
    }

    /// A file changed within the same clock tick as it was read would keep its
    /// times; entries for files that changed in the last seconds are therefore
    /// never trusted (git's "racily clean" entries).
    func testAFileThatJustChangedIsNeverTrustedFromTheIndex() throws {
        let s = try FileRecordStore(root: root, savedBy: "t@h")  // the real slack
        let saved = try s.create(Samples.review())
        _ = try s.listing()
        let (folder, name) = try s.layout.parts(of: saved.id)
        XCTAssertNil(try decodedIndex().folders[folder]?.files[name], "too recent to keep")
        // Changed at once, in place, keeping the size: still seen.
        let text = try String(contentsOfFile: path(saved.id), encoding: .utf8)
        try overwriteInPlace(path(saved.id), text.replacingOccurrences(of: "status: draft", with: "status: agree"))
        try IndexOracle.check(try s.listing(), root, "racy edit")
        // Once its times are old enough, its entry is kept.
        setModified(path(saved.id), secondsAgo: 10)
        let aged = try FileRecordStore(root: root, savedBy: "t@h")
        aged.recentSlack = 0
        _ = try aged.listing()
        XCTAssertNotNil(try decodedIndex().folders[folder]?.files[name])
    }

    func testFilesAndFoldersAddedOrRemovedByHandAreSeen() throws {
        let s = try store()
        let saved = try fill(s)
        _ = try s.listing()
        let fm = FileManager.default
        // A record added to an AST's folder, another in a new folder, a broken one.
        let folder = root.appendingPathComponent(String(saved[0].id.rawValue.split(separator: "/")[0]))
        try RecordFileEncoder.encode(Samples.support(ast: "Zoë Ní Bhriain")).write(to: folder.appendingPathComponent("2025-26-support.md"), atomically: false, encoding: .utf8)
        try fm.createDirectory(at: root.appendingPathComponent("by-hand"), withIntermediateDirectories: false)
        try RecordFileEncoder.encode(Samples.tour(ast: "Hand Made")).write(to: root.appendingPathComponent("by-hand/2025-26-tour.md"), atomically: false, encoding: .utf8)
        try "not a record".write(to: folder.appendingPathComponent("broken.md"), atomically: false, encoding: .utf8)
        var listing = try s.listing()
        try IndexOracle.check(listing, root, "added")
        XCTAssertEqual(listing.summaries.count, 8)
        XCTAssertTrue(listing.unreadable.contains { $0.path.hasSuffix("/broken.md") })
        // Removed: a record, then a whole folder.
        try fm.removeItem(atPath: path(saved[3].id))
        try fm.removeItem(at: root.appendingPathComponent(String(saved[4].id.rawValue.split(separator: "/")[0])))
        listing = try s.listing()
        try IndexOracle.check(listing, root, "removed")
        XCTAssertEqual(listing.summaries.count, 5)
        XCTAssertEqual(try store().listing(), listing, "a new store agrees")
        let broken = RecordID(folder.lastPathComponent + "/broken")
        XCTAssertEqual(try store().ids(), (listing.summaries.map(\.id) + [broken]).sorted(), "ids name the unreadable file too")
    }

    // MARK: Damage

    func testADamagedIndexIsRebuiltSilently() throws {
        let s = try store()
        _ = try fill(s)
        let truth = try s.listing()
        let good = try Data(contentsOf: URL(fileURLWithPath: indexPath))
        let fm = FileManager.default
        let damages: [(String, () throws -> Void)] = [
            ("empty", { try Data().write(to: URL(fileURLWithPath: self.indexPath)) }),
            ("cut short", { try good.prefix(good.count / 2).write(to: URL(fileURLWithPath: self.indexPath)) }),
            ("one byte changed", {
                var d = good
                d[d.count / 3] ^= 0x40
                try d.write(to: URL(fileURLWithPath: self.indexPath))
            }),
            ("garbage", { try Data((0..<5000).map { UInt8(truncatingIfNeeded: $0 &* 7919) }).write(to: URL(fileURLWithPath: self.indexPath)) }),
            ("text", { try "index: please\n".write(toFile: self.indexPath, atomically: false, encoding: .utf8) }),
            ("a newer format", {
                var d = Array(good.dropLast(8))
                d[8] = 99
                let sum = IndexFileFormat.checksum(d[...])
                withUnsafeBytes(of: sum.littleEndian) { d += $0 }
                try Data(d).write(to: URL(fileURLWithPath: self.indexPath))
            }),
            ("too large", {
                fm.createFile(atPath: self.indexPath, contents: nil)
                let h = try FileHandle(forWritingTo: URL(fileURLWithPath: self.indexPath))
                try h.truncate(atOffset: UInt64(IndexFileFormat.maxBytes + 1))
                try h.close()
            }),
            ("a link to a device", { try fm.createSymbolicLink(atPath: self.indexPath, withDestinationPath: "/dev/zero") }),
            ("a named pipe", { XCTAssertEqual(mkfifo(self.indexPath, 0o600), 0) }),
        ]
        for (what, damage) in damages {
            try? fm.removeItem(atPath: indexPath)
            try damage()
            let fresh = try store()
            XCTAssertEqual(try fresh.listing(), truth, what)
            var isFolder: ObjCBool = false
            XCTAssertTrue(fm.fileExists(atPath: indexPath, isDirectory: &isFolder) && !isFolder.boolValue, what)
            XCTAssertNoThrow(try IndexFileFormat.decode(Array(try Data(contentsOf: URL(fileURLWithPath: indexPath)))), "\(what): rebuilt")
        }
        // A folder in its place cannot be replaced: every listing reads the files, and says nothing.
        try? fm.removeItem(atPath: indexPath)
        try fm.createDirectory(atPath: indexPath, withIntermediateDirectories: false)
        XCTAssertEqual(try store().listing(), truth, "a folder")
        XCTAssertEqual(try store().listing(), truth, "a folder, again")
        XCTAssertEqual(try fm.contentsOfDirectory(atPath: root.path).filter { DurableWriter.isTemporary($0) }, [], "no temporary file left")
    }

    /// An index edited by hand (checksum put right) is read field by field:
    /// counts, lengths, names, kinds and order are checked, so nothing in it
    /// can crash astpm, make it wait, or reach outside the store.
    func testHostileIndexContentNeverCrashesOrHangs() throws {
        let s = try store()
        _ = try fill(s)
        let truth = try s.listing()
        let good = Array(try Data(contentsOf: URL(fileURLWithPath: indexPath)))
        func sealed(_ body: [UInt8]) -> [UInt8] {
            var d = body
            withUnsafeBytes(of: IndexFileFormat.checksum(body[...]).littleEndian) { d += $0 }
            return d
        }
        var random = SeededRandom(seed: 15)
        for round in 0..<400 {
            var body = Array(good.dropLast(8))
            for _ in 0..<Int.random(in: 1...4, using: &random) {
                let at = Int.random(in: 8..<body.count, using: &random)
                switch Int.random(in: 0..<4, using: &random) {
                case 0: body[at] = UInt8.random(in: 0...255, using: &random)
                case 1: body[at] = 0xFF
                case 2: body.insert(UInt8.random(in: 0...255, using: &random), at: at)
                default: body.remove(at: at)
                }
            }
            try Data(sealed(body)).write(to: URL(fileURLWithPath: indexPath))
            let fresh = try store()
            XCTAssertNoThrow(try fresh.listing(), "round \(round)")
            XCTAssertNoThrow(try fresh.ids(), "round \(round)")
            XCTAssertNoThrow(try fresh.records(of: "Amir Okafor", cycle: nil, kind: nil), "round \(round)")
        }
        try FileManager.default.removeItem(atPath: indexPath)
        XCTAssertEqual(try store().listing(), truth, "deleting it puts everything right")
    }

    func testTheIndexFormatRefusesWhatItCannotTrust() throws {
        let s = try store()
        _ = try fill(s)
        _ = try s.listing()
        let good = Array(try Data(contentsOf: URL(fileURLWithPath: indexPath)).dropLast(8))
        func sealed(_ body: [UInt8]) -> [UInt8] {
            var d = body
            withUnsafeBytes(of: IndexFileFormat.checksum(body[...]).littleEndian) { d += $0 }
            return d
        }
        func le32(_ v: UInt32) -> [UInt8] { withUnsafeBytes(of: v.littleEndian) { Array($0) } }
        func string(_ s: String) -> [UInt8] { le32(UInt32(s.utf8.count)) + Array(s.utf8) }
        let header = IndexFileFormat.magic + le32(IndexFileFormat.version)
        let cases: [(String, [UInt8])] = [
            ("a folder count beyond the bytes", header + le32(0xFFFF_FFFF)),
            ("a name length beyond the bytes", header + le32(1) + le32(0xFFFF_FFF0)),
            ("a folder named '..'", header + le32(1) + string("..") + [0] + le32(0) + le32(0) + le32(0)),
            ("a folder name with a slash", header + le32(1) + string("a/../../etc") + [0] + le32(0) + le32(0) + le32(0)),
            ("an empty name", header + le32(1) + string("") + [0] + le32(0) + le32(0) + le32(0)),
            ("a name that is not UTF-8", header + le32(1) + le32(2) + [0xC3, 0x28] + [0] + le32(0) + le32(0) + le32(0)),
            ("folders out of order", header + le32(2) + string("b") + [0] + le32(0) + le32(0) + le32(0)
                + string("a") + [0] + le32(0) + le32(0) + le32(0)),
            ("a status flag of 7", header + le32(1) + string("a") + [7]),
            ("trailing bytes", header + le32(0) + [1, 2, 3]),
            ("more ASTs than names", header + le32(1) + string("a") + [0] + le32(0) + le32(3)),
        ]
        for (what, body) in cases {
            XCTAssertThrowsError(try IndexFileFormat.decode(sealed(body)), what)
        }
        XCTAssertNoThrow(try IndexFileFormat.decode(sealed(good)))
        // Entries are checked when first decoded: an unknown kind drops the folder's entries.
        var entries = StoreIndex.Folder()
        entries.names = ["2025-26-review"]
        let bad: [UInt8] = [1] + Array(repeating: 0, count: 36) + [42, 0] + Array(repeating: 0, count: 20)
        XCTAssertThrowsError(try IndexFileFormat.decodeEntries(bad[...], names: entries.names))
        XCTAssertThrowsError(try IndexFileFormat.decodeEntries([9][...], names: entries.names), "unknown entry tag")
        XCTAssertThrowsError(try IndexFileFormat.decodeEntries([0, 0][...], names: entries.names), "bytes left over")
    }

    // MARK: Touching only what is involved

    func testOpeningSavingAndCompletingTouchOnlyTheRecordsInvolved() throws {
        let s = try store()
        var asts: [String] = []
        for i in 0..<50 { asts.append("Person \(i)") }
        let saved = try fill(s, asts: asts)
        _ = try s.listing()
        let fs = CountingFileSystem()
        let store = try self.store(fs)
        let astFolders = { fs.lists.filter { $0.hasPrefix(self.root.path + "/") && !$0.hasSuffix("/.sessions") } }
        XCTAssertEqual(astFolders(), [], "opening lists no AST folder")
        XCTAssertEqual(fs.recordReads, [], "opening reads no record")

        let target = saved[21]  // Person 10's review
        let folder = String(target.id.rawValue.split(separator: "/")[0])
        fs.reset()
        XCTAssertEqual(try store.load(target.id).record, target.record)
        XCTAssertEqual(fs.reads, [path(target.id)], "show ID reads that record and nothing else, not even the index")

        fs.reset()
        XCTAssertEqual(try store.ids(withPrefix: folder + "/2025-26-re"), [target.id])
        XCTAssertEqual(fs.reads, [], "Tab completion reads nothing")
        XCTAssertEqual(astFolders(), [root.path + "/" + folder], "and lists one folder")

        fs.reset()
        XCTAssertEqual(try store.lookup(folder + "/2025-26-re").id, target.id)
        XCTAssertEqual(fs.recordReads, [path(target.id)], "show PARTIAL reads one record")

        fs.reset()
        let mine = try store.records(of: "PERSON 10", cycle: nil, kind: nil)
        XCTAssertEqual(mine.records.map(\.id), [target.id.rawValue.replacingOccurrences(of: "2025-26-review", with: "2025-26-planning"), target.id.rawValue].map(RecordID.init))
        XCTAssertEqual(Set(fs.recordReads), Set(mine.records.map { path($0.id) }), "finding an AST reads its records only")
        XCTAssertEqual(astFolders(), [], "and lists no folder whose status is unchanged")

        fs.reset()
        var changed = target.record
        changed.notes = "changed"
        _ = try store.update(target.id, changed, expectedRevision: target.revision)
        XCTAssertEqual(fs.recordReads, [path(target.id)], "saving reads the record it replaces")
        XCTAssertEqual(astFolders().filter { !$0.hasSuffix("/.history") }, [root.path + "/" + folder], "and lists its own folder")

        fs.reset()
        _ = try store.create(Samples.support(ast: "Somebody New"))
        XCTAssertEqual(fs.recordReads, [], "a new AST's first record reads no record")

        fs.reset()
        try IndexOracle.check(try store.listing(), root, "after the saves")
        XCTAssertEqual(Set(fs.recordReads), [path(target.id), root.path + "/somebody-new-0001/2025-26-support.md"],
                       "the next listing reads only the files that changed")
    }

    /// Failing at every step of writing the index never fails a listing and leaves nothing behind.
    func testAFailedIndexWriteIsNoError() throws {
        let s = try store()
        _ = try fill(s)
        let truth = try s.listing()
        for n in 1...12 {
            try? FileManager.default.removeItem(atPath: indexPath)
            let fs = FaultyFileSystem()
            fs.errorCode = ENOSPC
            let store = try FileRecordStore(root: root, fileSystem: fs, savedBy: "t@h")
            store.recentSlack = 0
            fs.failAt = fs.calls + n
            XCTAssertEqual(try store.listing(), truth, "N=\(n)")
            XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: root.path).filter { DurableWriter.isTemporary($0) }, [], "N=\(n)")
            if fs.failed == nil { break }
        }
    }
}
