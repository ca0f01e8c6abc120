import Foundation
import Records

/// Chooses the record store for a session.
enum StoreFactory {
    static func make(path: String?, environment: [String: String]) throws -> (RecordStore, String) {
        // Until the file store lands, records live in memory for the session.
        (MemoryRecordStore(), "memory (records are not kept after you quit)")
    }
}
