import Foundation
import Records
@testable import Store
import XCTest

/// The worked example in Guidance/examples is valid store-format text, in the
/// exact form the store writes, and covers a whole cycle.
final class WorkedExampleTests: XCTestCase {
    static var folder: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Guidance/examples/sian-prothero")
    }

    func testExampleFilesAreCanonicalStoreFiles() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path).filter { $0.hasSuffix(".md") }.sorted()
        XCTAssertEqual(files, ["2025-26-evidence.md", "2025-26-planning.md", "2025-26-review.md", "2025-26-support.md"])
        var kinds: [RecordKind] = []
        for file in files {
            let path = Self.folder.appendingPathComponent(file).path
            let text = try String(contentsOfFile: path, encoding: .utf8)
            let decoded = try RecordFileDecoder.decode(text: text, path: path)
            kinds.append(decoded.record.kind)
            let canonical = try RecordFileEncoder.encode(decoded.record)
            if ProcessInfo.processInfo.environment["ASTPM_REWRITE_EXAMPLES"] == "1" {
                try canonical.write(toFile: path, atomically: false, encoding: .utf8)
            }
            XCTAssertEqual(canonical, text, "\(file) is not in the form the store writes")
            XCTAssertEqual(decoded.record.status, .agreed)
            XCTAssertNotNil(decoded.record.agreement)
            XCTAssertFalse(decoded.record.conclusions.isEmpty)
        }
        XCTAssertEqual(Set(kinds), [.planning, .evidence, .review, .support])
    }

    func testExampleImportsIntoAStoreInOneFolder() throws {
        let store = try FileRecordStore(root: makeTemporaryFolder(self))
        for file in ["2025-26-planning.md", "2025-26-evidence.md", "2025-26-support.md", "2025-26-review.md"] {
            let path = Self.folder.appendingPathComponent(file).path
            let record = try RecordFileDecoder.decode(text: String(contentsOfFile: path, encoding: .utf8), path: path).record
            _ = try store.create(record)
        }
        let ids = try store.list().records.map(\.id.rawValue)
        XCTAssertEqual(ids.count, 4)
        XCTAssertEqual(Set(ids.map { $0.split(separator: "/")[0] }).count, 1)
        XCTAssertTrue(ids.allSatisfy { $0.hasPrefix("sian-prothero-") }, "\(ids)")
    }
}
