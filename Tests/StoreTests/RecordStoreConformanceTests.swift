import Foundation
import Records
@testable import Store
import XCTest

/// One suite of checks every `RecordStore` must pass, run against the file
/// store and its in-memory twin alike: what the REPL relies on, whichever
/// store it is given.
enum RecordStoreConformance {
    /// A fresh, empty store whose new folders get the suffixes `0001`, `0002`...
    typealias MakeStore = (_ test: XCTestCase) throws -> RecordStore

    /// Folder suffixes counting up from 1, as `MemoryRecordStore` makes them.
    static func counting() -> () -> String {
        var n = 0
        return {
            n += 1
            return String(format: "%04x", n)
        }
    }

    /// The checks, by name.
    static var checks: [(String, (RecordStore) throws -> Void)] { [
        ("ids name the AST's folder and the record", idsNameTheFolderAndTheRecord),
        ("one AST's records share a folder", oneASTsRecordsShareAFolder),
        ("load returns what was saved", loadReturnsWhatWasSaved),
        ("update keeps history and refuses stale revisions", updateKeepsHistory),
        ("an unchanged save makes no version", anUnchangedSaveMakesNoVersion),
        ("restore puts a version back", restorePutsAVersionBack),
        ("lookup by full or partial id", lookupByFullOrPartialID),
        ("listing is in id order and matches the records", listingIsInIDOrder),
        ("records of an AST fold names and cycles", recordsOfAnASTFoldNamesAndCycles),
        ("export bytes read back as the record", exportBytesReadBack),
        ("unknown ids are not found", unknownIDsAreNotFound),
        ("paused sessions", pausedSessions),
        ("scan with a transform leaves out nils, in id order", scanWithATransform),
        ("a separate reader lists while saves go on", aSeparateReaderListsWhileSavesGoOn),
    ] }

    static func run(_ test: XCTestCase, name: String, makeStore: MakeStore, file: StaticString = #filePath, line: UInt = #line) throws {
        for (check, body) in checks {
            let store = try makeStore(test)
            do {
                try body(store)
            } catch {
                XCTFail("\(name): '\(check)' threw \(error)", file: file, line: line)
            }
        }
    }

    static func expect(_ condition: Bool, _ message: @autoclosure () -> String) throws {
        if !condition { throw Failure(message()) }
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
        init(_ d: String) { description = d }
    }

    static func expectThrows<T>(_ body: @autoclosure () throws -> T, _ what: String, _ matches: (Error) -> Bool) throws {
        do {
            _ = try body()
        } catch {
            try expect(matches(error), "\(what): wrong error \(error)")
            return
        }
        throw Failure("\(what): expected an error")
    }

    // MARK: The checks

    static func scanWithATransform(_ store: RecordStore) throws {
        let plan = try store.create(Samples.planning(ast: "Beth Okafor"))
        _ = try store.create(Samples.review(ast: "Amir Okafor"))
        let support = try store.create(Samples.support(ast: "Cara Okafor"))
        var seen: [RecordID] = []
        _ = try store.scan(transform: { $0.record.kind == .review ? nil : $0.id }) { seen.append($0) }
        try expect(seen == [plan.id, support.id].sorted(), "\(seen)")
    }

    static func aSeparateReaderListsWhileSavesGoOn(_ store: RecordStore) throws {
        guard let reader = store.separateReader() else { return }  // a store without one is used from one thread
        _ = try store.create(Samples.planning(ast: "First Person"))
        nonisolated(unsafe) let other = reader
        let listed = DispatchGroup()
        nonisolated(unsafe) var failures: [String] = []
        listed.enter()
        Thread.detachNewThread {
            for _ in 0..<20 {
                do { _ = try other.summaries { _ in } } catch { failures.append("\(error)") }
            }
            listed.leave()
        }
        for n in 0..<20 { _ = try store.create(Samples.review(ast: "Person \(n)")) }
        listed.wait()
        try expect(failures.isEmpty, "\(failures)")
        var mine: [RecordID] = [], theirs: [RecordID] = []
        _ = try store.summaries { mine.append($0.id) }
        _ = try reader.summaries { theirs.append($0.id) }
        try expect(mine.count == 21 && mine == theirs, "\(mine.count) vs \(theirs.count)")
    }

    static func idsNameTheFolderAndTheRecord(_ store: RecordStore) throws {
        let a = try store.create(Samples.planning(ast: "Zoë Ní Bhriain"))
        try expect(a.id.rawValue == "zoe-ni-bhriain-0001/2025-26-planning", "\(a.id)")
        let b = try store.create(Samples.review(ast: "Amir O'Neill"))
        try expect(b.id.rawValue == "amir-oneill-0002/2025-26-review", "\(b.id)")
    }

    static func oneASTsRecordsShareAFolder(_ store: RecordStore) throws {
        let plan = try store.create(Samples.planning())
        let log = try store.create(Samples.evidence())
        try expect(plan.id.rawValue.split(separator: "/")[0] == log.id.rawValue.split(separator: "/")[0], "\(plan.id) \(log.id)")
        // A second record of the same cycle and kind cannot share it: it gets a folder of its own.
        let again = try store.create(Samples.planning())
        try expect(again.id != plan.id && again.id.rawValue.hasSuffix("/2025-26-planning"), "\(again.id)")
        // Another spelling of the name is another folder (the REPL joins spellings before saving).
        let other = try store.create(Samples.review(ast: "ZOE NI BHRIAIN"))
        try expect(other.id.rawValue.hasPrefix("zoe-ni-bhriain-") && !other.id.rawValue.hasPrefix("zoe-ni-bhriain-0001/"), "\(other.id)")
    }

    static func loadReturnsWhatWasSaved(_ store: RecordStore) throws {
        for record in Samples.all {
            let saved = try store.create(record)
            let loaded = try store.load(saved.id)
            try expect(loaded.record == record, "\(record.kind)")
            try expect(loaded.revision == saved.revision, "revision of \(saved.id)")
        }
    }

    static func updateKeepsHistory(_ store: RecordStore) throws {
        let first = try store.create(Samples.review())
        var changed = Samples.review()
        changed.status = .agreed
        let second = try store.update(first.id, changed, expectedRevision: first.revision)
        try expect(second.revision != first.revision, "a new revision")
        try expectThrows(try store.update(first.id, Samples.review(), expectedRevision: first.revision), "stale revision") {
            if case RecordStoreError.changedSinceRead(let id, _) = $0 { return id == first.id }
            return false
        }
        let versions = try store.history(first.id)
        try expect(versions.map(\.number) == [1] && versions[0].status == .draft, "\(versions)")
        try expect(try store.loadVersion(first.id, 1) == Samples.review(), "version 1")
        try expectThrows(try store.loadVersion(first.id, 7), "no version 7") {
            "\($0)".contains("has no version 7; versions kept: 1")
        }
        try expect(try store.load(first.id).record == changed, "current")
    }

    static func anUnchangedSaveMakesNoVersion(_ store: RecordStore) throws {
        let first = try store.create(Samples.support())
        let same = try store.update(first.id, Samples.support(), expectedRevision: first.revision)
        try expect(same.revision == first.revision, "same revision")
        try expect(try store.history(first.id).isEmpty, "no version kept")
    }

    static func restorePutsAVersionBack(_ store: RecordStore) throws {
        let first = try store.create(Samples.review())
        var changed = Samples.review()
        changed.notes = "changed"
        _ = try store.update(first.id, changed, expectedRevision: first.revision)
        _ = try store.restore(first.id, version: 1)
        try expect(try store.load(first.id).record == Samples.review(), "restored")
        try expect(try store.history(first.id).count == 2, "the replaced version is kept too")
    }

    static func lookupByFullOrPartialID(_ store: RecordStore) throws {
        let plan = try store.create(Samples.planning(ast: "Beth Okafor"))
        let review = try store.create(Samples.review(ast: "Beth Okafor"))
        _ = try store.create(Samples.review(ast: "Beth Okafor-Smith"))
        try expect(try store.lookup(plan.id.rawValue).id == plan.id, "full id")
        try expect(try store.lookup("beth-okafor-0001/2025-26-pl").id == plan.id, "prefix")
        try expect(try store.lookup("0001/2025-26-REV").id == review.id, "inside, any case")
        try expectThrows(try store.lookup("beth-okafor"), "two ASTs") {
            if case RecordStoreError.ambiguous(_, let ids) = $0 { return ids.count == 3 }
            return false
        }
        try expectThrows(try store.lookup("nobody"), "no match") { $0 as? RecordStoreError == .noMatch("nobody") }
        let ids = try store.ids()
        try expect(ids == [plan.id, review.id, RecordID("beth-okafor-smith-0002/2025-26-review")], "\(ids)")
    }

    static func listingIsInIDOrder(_ store: RecordStore) throws {
        // Folder names chosen so that plain string order and id order differ ('-' sorts before '/').
        for ast in ["Ann B", "Ann", "Ann B C", "Zed", "Émile"] {
            _ = try store.create(Samples.review(ast: ast))
            _ = try store.create(Samples.planning(ast: ast))
        }
        var summaries: [RecordSummary] = []
        let unreadable = try store.summaries { summaries.append($0) }
        let full = try store.list()
        try expect(unreadable.isEmpty && full.unreadable.isEmpty, "nothing unreadable")
        try expect(summaries.map(\.id) == full.records.map(\.id), "summaries and scan agree on order")
        try expect(summaries.map(\.id) == summaries.map(\.id).sorted(), "id order")
        try expect(summaries == full.records.map(RecordSummary.init), "summaries are the records' headers")
        try expect(try store.ids() == summaries.map(\.id), "ids")
    }

    static func recordsOfAnASTFoldNamesAndCycles(_ store: RecordStore) throws {
        let plan = try store.create(Samples.planning(ast: "Zoë Ní Bhriain"))
        let review = try store.create(Samples.review(ast: "Zoë Ní Bhriain"))
        _ = try store.create(Samples.review(ast: "Zoe Nichols"))
        let all = try store.records(of: "ZOE  NI BHRIAIN", cycle: nil, kind: nil)
        try expect(all.records.map(\.id) == [plan.id, review.id], "\(all.records.map(\.id))")
        let one = try store.records(of: "zoe ni bhriain", cycle: "2025/26", kind: .review)
        try expect(one.records.map(\.id) == [review.id] && one.records[0].record == Samples.review(ast: "Zoë Ní Bhriain"), "\(one)")
        try expect(try store.records(of: "Zoë Ní Bhriain", cycle: "2026-27", kind: nil).records.isEmpty, "other cycle")
        try expect(try store.records(of: "Nobody", cycle: nil, kind: nil) == RecordMatches(), "nobody")
    }

    static func exportBytesReadBack(_ store: RecordStore) throws {
        let saved = try store.create(Samples.planning())
        let bytes = try store.exportBytes(saved.id)
        try expect(try RecordFileDecoder.decode(bytes, path: "x").record == Samples.planning(), "decodes")
        try expect(Fingerprint.of(bytes) == saved.revision, "the revision is of these bytes")
    }

    static func unknownIDsAreNotFound(_ store: RecordStore) throws {
        for id in ["nobody-0001/2025-26-review", "../etc/passwd", "x", ""] {
            try expectThrows(try store.load(RecordID(id)), "load \(id)") { $0 as? RecordStoreError == .notFound(RecordID(id)) }
            try expectThrows(try store.exportBytes(RecordID(id)), "export \(id)") { $0 as? RecordStoreError == .notFound(RecordID(id)) }
            try expectThrows(try store.history(RecordID(id)), "history \(id)") { $0 as? RecordStoreError == .notFound(RecordID(id)) }
        }
    }

    static func pausedSessions(_ store: RecordStore) throws {
        let name = try store.reserveSessionName(prefix: "review")
        try expect(name == "review-1", name)
        try store.saveSession(name, Array("{}".utf8))
        try expect(try store.loadSession(name) == Array("{}".utf8), "load")
        try expect(try store.listSessions() == [name], "list")
        try expect(try store.reserveSessionName(prefix: "review") == "review-2", "next name")
        try store.deleteSession(name)
        try expect(try store.loadSession(name) == nil, "deleted")
    }
}

/// The shared suite on both stores, and the two giving the same ids and revisions.
final class RecordStoreConformanceTests: XCTestCase {
    func testTheFileStoreConforms() throws {
        try RecordStoreConformance.run(self, name: "FileRecordStore") { test in
            try FileRecordStore(root: makeTemporaryFolder(test), savedBy: "tester@host", makeSuffix: RecordStoreConformance.counting())
        }
    }

    func testTheMemoryStoreConforms() throws {
        try RecordStoreConformance.run(self, name: "MemoryRecordStore") { _ in
            MemoryRecordStore(savedBy: "tester@host")
        }
    }

    /// The same saves give the same ids, revisions, listings and exports in both stores.
    func testTheTwinsAgree() throws {
        let file = try FileRecordStore(root: makeTemporaryFolder(self), savedBy: "t@h", makeSuffix: RecordStoreConformance.counting())
        let memory = MemoryRecordStore(savedBy: "t@h")
        let asts = ["Siân Prothero", "Amir Okafor", "Siân Prothero", "Beth", "Amir Okafor", "Siân Prothero"]
        for (i, ast) in asts.enumerated() {
            let record = [Samples.planning(ast: ast), Samples.evidence(ast: ast), Samples.review(ast: ast)][i % 3]
            let a = try file.create(record), b = try memory.create(record)
            XCTAssertEqual(a.id, b.id)
            XCTAssertEqual(a.revision, b.revision)
        }
        XCTAssertEqual(try file.list().records, try memory.list().records)
        for id in try file.ids() { XCTAssertEqual(try file.exportBytes(id), try memory.exportBytes(id)) }
    }
}
