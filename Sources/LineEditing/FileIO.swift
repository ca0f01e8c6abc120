#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A failed file operation: what was attempted, on which path, and the system's reason.
public struct FileIOError: Error, CustomStringConvertible, Equatable, Sendable {
    /// What was attempted, e.g. "rename".
    public let operation: String
    /// The path involved.
    public let path: String
    /// errno at the time.
    public let code: Int32

    /// e.g. "cannot rename /x/history: Permission denied".
    public var description: String {
        "cannot \(operation) \(path): \(String(cString: strerror(code)))"
    }
}

/// The few POSIX file operations the history file and the advisor cache need,
/// with errors as values.
public enum FileIO {
    /// The file's bytes, or nil when it does not exist. The buffer is sized
    /// from the file's length, so a large file is read without regrowing it.
    public static func readIfExists(_ path: String) throws -> [UInt8]? {
        // Non-blocking, and only a regular file is read: a FIFO in its place
        // must not hold up the start.
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC)
        if fd < 0 {
            if errno == ENOENT { return nil }
            throw FileIOError(operation: "open", path: path, code: errno)
        }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw FileIOError(operation: "stat", path: path, code: errno) }
        guard (st.st_mode & S_IFMT) == S_IFREG else { throw FileIOError(operation: "open", path: path, code: EINVAL) }
        let expected = st.st_size > 0 ? Int(st.st_size) : 0
        var (bytes, ended) = try readChunk(fd, size: expected + 1, path: path)
        while !ended {
            let (more, end) = try readChunk(fd, size: max(64 * 1024, bytes.count), path: path)
            bytes += more
            ended = end
        }
        return bytes
    }

    /// Up to `size` bytes read straight into fresh memory (nothing is zeroed
    /// first), and whether the end of the file was reached.
    private static func readChunk(_ fd: Int32, size: Int, path: String) throws -> ([UInt8], ended: Bool) {
        var failure: Int32?
        var ended = false
        let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
            count = 0
            while count < buffer.count {
                let n = read(fd, buffer.baseAddress! + count, buffer.count - count)
                if n > 0 { count += n } else if n == 0 { ended = true; return } else if errno != EINTR { failure = errno; return }
            }
        }
        if let failure { throw FileIOError(operation: "read", path: path, code: failure) }
        return (bytes, ended)
    }

    /// Creates the folder holding `path` (and missing parents) and sets the
    /// innermost one to `mode`.
    public static func makeDirectory(parentOf path: String, mode: mode_t) throws {
        guard let slash = path.lastIndex(of: "/"), slash != path.startIndex else { return }
        let dir = String(path[..<slash])
        try makeDirectories(dir, mode: mode)
        if chmod(dir, mode) != 0 { throw FileIOError(operation: "chmod", path: dir, code: errno) }
    }

    private static func makeDirectories(_ dir: String, mode: mode_t) throws {
        var st = stat()
        if stat(dir, &st) == 0 { return }
        if let slash = dir.lastIndex(of: "/"), slash != dir.startIndex {
            try makeDirectories(String(dir[..<slash]), mode: mode)
        }
        if mkdir(dir, mode) != 0 && errno != EEXIST {
            throw FileIOError(operation: "create folder", path: dir, code: errno)
        }
    }

    /// Writes `bytes` to a temporary file beside `path` with `mode`, then renames it over `path`.
    public static func replace(_ path: String, with bytes: [UInt8], mode: mode_t) throws {
        let temp = path + ".tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let fd = open(temp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
        if fd < 0 { throw FileIOError(operation: "create", path: temp, code: errno) }
        var failure: FileIOError?
        if fchmod(fd, mode) != 0 { failure = FileIOError(operation: "chmod", path: temp, code: errno) }
        var offset = 0
        while failure == nil && offset < bytes.count {
            let n = bytes[offset...].withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            if n > 0 { offset += n } else if n < 0 && errno != EINTR {
                failure = FileIOError(operation: "write", path: temp, code: errno)
            }
        }
        if close(fd) != 0 && failure == nil { failure = FileIOError(operation: "write", path: temp, code: errno) }
        if failure == nil && rename(temp, path) != 0 {
            failure = FileIOError(operation: "rename", path: temp, code: errno)
        }
        if let failure {
            unlink(temp)
            throw failure
        }
    }
}
