/// Errors any record store reports, with messages a user understands.
public enum RecordStoreError: Error, Equatable, Sendable, CustomStringConvertible {
    case notFound(RecordID)
    case changedSinceRead(RecordID, detail: String)
    case io(path: String, cause: String)
    case invalid(path: String, message: String)

    public var description: String {
        switch self {
        case .notFound(let id): return "no record '\(id)': type 'records' to list them"
        case .changedSinceRead(let id, let detail):
            return "record '\(id)' was changed by someone else since you opened it (\(detail)); reload it with 'show \(id)' and make your change again"
        case .io(let path, let cause): return "\(path): \(cause)"
        case .invalid(let path, let message): return "\(path): \(message)"
        }
    }
}

/// In-memory twin of the file store, for tests and for running without a disk.
public final class MemoryRecordStore: RecordStore {
    private var records: [RecordID: (Record, Int)] = [:]
    private var sessions: [String: [UInt8]] = [:]
    private var counter = 0

    public init() {}

    public func list() throws -> (records: [StoredRecord], unreadable: [UnreadableRecord]) {
        let all = records.map { StoredRecord(id: $0.key, record: $0.value.0, revision: String($0.value.1)) }
        return (all.sorted { $0.id < $1.id }, [])
    }

    public func load(_ id: RecordID) throws -> StoredRecord {
        guard let (record, rev) = records[id] else { throw RecordStoreError.notFound(id) }
        return StoredRecord(id: id, record: record, revision: String(rev))
    }

    public func create(_ record: Record) throws -> StoredRecord {
        counter += 1
        let slug = record.ast.lowercased().filter { $0.isLetter || $0 == " " }.split(separator: " ").joined(separator: "-")
        let id = RecordID("\(slug)-\(counter)/\(record.cycle)-\(record.kind.rawValue)")
        records[id] = (record, 1)
        return StoredRecord(id: id, record: record, revision: "1")
    }

    public func update(_ id: RecordID, _ record: Record, expectedRevision: String) throws -> StoredRecord {
        guard let (_, rev) = records[id] else { throw RecordStoreError.notFound(id) }
        guard String(rev) == expectedRevision else {
            throw RecordStoreError.changedSinceRead(id, detail: "revision \(rev), you read \(expectedRevision)")
        }
        records[id] = (record, rev + 1)
        return StoredRecord(id: id, record: record, revision: String(rev + 1))
    }

    public func saveSession(_ name: String, _ data: [UInt8]) throws { sessions[name] = data }
    public func loadSession(_ name: String) throws -> [UInt8]? { sessions[name] }
    public func listSessions() throws -> [String] { sessions.keys.sorted() }
    public func deleteSession(_ name: String) throws { sessions[name] = nil }
}
