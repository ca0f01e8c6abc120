/// One earlier version of a record, kept when the record was replaced.
public struct RecordVersion: Equatable, Sendable {
    /// 1 is the oldest kept version.
    public var number: Int
    /// The record's `updated` date in that version, when readable.
    public var updated: String?
    /// Who saved that version, when the file says.
    public var savedBy: String?
    public var status: RecordStatus?
    public init(number: Int, updated: String?, savedBy: String?, status: RecordStatus?) {
        self.number = number
        self.updated = updated
        self.savedBy = savedBy
        self.status = status
    }
}

/// A store that keeps earlier versions of each record (`history`, `restore`).
public protocol RecordHistoryStore: RecordStore {
    /// Earlier versions of `id`, oldest first (the current version is not listed).
    func history(_ id: RecordID) throws -> [RecordVersion]
    /// The record as it was in `version`.
    func loadVersion(_ id: RecordID, _ version: Int) throws -> Record
    /// Makes `version` the current record again, keeping the one it replaces.
    func restore(_ id: RecordID, version: Int) throws -> StoredRecord
}

extension RecordHistoryStore {
    public func restore(_ id: RecordID, version: Int) throws -> StoredRecord {
        let old = try loadVersion(id, version)
        return try update(id, old, expectedRevision: try load(id).revision)
    }
}
