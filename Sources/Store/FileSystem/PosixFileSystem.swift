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
///
/// Confined to a folder (the store's), every path strictly inside it is
/// reached one component at a time from that folder (`openat` with
/// `O_NOFOLLOW`, then the `*at` call on the last one, which never follows a
/// link either), so a symbolic link planted anywhere inside it (an AST folder,
/// `.history`, `.sessions`, a record file) is never read or written through,
/// even one swapped in between a check and a write: the call fails with
/// `ELOOP` naming the link. The folder itself may be a link (the user's choice
/// of where the store lives); paths outside it are used as given.
public final class PosixFileSystem: FileSystem {
    /// The folder inside which no link is followed (nil: none).
    public let confinedRoot: String?

    public init(confinedTo root: String? = nil) {
        var r = root
        while let x = r, x.count > 1, x.hasSuffix("/") { r = String(x.dropLast()) }
        confinedRoot = r
    }

    public func open(_ path: String, flags: Int32, mode: mode_t) throws -> Int32 {
        if let inside = try confined(path, "open") {
            defer { _ = Glibc.close(inside.folder) }
            while true {
                let fd = openat(inside.folder, inside.name, flags | O_NOFOLLOW | O_CLOEXEC, mode)
                if fd >= 0 { return fd }
                if errno != EINTR { throw inside.error("open", errno) }
            }
        }
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
        // renameat never follows the last component of either name: a link
        // in place of the target is replaced, not written through.
        if let target = try confined(to, "rename") {
            defer { _ = Glibc.close(target.folder) }
            guard let source = try confined(from, "rename") else {
                throw SystemCallError("rename", path: to, code: EXDEV, detail: "\(from) is outside the store")
            }
            defer { _ = Glibc.close(source.folder) }
            if renameat(source.folder, source.name, target.folder, target.name) != 0 { throw target.error("rename", errno) }
            return
        }
        if Glibc.rename(from, to) != 0 { throw SystemCallError("rename", path: to, code: errno) }
    }

    public func unlink(_ path: String) throws {
        if let inside = try confined(path, "unlink") {
            defer { _ = Glibc.close(inside.folder) }
            if unlinkat(inside.folder, inside.name, 0) != 0 { throw inside.error("unlink", errno) }
            return
        }
        if Glibc.unlink(path) != 0 { throw SystemCallError("unlink", path: path, code: errno) }
    }

    public func rmdir(_ path: String) throws {
        if let inside = try confined(path, "rmdir") {
            defer { _ = Glibc.close(inside.folder) }
            if unlinkat(inside.folder, inside.name, AT_REMOVEDIR) != 0 { throw inside.error("rmdir", errno) }
            return
        }
        if Glibc.rmdir(path) != 0 { throw SystemCallError("rmdir", path: path, code: errno) }
    }

    public func mkdir(_ path: String, mode: mode_t) throws {
        if let inside = try confined(path, "mkdir") {
            defer { _ = Glibc.close(inside.folder) }
            if mkdirat(inside.folder, inside.name, mode) != 0 { throw inside.error("mkdir", errno) }
            return
        }
        if Glibc.mkdir(path, mode) != 0 { throw SystemCallError("mkdir", path: path, code: errno) }
    }

    public func flock(_ fd: Int32, _ operation: Int32, path: String) throws {
        while lockFile(fd, operation) != 0 {
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
        let dir: OpaquePointer?
        if isConfined(path) {
            let fd = try open(path, flags: O_RDONLY | O_DIRECTORY | O_NONBLOCK, mode: 0)
            dir = fdopendir(fd)
            if dir == nil { let code = errno; _ = Glibc.close(fd); throw SystemCallError("list", path: path, code: code) }
        } else {
            dir = opendir(path)
        }
        guard let dir else { throw SystemCallError("list", path: path, code: errno) }
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
    /// Inside the confined folder a link's own status is given (type `S_IFLNK`), never its target's.
    public func statuses(in folder: String, _ names: [String]) -> [FileStatus?] {
        let inside = folder == confinedRoot || isConfined(folder)
        guard let dfd = try? open(folder, flags: O_RDONLY | O_DIRECTORY, mode: 0) else { return names.map { _ in nil } }
        defer { _ = Glibc.close(dfd) }
        return names.map { name in
            var st = stat()
            return fstatat(dfd, name, &st, inside ? AT_SYMLINK_NOFOLLOW : 0) == 0 ? FileStatus(st) : nil
        }
    }

    /// `stat(2)`; inside the confined folder, of a link itself (see `statuses(in:_:)`).
    public func status(_ path: String) -> FileStatus? {
        var st = stat()
        guard fileStatus(path, &st) else { return nil }
        return FileStatus(st)
    }

    public func kind(_ path: String) -> FileKind {
        var st = stat()
        guard fileStatus(path, &st) else { return .missing }
        switch st.st_mode & S_IFMT {
        case S_IFREG: return .file
        case S_IFDIR: return .directory
        default: return .other
        }
    }

    /// `stat(2)`, or inside the confined folder `fstatat` without following
    /// any link (a link there is `.other` to `kind`).
    private func fileStatus(_ path: String, _ st: inout stat) -> Bool {
        let inside: Inside?
        do { inside = try confined(path, "stat") } catch let e as SystemCallError where e.code == ELOOP {
            // A linked folder on the way: what is behind it is not the store's.
            // It counts as there (so nothing is made in its place), as neither a file nor a folder.
            st = stat()
            st.st_mode = S_IFLNK
            return true
        } catch {
            return false
        }
        guard let inside else { return stat(path, &st) == 0 }
        defer { _ = Glibc.close(inside.folder) }
        return fstatat(inside.folder, inside.name, &st, AT_SYMLINK_NOFOLLOW) == 0
    }

    // MARK: Walking inside the confined folder

    /// The parent folder of a path inside the confined folder, opened without
    /// following any link, and the last component.
    struct Inside {
        var folder: Int32
        var name: String
        var path: String

        /// The error for a call on the last component: a link there is named
        /// as one (Linux says ENOTDIR for a link opened with O_DIRECTORY | O_NOFOLLOW).
        func error(_ operation: String, _ code: Int32) -> SystemCallError {
            var st = stat()
            if code == ENOTDIR, fstatat(folder, name, &st, AT_SYMLINK_NOFOLLOW) == 0, (st.st_mode & S_IFMT) == S_IFLNK {
                return SystemCallError(operation, path: path, code: ELOOP)
            }
            return SystemCallError(operation, path: path, code: code)
        }
    }

    /// True when `path` lies strictly inside the confined folder.
    func isConfined(_ path: String) -> Bool {
        guard let root = confinedRoot else { return false }
        return path.count > root.count + 1 && path.hasPrefix(root == "/" ? "/" : root + "/")
    }

    /// For a path strictly inside the confined folder: its parent folder,
    /// reached from the confined folder one component at a time with
    /// `O_NOFOLLOW` (a link on the way fails with `ELOOP`, naming the link), and
    /// its last component. Nil for any other path. The caller closes `folder`.
    func confined(_ path: String, _ operation: String) throws -> Inside? {
        guard isConfined(path), let root = confinedRoot else { return nil }
        let relative = path.dropFirst(root == "/" ? 1 : root.count + 1)
        let parts = relative.split(separator: "/").map(String.init)
        guard let last = parts.last else { return nil }
        if parts.contains("..") || parts.contains(".") {
            throw SystemCallError(operation, path: path, code: EINVAL, detail: "the path leaves the record store, so it was not used")
        }
        var fd = Glibc.open(root, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if fd < 0 { throw SystemCallError(operation, path: root, code: errno) }
        var walked = root == "/" ? "" : root
        for part in parts.dropLast() {
            walked += "/" + part
            var next: Int32
            repeat { next = openat(fd, part, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC) } while next < 0 && errno == EINTR
            if next < 0 {
                var code = errno
                // Some systems say ENOTDIR for a link opened with O_DIRECTORY | O_NOFOLLOW.
                var st = stat()
                if code == ENOTDIR, fstatat(fd, part, &st, AT_SYMLINK_NOFOLLOW) == 0, (st.st_mode & S_IFMT) == S_IFLNK { code = ELOOP }
                _ = Glibc.close(fd)
                throw SystemCallError(operation, path: code == ELOOP ? walked : path, code: code)
            }
            _ = Glibc.close(fd)
            fd = next
        }
        return Inside(folder: fd, name: last, path: path)
    }
}

/// `flock(2)` from the C library, named apart from `PosixFileSystem.flock`
/// (and from Glibc's `struct flock`, which `Glibc.flock` would name).
private func lockFile(_ fd: Int32, _ operation: Int32) -> Int32 {
    flock(fd, operation)
}
