#if canImport(Glibc)
import Glibc
#endif

/// The store's advisory write lock: `flock` on `<store>/.lock`. The kernel
/// drops it when the holder exits, so a killed process never leaves a stale
/// lock. Waits up to `timeout` seconds, then reports who is busy; after
/// `noticeAfter` seconds of waiting it calls `onWait` once, so the person
/// waiting knows why nothing happens.
struct StoreLock {
    let fileSystem: FileSystem
    let path: String
    var timeout: Double = 15
    var noticeAfter: Double = 0.5
    var onWait: (@Sendable (_ timeout: Double) -> Void)?

    /// Runs `body` while holding the lock.
    func withLock<T>(_ body: () throws -> T) throws -> T {
        // O_NOFOLLOW: a link in place of .lock must not create or open a file elsewhere.
        let fd = try fileSystem.open(path, flags: O_RDWR | O_CREAT | O_NOFOLLOW, mode: 0o600)
        defer { try? fileSystem.close(fd, path: path) }
        let start = Self.now()
        var noticed = false
        while true {
            do {
                try fileSystem.flock(fd, LOCK_EX | LOCK_NB, path: path)
                break
            } catch let e as SystemCallError where e.code == EWOULDBLOCK {
                let waited = Self.now() - start
                if waited >= timeout { throw e }
                if !noticed, waited >= noticeAfter, let onWait {
                    noticed = true
                    onWait(timeout)
                }
                usleep(2_000)
            }
        }
        defer { try? fileSystem.flock(fd, LOCK_UN, path: path) }
        return try body()
    }

    /// Seconds on the monotonic clock.
    private static func now() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_MONOTONIC, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }
}
