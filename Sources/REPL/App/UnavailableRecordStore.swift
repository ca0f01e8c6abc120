import Records

/// Stands in for a store that could not be opened: every use reports why, so
/// questions and interviews still work and the user learns how to fix it.
final class UnavailableRecordStore: RecordStore {
    let reason: String
    init(reason: String) { self.reason = reason }

    private func fail() -> RecordStoreError {
        .io(path: "record store", cause: "cannot be opened: \(reason)")
    }

    func scan(_ visit: (StoredRecord) throws -> Void) throws -> [UnreadableRecord] { throw fail() }
    func load(_ id: RecordID) throws -> StoredRecord { throw fail() }
    func history(_ id: RecordID) throws -> [RecordVersion] { throw fail() }
    func loadVersion(_ id: RecordID, _ version: Int) throws -> Record { throw fail() }
    func exportBytes(_ id: RecordID) throws -> [UInt8] { throw fail() }
    func create(_ record: Record) throws -> StoredRecord { throw fail() }
    func update(_ id: RecordID, _ record: Record, expectedRevision: String) throws -> StoredRecord { throw fail() }
    func saveSession(_ name: String, _ data: [UInt8]) throws { throw fail() }
    func loadSession(_ name: String) throws -> [UInt8]? { throw fail() }
    func listSessions() throws -> [String] { throw fail() }
    func deleteSession(_ name: String) throws { throw fail() }
    func startSharing(remote: String?) throws -> SharingSetup { throw fail() }
}
