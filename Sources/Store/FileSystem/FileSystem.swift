#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A failed system call: which operation, on which path, and `errno`.
public struct SystemCallError: Error, Equatable, Sendable, CustomStringConvertible {
    public var operation: String
    public var path: String
    public var code: Int32
    /// The cause in plain words when errno alone does not say it (a FIFO where
    /// a file was expected).
    public var detail: String?

    public init(_ operation: String, path: String, code: Int32, detail: String? = nil) {
        self.operation = operation
        self.path = path
        self.code = code
        self.detail = detail
    }

    /// A path that is not a regular file (a FIFO, device or socket): refused
    /// before reading, since reading one could wait forever.
    public static func notRegular(_ path: String, mode: mode_t) -> SystemCallError {
        let what: String
        switch mode & S_IFMT {
        case S_IFIFO: what = "a named pipe (FIFO)"
        case S_IFCHR, S_IFBLK: what = "a device"
        case S_IFSOCK: what = "a socket"
        case S_IFLNK: what = "a symbolic link"
        default: what = "not a regular file"
        }
        return SystemCallError("read", path: path, code: EINVAL, detail: "it is \(what), not a regular file, so it was not read")
    }

    /// The cause in plain words, e.g. "the disk is full".
    public var cause: String {
        if let detail { return detail }
        switch code {
        case ENOSPC: return "the disk is full"
        case EDQUOT: return "your disk quota is used up"
        case EACCES, EPERM: return "permission denied"
        case EROFS: return "the folder is on a read-only disk"
        case ENOTDIR: return "part of the path is a file, not a folder"
        case EISDIR: return "it is a folder, not a file"
        case ENOENT: return "it does not exist"
        case EEXIST: return "it already exists"
        case EIO: return "an input/output error (the disk may be failing or disconnected)"
        case ENAMETOOLONG: return "the name is too long"
        case EMFILE, ENFILE: return "too many files are open"
        case EWOULDBLOCK: return "another astpm is holding the store's lock"
        case ELOOP: return "it is a symbolic link inside the record store, and astpm never reads or writes through a link there (it could put records outside the store, or show a file that is not one of them); replace the link with the real folder or file"
        default: return String(cString: strerror(code))
        }
    }

    public var description: String { "\(path): \(operation) failed: \(cause)" }
}

/// Kind of a directory entry or path.
public enum FileKind: Equatable, Sendable {
    case missing, file, directory, other
}

/// The system calls the store makes, behind a protocol so tests can fail the
/// Nth one (as SQLite's I/O error tests do). Every method throws
/// `SystemCallError`; `write` may write fewer bytes than asked (callers loop).
public protocol FileSystem: AnyObject {
    /// `open(2)`; returns a descriptor.
    func open(_ path: String, flags: Int32, mode: mode_t) throws -> Int32
    /// `write(2)`: returns the bytes written (possibly fewer than asked).
    func write(_ fd: Int32, _ bytes: UnsafeRawBufferPointer, path: String) throws -> Int
    func fsync(_ fd: Int32, path: String) throws
    func close(_ fd: Int32, path: String) throws
    func rename(_ from: String, _ to: String) throws
    func unlink(_ path: String) throws
    func mkdir(_ path: String, mode: mode_t) throws
    /// `rmdir(2)`: removes an empty folder.
    func rmdir(_ path: String) throws
    /// `flock(2)` with `LOCK_EX | LOCK_NB`, `LOCK_UN`...
    func flock(_ fd: Int32, _ operation: Int32, path: String) throws
    /// The whole file, refusing files larger than `limit` bytes.
    func readFile(_ path: String, limit: Int) throws -> [UInt8]
    /// The whole file (as `readFile`) and the status of the file that was read.
    func readFileAndStatus(_ path: String, limit: Int) throws -> ([UInt8], FileStatus?)
    /// `stat(2)`, following a link; nil when it fails.
    func status(_ path: String) -> FileStatus?
    /// The status of each of `names` in `folder` (nil where it fails), as `status` would give it.
    func statuses(in folder: String, _ names: [String]) -> [FileStatus?]
    /// Names in a folder (without `.` and `..`).
    func list(_ path: String) throws -> [String]
    func kind(_ path: String) -> FileKind
    /// True when `path` itself is a symbolic link (`lstat(2)`).
    func isSymbolicLink(_ path: String) -> Bool
}

extension FileSystem {
    /// The size of a regular file (not following a link); nil for anything else.
    public func regularFileSize(_ path: String) -> Int? {
        var st = stat()
        guard lstat(path, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG else { return nil }
        return Int(st.st_size)
    }

    public func isSymbolicLink(_ path: String) -> Bool {
        var st = stat()
        return lstat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFLNK
    }
}

/// How `readFile` reports a file over its limit.
public struct FileTooLarge: Error, Equatable, Sendable {
    public var path: String
    public var size: Int
}
