#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// What `stat(2)` says about a file: enough to tell, as git's index does,
/// that a file has not changed since it was last read (same type, size,
/// modification and change times to the nanosecond, and inode).
public struct FileStatus: Equatable, Sendable {
    /// `st_mode & S_IFMT`.
    public var type: UInt32
    public var size: Int64
    /// Nanoseconds since 1970.
    public var modified: Int64
    public var changed: Int64
    public var inode: UInt64

    public init(type: UInt32, size: Int64, modified: Int64, changed: Int64, inode: UInt64) {
        self.type = type
        self.size = size
        self.modified = modified
        self.changed = changed
        self.inode = inode
    }

    init(_ st: stat) {
        self.init(type: UInt32(st.st_mode) & UInt32(S_IFMT), size: Int64(st.st_size),
                  modified: Int64(st.st_mtim.tv_sec) &* 1_000_000_000 &+ Int64(st.st_mtim.tv_nsec),
                  changed: Int64(st.st_ctim.tv_sec) &* 1_000_000_000 &+ Int64(st.st_ctim.tv_nsec),
                  inode: UInt64(st.st_ino))
    }

    public var isDirectory: Bool { type == UInt32(S_IFDIR) }
    public var isRegularFile: Bool { type == UInt32(S_IFREG) }

    /// True when the file changed so recently (within `slack` nanoseconds of
    /// `now`, or in the future) that a change in the same clock tick could
    /// leave its times as they are: such a file is read again, not trusted
    /// (git's "racily clean" entries).
    public func isRecent(now: Int64, slack: Int64 = FileStatus.recentSlack) -> Bool {
        max(modified, changed) > now &- slack
    }

    /// Three seconds: more than any file system's timestamp granularity (FAT: 2 s).
    public static let recentSlack: Int64 = 3_000_000_000

    /// The wall clock in nanoseconds since 1970.
    public static func now() -> Int64 {
        var t = timespec()
        clock_gettime(CLOCK_REALTIME, &t)
        return Int64(t.tv_sec) &* 1_000_000_000 &+ Int64(t.tv_nsec)
    }
}

extension FileSystem {
    /// `stat(2)` of `path`, following a link (as reading it does); nil when it cannot be had.
    public func status(_ path: String) -> FileStatus? {
        var st = stat()
        guard stat(path, &st) == 0 else { return nil }
        return FileStatus(st)
    }

    public func statuses(in folder: String, _ names: [String]) -> [FileStatus?] {
        names.map { status(folder + "/" + $0) }
    }

    /// The file's bytes and the status of what was read (here: looked at
    /// before reading, so a change while reading makes the status stale, never the bytes).
    public func readFileAndStatus(_ path: String, limit: Int) throws -> ([UInt8], FileStatus?) {
        let before = status(path)
        return (try readFile(path, limit: limit), before)
    }
}
