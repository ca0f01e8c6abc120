#if canImport(Glibc)
import Glibc
#endif

/// The store's advisory write lock: `flock` on `<store>/.lock`. The kernel
/// drops it when the holder exits, so a killed process never leaves a stale
/// lock. Waits up to `timeout` seconds, then reports who is busy; after
/// `noticeAfter` seconds of waiting it calls `onWait` once, so the person
/// waiting knows why nothing happens.
///
/// The lock file doubles as a one-line journal: a save names the AST folder
/// it writes into (`Held.writing(into:)`) and clears the name when it is done,
/// so a save killed half-way leaves the name of the folder that may hold its
/// temporary file, and the next astpm to take the lock sweeps just that folder
/// (`journal`), never the whole store.
struct StoreLock {
    let fileSystem: FileSystem
    let path: String
    var timeout: Double = 15
    var noticeAfter: Double = 0.5
    var onWait: (@Sendable (_ timeout: Double) -> Void)?

    /// The lock while it is held.
    struct Held {
        let fd: Int32
        private let noted: Box

        fileprivate init(fd: Int32) {
            self.fd = fd
            self.noted = Box()
        }

        /// Records in the journal that this save writes into `folder`.
        func writing(into folder: String) {
            guard !noted.folders.contains(folder) else { return }
            noted.folders.append(folder)
            let bytes = Array(noted.folders.joined(separator: "\n").utf8) + [10]
            _ = bytes.withUnsafeBytes { pwrite(fd, $0.baseAddress, $0.count, 0) }
            _ = ftruncate(fd, off_t(bytes.count))
        }

        /// The folders a save that was killed named, as the lock was taken.
        func journal() -> [String] {
            var buffer = [UInt8](repeating: 0, count: 4096)
            let n = buffer.withUnsafeMutableBytes { pread(fd, $0.baseAddress, $0.count, 0) }
            guard n > 0 else { return [] }
            return String(decoding: buffer[0..<n], as: UTF8.self).split(separator: "\n").map(String.init)
        }

        /// Empties the journal (the save finished, or its leftovers were swept).
        func clear() {
            _ = ftruncate(fd, 0)
        }

        fileprivate var wroteJournal: Bool { !noted.folders.isEmpty }

        fileprivate final class Box { var folders: [String] = [] }
    }

    /// Runs `body` while holding the lock.
    func withLock<T>(_ body: () throws -> T) throws -> T {
        try withLock { (_: Held) in try body() }
    }

    /// Runs `body` while holding the lock, with the lock's journal.
    func withLock<T>(_ body: (Held) throws -> T) throws -> T {
        try hold(waiting: true, body)!
    }

    /// Runs `body` only if the lock is free now; nil when another astpm holds it.
    func tryLock<T>(_ body: (Held) throws -> T) throws -> T? {
        try hold(waiting: false, body)
    }

    private func hold<T>(waiting: Bool, _ body: (Held) throws -> T) throws -> T? {
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
                if !waiting { return nil }
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
        let held = Held(fd: fd)
        // A save that failed (and cleaned up) clears its note as well: only a
        // process killed inside `body` leaves one.
        defer { if held.wroteJournal { held.clear() } }
        return try body(held)
    }

    /// Seconds on the monotonic clock.
    private static func now() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_MONOTONIC, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }
}
