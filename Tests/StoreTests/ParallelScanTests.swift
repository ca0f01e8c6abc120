import Foundation
import Records
@testable import Store
import XCTest

/// `scan(transform:)` does per-record work on the reading threads: every
/// record is transformed once, nil results are left out, and the results come
/// back in id order, like `scan`, with the unreadable files reported.
final class ParallelScanTests: XCTestCase {
    func testTransformsEveryRecordOnceInIdOrderLeavingOutNils() throws {
        let store = try FileRecordStore(root: makeTemporaryFolder(self).appendingPathComponent("store"))
        for i in 0..<700 {
            _ = try store.create(Samples.planning(ast: "AST \(String(format: "%04d", i))"))
        }
        let folder = try XCTUnwrap(try store.list().records.first?.id.rawValue.split(separator: "/").first)
        try "not a record".write(toFile: store.root.appendingPathComponent("\(folder)/2024-25-review.md").path, atomically: false, encoding: .utf8)
        var plain: [String] = []
        let unreadable = try store.scan { plain.append($0.id.rawValue) }
        var mapped: [String] = []
        let mappedUnreadable = try store.scan(transform: { s -> String? in
            s.record.ast.hasSuffix("7") ? nil : s.id.rawValue
        }) { mapped.append($0) }
        XCTAssertEqual(plain.count, 700)
        XCTAssertEqual(mapped, plain.filter { id in !(try! store.load(RecordID(id))).record.ast.hasSuffix("7") })
        XCTAssertEqual(mapped.count, 630)
        XCTAssertEqual(unreadable.map(\.path), mappedUnreadable.map(\.path))
        XCTAssertEqual(unreadable.count, 1)
    }
}
