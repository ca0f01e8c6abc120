#if canImport(Glibc)
import Glibc
#endif

/// The store's advisory write lock: `flock` on `<store>/.lock`. The kernel
/// drops it when the holder exits, so a killed process never leaves a stale
/// lock. Waits up to `timeout` seconds, then reports who is busy.
struct StoreLock {
    let fileSystem: FileSystem
    let path: String
    var timeout: Double = 15

    /// Runs `body` while holding the lock.
    func withLock<T>(_ body: () throws -> T) throws -> T {
        let fd = try fileSystem.open(path, flags: O_RDWR | O_CREAT, mode: 0o600)
        defer { try? fileSystem.close(fd, path: path) }
        var waited = 0.0
        while true {
            do {
                try fileSystem.flock(fd, LOCK_EX | LOCK_NB, path: path)
                break
            } catch let e as SystemCallError where e.code == EWOULDBLOCK {
                if waited >= timeout { throw e }
                usleep(2_000)
                waited += 0.002
            }
        }
        defer { try? fileSystem.flock(fd, LOCK_UN, path: path) }
        return try body()
    }
}
