import Foundation
import Records

/// Turns low-level failures into `RecordStoreError`s a user can act on: the
/// path, the cause in plain words, and what to do next.
enum StoreErrors {
    static func storeError(_ error: Error, doing action: String, path: String) -> RecordStoreError {
        switch error {
        case let e as RecordStoreError: return e
        case let e as RecordFileError: return e.storeError
        case let e as SystemCallError:
            return .io(path: e.path, cause: "could not \(action): \(e.cause). \(advice(e.code))")
        default:
            return .io(path: path, cause: "could not \(action): \(error)")
        }
    }

    static func advice(_ code: Int32) -> String {
        switch code {
        case ENOSPC, EDQUOT: return "Nothing was changed; free some space, then save again."
        case EACCES, EPERM: return "Nothing was changed; check the folder's permissions (ls -ld) or choose another store with --store DIR."
        case EROFS: return "Nothing was changed; choose a writable store with --store DIR."
        case EWOULDBLOCK: return "Another astpm has been saving for a long time; try again in a moment."
        case ENOTDIR: return "Choose another store with --store DIR."
        case EIO: return "The record may not be safely on disk; check the disk, then save again."
        default: return "Nothing was changed."
        }
    }

    /// A one-line reason for `records --json` and the unreadable list.
    static func reason(_ error: Error) -> String {
        switch error {
        case let e as RecordFileError: return e.description
        case let e as SystemCallError: return "\(e.path): cannot read: \(e.cause)"
        case let e as RecordStoreError: return e.description
        default: return "\(error)"
        }
    }
}
