#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The real file system, through POSIX calls. EINTR is returned to the caller
/// as an error for `write` (the durable writer retries it) and retried here for
/// the calls that are safe to repeat.
public final class PosixFileSystem: FileSystem {
    public init() {}

    /// `flock(2)`: `<sys/file.h>` is not in Swift's Glibc module, so it is looked up once.
    static let flockCall: @convention(c) (Int32, Int32) -> Int32 = {
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "flock") else {
            fatalError("flock(2) is not available in this C library")
        }
        return unsafeBitCast(symbol, to: (@convention(c) (Int32, Int32) -> Int32).self)
    }()

    public func open(_ path: String, flags: Int32, mode: mode_t) throws -> Int32 {
        while true {
            let fd = Glibc.open(path, flags | O_CLOEXEC, mode)
            if fd >= 0 { return fd }
            if errno != EINTR { throw SystemCallError("open", path: path, code: errno) }
        }
    }

    public func write(_ fd: Int32, _ bytes: UnsafeRawBufferPointer, path: String) throws -> Int {
        let n = Glibc.write(fd, bytes.baseAddress, bytes.count)
        if n < 0 { throw SystemCallError("write", path: path, code: errno) }
        return n
    }

    public func fsync(_ fd: Int32, path: String) throws {
        if Glibc.fsync(fd) != 0 { throw SystemCallError("fsync", path: path, code: errno) }
    }

    public func close(_ fd: Int32, path: String) throws {
        if Glibc.close(fd) != 0 && errno != EINTR { throw SystemCallError("close", path: path, code: errno) }
    }

    public func rename(_ from: String, _ to: String) throws {
        if Glibc.rename(from, to) != 0 { throw SystemCallError("rename", path: to, code: errno) }
    }

    public func unlink(_ path: String) throws {
        if Glibc.unlink(path) != 0 { throw SystemCallError("unlink", path: path, code: errno) }
    }

    public func rmdir(_ path: String) throws {
        if Glibc.rmdir(path) != 0 { throw SystemCallError("rmdir", path: path, code: errno) }
    }

    public func mkdir(_ path: String, mode: mode_t) throws {
        if Glibc.mkdir(path, mode) != 0 { throw SystemCallError("mkdir", path: path, code: errno) }
    }

    public func flock(_ fd: Int32, _ operation: Int32, path: String) throws {
        while PosixFileSystem.flockCall(fd, operation) != 0 {
            if errno != EINTR { throw SystemCallError("lock", path: path, code: errno) }
        }
    }

    public func readFile(_ path: String, limit: Int) throws -> [UInt8] {
        try readFileAndStatus(path, limit: limit).0
    }

    /// Reads the file and takes its status from the same open descriptor, so
    /// the status is of the very file read (a save replacing it meanwhile is
    /// another file, with another inode).
    public func readFileAndStatus(_ path: String, limit: Int) throws -> ([UInt8], FileStatus?) {
        // O_NONBLOCK: opening a FIFO named like a record must not wait for a
        // writer; the type is checked on the open descriptor before any read.
        let fd = try open(path, flags: O_RDONLY | O_NONBLOCK | O_NOCTTY, mode: 0)
        defer { _ = Glibc.close(fd) }
        var st = stat()
        if fstat(fd, &st) != 0 { throw SystemCallError("stat", path: path, code: errno) }
        if (st.st_mode & S_IFMT) == S_IFDIR { throw SystemCallError("read", path: path, code: EISDIR) }
        if (st.st_mode & S_IFMT) != S_IFREG { throw SystemCallError.notRegular(path, mode: st.st_mode) }
        if Int(st.st_size) > limit { throw FileTooLarge(path: path, size: Int(st.st_size)) }
        // Read straight into an array of the file's size (+1 to notice growth).
        var out = [UInt8](repeating: 0, count: Int(st.st_size) + 1)
        var filled = 0
        while true {
            if filled == out.count {
                if out.count > limit { throw FileTooLarge(path: path, size: out.count) }
                out.append(contentsOf: repeatElement(0, count: max(4096, out.count)))
            }
            let n = out.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress! + filled, $0.count - filled) }
            if n < 0 {
                if errno == EINTR { continue }
                throw SystemCallError("read", path: path, code: errno)
            }
            if n == 0 { break }
            filled += n
        }
        if filled > limit { throw FileTooLarge(path: path, size: filled) }
        out.removeSubrange(filled...)
        return (out, FileStatus(st))
    }

    public func list(_ path: String) throws -> [String] {
        guard let dir = opendir(path) else { throw SystemCallError("list", path: path, code: errno) }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }

    /// Looks each name up from the open folder, so the kernel walks one
    /// component per file instead of the whole path.
    public func statuses(in folder: String, _ names: [String]) -> [FileStatus?] {
        let dfd = Glibc.open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard dfd >= 0 else { return names.map { _ in nil } }
        defer { _ = Glibc.close(dfd) }
        return names.map { name in
            var st = stat()
            return fstatat(dfd, name, &st, 0) == 0 ? FileStatus(st) : nil
        }
    }

    public func kind(_ path: String) -> FileKind {
        var st = stat()
        guard stat(path, &st) == 0 else { return .missing }
        switch st.st_mode & S_IFMT {
        case S_IFREG: return .file
        case S_IFDIR: return .directory
        default: return .other
        }
    }
}
