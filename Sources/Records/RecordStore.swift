import Foundation

/// A stable identifier of a stored record: `<ast-folder>/<cycle>-<kind>`,
/// for example `zoe-ni-bhriain-3f2a/2025-26-planning`.
public struct RecordID: Hashable, Sendable, CustomStringConvertible, Comparable {
    public var rawValue: String
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public var description: String { rawValue }
    /// Id order: by AST folder, then by record name, comparing UTF-8 bytes
    /// (so every store lists in the same order, whatever the names hold).
    public static func < (a: RecordID, b: RecordID) -> Bool {
        a.rawValue.utf8.lexicographicallyPrecedes(b.rawValue.utf8) { orderKey($0) < orderKey($1) }
    }
    /// The folder separator sorts before every other byte.
    private static func orderKey(_ byte: UInt8) -> UInt16 { byte == 0x2F ? 0 : UInt16(byte) + 1 }
    /// Plain byte order, for sorting folder and record names on their own.
    public static func bytesPrecede(_ a: String, _ b: String) -> Bool {
        var a = a, b = b
        return a.withUTF8 { x in
            b.withUTF8 { y in
                let n = Swift.min(x.count, y.count)
                if n > 0, let xa = x.baseAddress, let ya = y.baseAddress {
                    let c = memcmp(xa, ya, n)
                    if c != 0 { return c < 0 }
                }
                return x.count < y.count
            }
        }
    }
}

/// A record as stored, with the version it was read at (for conflict detection).
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

/// The records of one AST a store found for a lookup, with the files that
/// could be such a record but cannot be read (saving beside one would hide it).
public struct RecordMatches: Equatable, Sendable {
    public var records: [StoredRecord]
    public var unreadable: [UnreadableRecord]
    public init(records: [StoredRecord] = [], unreadable: [UnreadableRecord] = []) {
        self.records = records
        self.unreadable = unreadable
    }
}

/// Where records live. The real store is plain files (`FileRecordStore`);
/// `MemoryRecordStore` is its in-memory twin, with the same ids. Listing
/// streams in id order; finding by id, by a part of an id or by AST reads only
/// the records involved where the store can tell which they are.
public protocol RecordStore: AnyObject {
    // MARK: Listing

    /// Calls `visit` with every readable record's header fields, in id order;
    /// returns the files that could not be read.
    func summaries(_ visit: (RecordSummary) throws -> Void) throws -> [UnreadableRecord]
    /// Calls `visit` with every readable record in full, in id order (for
    /// searching their text); returns the files that could not be read.
    func scan(_ visit: (StoredRecord) throws -> Void) throws -> [UnreadableRecord]
    /// `transform` of every readable record, nil results left out, visited in
    /// id order (a digest of each record, for `due` and `report`); returns the
    /// files that could not be read.
    func scan<T>(transform: @escaping @Sendable (StoredRecord) -> T?, _ visit: (T) throws -> Void) throws -> [UnreadableRecord]
    /// Another handle on the same records that may be used on another thread
    /// while this one goes on being used (reading only); nil when the store
    /// has none, and then it is used from one thread at a time.
    func separateReader() -> RecordStore?
    /// Every record id, sorted, without reading the records (partial ids).
    /// Unreadable files named like records are included.
    func ids() throws -> [RecordID]
    /// The ids that start with `prefix`, sorted (Tab completion): a store
    /// looks only where such ids can be.
    func ids(withPrefix prefix: String) throws -> [RecordID]

    // MARK: Finding

    /// The record with exactly this id; `RecordStoreError.notFound` if none.
    func load(_ id: RecordID) throws -> StoredRecord
    /// The record `text` names: its full id, else the one id it is a part of
    /// (see `RecordIDMatching`); `RecordStoreError.noMatch` or `.ambiguous` otherwise.
    func lookup(_ text: String) throws -> StoredRecord
    /// The records of the AST named `ast` (names compared as `PersonName`
    /// does), only of `cycle` and `kind` when given, in id order.
    func records(of ast: String, cycle: String?, kind: RecordKind?) throws -> RecordMatches

    // MARK: History

    /// Earlier versions of `id`, oldest first (the current version is not listed).
    func history(_ id: RecordID) throws -> [RecordVersion]
    /// The record as it was in `version`.
    func loadVersion(_ id: RecordID, _ version: Int) throws -> Record
    /// Makes `version` the current record again, keeping the one it replaces.
    func restore(_ id: RecordID, version: Int) throws -> StoredRecord

    // MARK: Export

    /// The record as the store's file format: the stored file's exact bytes
    /// for a file store (`import` reads them back unchanged).
    func exportBytes(_ id: RecordID) throws -> [UInt8]

    // MARK: Saving

    /// Saves a new record; returns it with its id.
    func create(_ record: Record) throws -> StoredRecord
    /// Replaces a record read at `expectedRevision`; fails if it changed since.
    func update(_ id: RecordID, _ record: Record, expectedRevision: String) throws -> StoredRecord

    // MARK: Paused interviews

    /// Paused interview sessions: opaque blobs keyed by a session name.
    func saveSession(_ name: String, _ data: [UInt8]) throws
    func loadSession(_ name: String) throws -> [UInt8]?
    func listSessions() throws -> [String]
    func deleteSession(_ name: String) throws
    /// A session name `PREFIX-N` no other session has, held for the caller (so
    /// two processes starting the same interview never share a session file).
    func reserveSessionName(prefix: String) throws -> String

    // MARK: Sharing between machines

    /// The store's version control when it is a git store; nil when it is not.
    var sharing: SharedRecordStore? { get }
    /// Makes the store a git store (or checks the one it is): see `SharingSetup`.
    func startSharing(remote: String?) throws -> SharingSetup
}

/// What a store gets for free from its basic calls. Stores override these
/// where they can answer without reading every record.
extension RecordStore {
    public func scan<T>(transform: @escaping @Sendable (StoredRecord) -> T?, _ visit: (T) throws -> Void) throws -> [UnreadableRecord] {
        try scan { stored in if let value = transform(stored) { try visit(value) } }
    }

    public func separateReader() -> RecordStore? { nil }

    public var sharing: SharedRecordStore? { nil }

    public func startSharing(remote: String?) throws -> SharingSetup {
        throw SharingError.git(command: "init", detail: "this store is not kept in a folder, so it cannot be a git store")
    }

    public func summaries(_ visit: (RecordSummary) throws -> Void) throws -> [UnreadableRecord] {
        try scan { try visit(RecordSummary($0)) }
    }

    public func ids() throws -> [RecordID] {
        var out: [RecordID] = []
        _ = try summaries { out.append($0.id) }
        return out
    }

    public func ids(withPrefix prefix: String) throws -> [RecordID] {
        try ids().filter { $0.rawValue.hasPrefix(prefix) }
    }

    public func lookup(_ text: String) throws -> StoredRecord {
        do { return try load(RecordID(text)) } catch RecordStoreError.notFound {}
        // Ids that start with the text come first; only when there are none is every id looked at.
        let prefixed = text.isEmpty ? [] : try ids(withPrefix: text)
        return try load(try RecordIDMatching.unique(text, among: prefixed.isEmpty ? try ids() : prefixed))
    }

    public func records(of ast: String, cycle: String?, kind: RecordKind?) throws -> RecordMatches {
        var out = RecordMatches()
        let wanted = RecordMatches.Key(ast: ast, cycle: cycle, kind: kind)
        _ = try scan { if wanted.matches($0.record) { out.records.append($0) } }
        return out
    }

    public func restore(_ id: RecordID, version: Int) throws -> StoredRecord {
        let old = try loadVersion(id, version)
        return try update(id, old, expectedRevision: try load(id).revision)
    }

    /// The next free `PREFIX-N` (stores shared by several processes reserve it under their lock).
    public func reserveSessionName(prefix: String) throws -> String {
        SessionNames.firstFree(prefix: prefix, taken: try listSessions())
    }

    /// Every readable record and the files that could not be read (all in
    /// memory at once: for tests and small stores; commands stream with `scan`).
    public func list() throws -> (records: [StoredRecord], unreadable: [UnreadableRecord]) {
        var records: [StoredRecord] = []
        let unreadable = try scan { records.append($0) }
        return (records, unreadable)
    }
}

extension RecordMatches {
    /// What `records(of:cycle:kind:)` asks for, as a test on a record.
    public struct Key: Sendable {
        public var folded: String
        public var cycle: String?
        public var kind: RecordKind?
        public init(ast: String, cycle: String?, kind: RecordKind?) {
            folded = PersonName.folded(ast)
            self.cycle = cycle.map(Cycle.canonical)
            self.kind = kind
        }
        public func matches(ast: String, cycle c: String, kind k: RecordKind) -> Bool {
            (kind == nil || kind == k) && (cycle == nil || Cycle.canonical(c) == cycle) && PersonName.folded(ast) == folded
        }
        public func matches(_ r: Record) -> Bool { matches(ast: r.ast, cycle: r.cycle, kind: r.kind) }
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
