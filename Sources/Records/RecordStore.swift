/// A stable identifier of a stored record: `<ast-folder>/<cycle>-<kind>`,
/// for example `zoe-ni-bhriain-3f2a/2025-26-planning`.
public struct RecordID: Hashable, Sendable, CustomStringConvertible, Comparable {
    public var rawValue: String
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public var description: String { rawValue }
    public static func < (a: RecordID, b: RecordID) -> Bool { a.rawValue < b.rawValue }
}

/// A record as listed, with the version it was read at (for conflict detection).
public struct StoredRecord: Equatable, Sendable {
    public var id: RecordID
    public var record: Record
    /// Opaque token that changes whenever the file changes.
    public var revision: String
    /// Set when the save went through but something about it needs saying
    /// (e.g. the folder could not be flushed to disk).
    public var warning: String?
    public init(id: RecordID, record: Record, revision: String, warning: String? = nil) {
        self.id = id
        self.record = record
        self.revision = revision
        self.warning = warning
    }
}

/// A file the store could not read, and why, with a location when known.
public struct UnreadableRecord: Equatable, Sendable {
    public var path: String
    public var reason: String
    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }
}

/// Where records live. The real store is plain files; tests use `MemoryRecordStore`.
public protocol RecordStore: AnyObject {
    /// Every readable record, plus the files that could not be read.
    func list() throws -> (records: [StoredRecord], unreadable: [UnreadableRecord])
    func load(_ id: RecordID) throws -> StoredRecord
    /// Saves a new record; returns its id.
    func create(_ record: Record) throws -> StoredRecord
    /// Replaces a record read at `expectedRevision`; fails if it changed since.
    func update(_ id: RecordID, _ record: Record, expectedRevision: String) throws -> StoredRecord
    /// Paused interview sessions: opaque blobs keyed by a session name.
    func saveSession(_ name: String, _ data: [UInt8]) throws
    func loadSession(_ name: String) throws -> [UInt8]?
    func listSessions() throws -> [String]
    func deleteSession(_ name: String) throws
    /// A session name `PREFIX-N` no other session has, held for the caller (so
    /// two processes starting the same interview never share a session file).
    func reserveSessionName(prefix: String) throws -> String
}

extension RecordStore {
    /// The next free `PREFIX-N` (stores shared by several processes reserve it under their lock).
    public func reserveSessionName(prefix: String) throws -> String {
        SessionNames.firstFree(prefix: prefix, taken: try listSessions())
    }
}

/// How paused-interview sessions are named: `objectives-1`, `objectives-2`...
public enum SessionNames {
    /// `PREFIX-N` for the smallest N from 1 not among `taken`.
    public static func firstFree(prefix: String, taken: [String]) -> String {
        let used = Set(taken)
        var n = 1
        while used.contains("\(prefix)-\(n)") { n += 1 }
        return "\(prefix)-\(n)"
    }
}
