import Foundation
import Overview
import Records

/// The banner's "N things due in the next 14 days". Reading every record of a
/// large store takes a moment (about a second for 10,000 records), so where the
/// store gives a separate reader the count is worked out on another thread: the banner waits for
/// it briefly, and if it is not ready by then the line is said as soon as it
/// is, before a later prompt. Other stores (the in-memory one in tests) are
/// counted at once. The banner never complains: a store that cannot be read
/// gives no line.
final class DueBanner: @unchecked Sendable {
    /// How long the first prompt waits for the count.
    static let firstWait: TimeInterval = 0.3

    private let done = DispatchSemaphore(value: 0)
    private let lock = NSLock()
    private var finished = false
    private var line: String?

    init(store: RecordStore, today: Day) {
        guard !(store is UnavailableRecordStore) else { finish(nil); return }
        guard let reader = store.separateReader() else { finish(Self.count(store, today: today)); return }
        // The reader is this thread's alone; the session's saves take the
        // store's lock as another process's would.
        nonisolated(unsafe) let own = reader
        Thread.detachNewThread { [self] in finish(Self.count(own, today: today)) }
    }

    static func count(_ store: RecordStore, today: Day) -> String? {
        guard let digests = try? OverviewScan.digests(store, wanted: OverviewScan.dueRecords(today: today)).digests else { return nil }
        return DueRendering.banner(DueList.compute(digests, today: today, days: 14))
    }

    private func finish(_ line: String?) {
        lock.lock()
        self.line = line
        finished = true
        lock.unlock()
        done.signal()
    }

    /// The line once the count is done (waiting up to `seconds`): `.some(nil)`
    /// when nothing is due; nil when it is not done yet.
    func result(within seconds: TimeInterval) -> String?? {
        lock.lock()
        let ready = finished
        lock.unlock()
        if !ready, seconds > 0 { _ = done.wait(timeout: .now() + seconds) }
        lock.lock()
        defer { lock.unlock() }
        return finished ? .some(line) : nil
    }
}
