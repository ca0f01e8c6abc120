/// A store that can visit its records one at a time, so that listing or
/// searching thousands of records never holds them all in memory.
public protocol RecordScanning: AnyObject {
    /// Calls `visit` for each readable record, in id order; returns the files
    /// that could not be read.
    func scan(_ visit: (StoredRecord) throws -> Void) throws -> [UnreadableRecord]
}
