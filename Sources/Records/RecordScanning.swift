/// A store that can visit its records one at a time, so that listing or
/// searching thousands of records never holds them all in memory.
public protocol RecordScanning: AnyObject {
    /// Calls `visit` for each readable record, in id order; returns the files
    /// that could not be read.
    func scan(_ visit: (StoredRecord) throws -> Void) throws -> [UnreadableRecord]
}

/// A store that can also do per-record work on its reading threads.
public protocol ParallelRecordScanning: RecordScanning {
    /// Calls `transform` for each readable record (on any thread), then
    /// `visit` with each non-nil result in id order; returns the files that
    /// could not be read.
    func scan<T>(transform: @escaping @Sendable (StoredRecord) -> T?, _ visit: (T) throws -> Void) throws -> [UnreadableRecord]
}
