import Foundation
import Guidance
@testable import Overview
import Records
import Store

/// Records for the overview tests: the worked example, and small hand-made ones.
enum Fixtures {
    static let guidance: GuidanceSet = GuidanceLoader.load(directory: GuidanceLoader.builtInDirectory!, displayRoot: "Guidance").guidance!

    /// The worked example's records (Siân Prothero, 2025-26), as the store lists them.
    static func workedExample() throws -> [StoredRecord] {
        let folder = GuidanceLoader.builtInDirectory!.appendingPathComponent("examples/sian-prothero")
        return try ["planning", "evidence", "support", "review"].map { kind in
            let url = folder.appendingPathComponent("2025-26-\(kind).md")
            let record = try RecordFileDecoder.decode(Array(try Data(contentsOf: url)), path: url.path).record
            return StoredRecord(id: RecordID("sian-prothero-3f2a/2025-26-\(kind)"), record: record, revision: "1")
        }
    }

    static func stored(_ r: Record, folder: String? = nil) -> StoredRecord {
        let slug = folder ?? PersonName.folded(r.ast).replacingOccurrences(of: " ", with: "-")
        return StoredRecord(id: RecordID("\(slug)/\(r.cycle)-\(r.kind.rawValue)"), record: r, revision: "1")
    }

    /// A review with these outcomes ("met", "partly", "not-met") and pay answers.
    static func review(_ ast: String, cycle: String = "2025-26", outcomes: [String], rangeStart: Int = 10, point: Int = 11,
                       points: Int?, status: RecordStatus = .agreed, extra: [RecordField] = []) -> StoredRecord {
        var fields = [RecordField("objectives", .list(outcomes.enumerated().map { i, o in
            .map([RecordField("objective", .text("Objective \(i + 1)")), RecordField("outcome", .text(o))])
        })), RecordField("range_start", .text(String(rangeStart))), RecordField("current_point", .text(String(point)))]
        if let points { fields.append(RecordField("points", .text(String(points)))) }
        fields += extra
        return stored(Record(kind: .review, status: status, ast: ast, cycle: cycle, created: "2026-07-01", updated: "2026-07-08",
                             fields: fields,
                             agreement: status == .agreed ? Agreement(lineManager: "Femi Adeyemi", ast: ast, date: "2026-07-08") : nil))
    }

    static func digests(_ records: [StoredRecord]) -> [RecordDigest] { records.map(RecordDigest.init) }

    static func day(_ iso: String) -> Day { Day(iso: iso)! }
}
