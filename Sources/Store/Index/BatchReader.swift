import Foundation
import Records

/// One record file to read, with its status as looked at before reading.
struct FileToRead {
    var folder: String
    var name: String
    var path: String
    var status: FileStatus?
    var id: RecordID { RecordID(folder + "/" + name) }
}

/// What reading one record file gave.
enum FileOutcome {
    /// The record, and the status of the file read.
    case record(StoredRecord, FileStatus?)
    /// Only the record's header (when the caller wants no more), and the status of the file read.
    case header(RecordHeader, FileStatus?)
    /// Why it could not be read (as `records` reports it), and the status it had.
    case unreadable(String, FileStatus?)
}

extension FileRecordStore {
    /// Reads and decodes `files`, in parallel batches on the real file system,
    /// calling `each` in their order. A batch (512 files) bounds what is held
    /// at once, so memory stays flat however large the store is. With
    /// `headersOnly` each record is cut down to its header as it is read, in
    /// parallel too.
    func read(_ files: [FileToRead], headersOnly: Bool = false, _ each: (Int, FileOutcome) throws -> Void) rethrows {
        try read(files, headersOnly: headersOnly, digest: nil as (@Sendable (StoredRecord) -> Void?)?) { i, outcome, _ in try each(i, outcome) }
    }

    /// Like `read`, with `digest` of each record worked out on the reading
    /// threads too and handed to `each` beside the outcome (nil for a file
    /// that could not be read, or when the digest is nil).
    func read<T>(_ files: [FileToRead], headersOnly: Bool = false, digest: (@Sendable (StoredRecord) -> T?)?,
                 _ each: (Int, FileOutcome, T?) throws -> Void) rethrows {
        let batch = 512
        let parallel = files.count > 8 && fileSystem is PosixFileSystem && ProcessInfo.processInfo.activeProcessorCount > 1
        var start = 0
        while start < files.count {
            let end = min(files.count, start + batch)
            let results = UnsafeMutableBufferPointer<(FileOutcome, T?)?>.allocate(capacity: end - start)
            results.initialize(repeating: nil)
            defer { results.deinitialize(); results.deallocate() }
            // Each iteration writes only its own slot; reading is stateless.
            nonisolated(unsafe) let slots = results
            nonisolated(unsafe) let store = self
            let first = start
            let work: @Sendable (Int) -> Void = { i in
                let outcome = store.readOne(files[first + i])
                var digested: T?
                if case .record(let stored, _) = outcome, let digest { digested = digest(stored) }
                if headersOnly, case .record(let stored, let status) = outcome {
                    slots[i] = (.header(RecordHeader(stored), status), digested)
                } else {
                    slots[i] = (outcome, digested)
                }
            }
            if parallel {
                DispatchQueue.concurrentPerform(iterations: end - start, execute: work)
            } else {
                for i in 0..<(end - start) { work(i) }
            }
            for i in 0..<(end - start) {
                let (outcome, digested) = slots[i]!
                try each(start + i, outcome, digested)
            }
            start = end
        }
    }

    /// Reads one file; its status is taken from the descriptor read, else the one looked at before.
    func readOne(_ file: FileToRead) -> FileOutcome {
        let bytes: [UInt8], status: FileStatus?
        do { (bytes, status) = try readBytesAndStatus(file.path) } catch {
            return .unreadable(StoreErrors.reason(error), file.status)
        }
        do {
            let decoded = try RecordFileDecoder.decode(bytes, path: file.path)
            return .record(StoredRecord(id: file.id, record: decoded.record, revision: Fingerprint.of(bytes)), status ?? file.status)
        } catch {
            return .unreadable(StoreErrors.reason(error), status ?? file.status)
        }
    }

    func readBytesAndStatus(_ path: String) throws -> ([UInt8], FileStatus?) {
        do {
            return try fileSystem.readFileAndStatus(path, limit: RecordFileDecoder.maxBytes)
        } catch let e as FileTooLarge {
            throw RecordFileError(path: path, line: 1, "the file is \(e.size) bytes; a record file is at most \(RecordFileDecoder.maxBytes) bytes, so this is not a record")
        }
    }
}

/// Unreadable reasons name the file; the index keeps them with the path left
/// out, so a store opened by another path (a link, a relative --store) reports
/// its own.
enum IndexedReason {
    static let marker = "\u{1}"
    static func stored(_ reason: String, path: String) -> String {
        reason.replacingOccurrences(of: path, with: marker)
    }
    static func shown(_ reason: String, path: String) -> String {
        reason.replacingOccurrences(of: marker, with: path)
    }
}
