import Foundation
import Records

/// The file store's in-memory twin, for tests and transcripts: the same ids
/// (`zoe-ni-bhriain-0001/2025-26-planning`, folders chosen the same way, the
/// suffix counting up instead of random), the same revisions, the same
/// history and export bytes, and nothing on disk.
public final class MemoryRecordStore: RecordStore {
    private struct Stored {
        var record: Record
        var bytes: [UInt8]
        /// Earlier versions' file bytes, oldest first.
        var history: [[UInt8]] = []
    }

    private var records: [RecordID: Stored] = [:]
    private var sessions: [String: [UInt8]] = [:]
    private let savedBy: String?
    private let makeSuffix: () -> String

    /// - Parameters:
    ///   - savedBy: written to each record as `saved_by`, as the file store does (none by default).
    ///   - makeSuffix: the suffix of a new AST folder; by default `0001`, `0002`...
    public init(savedBy: String? = nil, makeSuffix: (() -> String)? = nil) {
        self.savedBy = savedBy
        var counter = 0
        self.makeSuffix = makeSuffix ?? {
            counter += 1
            return String(format: "%04x", counter & 0xFFFF)
        }
    }

    private var sortedIDs: [RecordID] { records.keys.sorted() }

    private static func parts(_ id: RecordID) -> (folder: String, name: String) {
        let p = id.rawValue.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false)
        return (String(p[0]), p.count > 1 ? String(p[1]) : "")
    }

    // MARK: Listing and finding

    public func scan(_ visit: (StoredRecord) throws -> Void) throws -> [UnreadableRecord] {
        for id in sortedIDs { try visit(stored(id)) }
        return []
    }

    public func ids() throws -> [RecordID] { sortedIDs }

    public func load(_ id: RecordID) throws -> StoredRecord {
        guard records[id] != nil else { throw RecordStoreError.notFound(id) }
        return stored(id)
    }

    public func records(of ast: String, cycle: String?, kind: RecordKind?) throws -> RecordMatches {
        let key = RecordMatches.Key(ast: ast, cycle: cycle, kind: kind)
        return RecordMatches(records: sortedIDs.filter { key.matches(records[$0]!.record) }.map(stored))
    }

    private func stored(_ id: RecordID) -> StoredRecord {
        let s = records[id]!
        return StoredRecord(id: id, record: s.record, revision: Fingerprint.of(s.bytes))
    }

    public func exportBytes(_ id: RecordID) throws -> [UInt8] {
        guard let s = records[id] else { throw RecordStoreError.notFound(id) }
        return s.bytes
    }

    // MARK: Saving

    public func create(_ record: Record) throws -> StoredRecord {
        let bytes = try RecordFileEncoder.encodeChecked(record, savedBy: savedBy)
        let name = StoreLayout.recordName(cycle: record.cycle, kind: record.kind)
        var folders: [String: [String]] = [:]
        for id in sortedIDs {
            let (f, n) = Self.parts(id)
            folders[f, default: []].append(n)
        }
        let chosen = RecordPlacement.folder(
            for: record.ast, folders: Array(folders.keys),
            belongs: { folder in folders[folder]?.first.map { self.records[RecordID(folder + "/" + $0)]!.record.ast == record.ast } ?? false },
            isFree: { folders[$0]?.contains(name) != true },
            exists: { folders[$0] != nil }, makeSuffix: makeSuffix)
        guard let folder = chosen else {
            throw RecordStoreError.io(path: "memory", cause: "could not find a free folder name for \(record.ast)")
        }
        let id = RecordID(folder + "/" + name)
        guard records[id] == nil else {
            throw RecordStoreError.io(path: id.rawValue, cause: "a record is already saved here; open it with 'show \(id)' and change it instead")
        }
        records[id] = Stored(record: record, bytes: bytes)
        return StoredRecord(id: id, record: record, revision: Fingerprint.of(bytes))
    }

    public func update(_ id: RecordID, _ record: Record, expectedRevision: String) throws -> StoredRecord {
        guard var s = records[id] else { throw RecordStoreError.notFound(id) }
        let current = Fingerprint.of(s.bytes)
        guard current == expectedRevision else {
            throw RecordStoreError.changedSinceRead(id, detail: "record updated \(s.record.updated)")
        }
        let bytes = try RecordFileEncoder.encodeChecked(record, savedBy: savedBy)
        if bytes == s.bytes { return StoredRecord(id: id, record: record, revision: current) }
        s.history.append(s.bytes)
        s.record = record
        s.bytes = bytes
        records[id] = s
        return StoredRecord(id: id, record: record, revision: Fingerprint.of(bytes))
    }

    // MARK: History

    public func history(_ id: RecordID) throws -> [RecordVersion] {
        guard let s = records[id] else { throw RecordStoreError.notFound(id) }
        return s.history.enumerated().map { i, bytes in
            let decoded = try? RecordFileDecoder.decode(bytes, path: id.rawValue)
            return RecordVersion(number: i + 1, updated: decoded?.record.updated, savedBy: decoded?.savedBy, status: decoded?.record.status)
        }
    }

    public func loadVersion(_ id: RecordID, _ version: Int) throws -> Record {
        guard let s = records[id] else { throw RecordStoreError.notFound(id) }
        guard s.history.indices.contains(version - 1) else {
            throw RecordStoreError.noVersion(id, version, known: Array(1...max(1, s.history.count)).filter { $0 <= s.history.count })
        }
        return try RecordFileDecoder.decode(s.history[version - 1], path: id.rawValue).record
    }

    // MARK: Paused interviews

    public func saveSession(_ name: String, _ data: [UInt8]) throws { sessions[name] = data }
    public func loadSession(_ name: String) throws -> [UInt8]? { sessions[name] }
    public func listSessions() throws -> [String] { sessions.keys.sorted() }
    public func deleteSession(_ name: String) throws { sessions[name] = nil }
}
