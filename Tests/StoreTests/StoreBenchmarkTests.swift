import Foundation
import Records
@testable import Store
import XCTest

/// In-process timings for the benchmark report. Runs only when
/// `ASTPM_BENCH_STORE` names a generated store (Scripts/lib/gen-store.py).
final class StoreBenchmarkTests: XCTestCase {
    func seconds(_ body: () throws -> Void) rethrows -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        try body()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }

    func testListAndDurableSave() throws {
        guard let dir = ProcessInfo.processInfo.environment["ASTPM_BENCH_STORE"] else {
            throw XCTSkip("a benchmark, not a check: runs only when ASTPM_BENCH_STORE names a generated store (Scripts/lib/gen-store.py DIR)")
        }
        let store = try FileRecordStore(root: URL(fileURLWithPath: dir))
        var listed: (records: [StoredRecord], unreadable: [UnreadableRecord]) = ([], [])
        let list = try seconds { listed = try store.list() }
        print("bench: list() of \(listed.records.count) records (\(listed.unreadable.count) unreadable): \(String(format: "%.3f", list)) s")
        var current = listed.records[0]
        var times: [Double] = []
        for i in 0..<21 {
            var r = current.record
            r.notes = "Benchmark save \(i)."
            times.append(try seconds { current = try store.update(current.id, r, expectedRevision: current.revision) })
        }
        times.sort()
        print("bench: durable update (history copy + save): median \(String(format: "%.2f", times[10] * 1000)) ms, min \(String(format: "%.2f", times[0] * 1000)) ms")
        let bytes = Array(try RecordFileEncoder.encode(current.record).utf8)
        let writer = DurableWriter(fileSystem: PosixFileSystem())
        let path = dir + "/bench-save.md"
        var raw: [Double] = []
        for _ in 0..<21 { raw.append(try seconds { try writer.write(bytes, to: path) }) }
        raw.sort()
        try? FileManager.default.removeItem(atPath: path)
        print("bench: one durable file write (temp, fsync, rename, fsync folder): median \(String(format: "%.2f", raw[10] * 1000)) ms")
    }
}
