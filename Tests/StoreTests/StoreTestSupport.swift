import Foundation
import Records
@testable import Store
import XCTest

/// A fresh temporary folder, removed at the end of the test.
func makeTemporaryFolder(_ test: XCTestCase, file: StaticString = #filePath, line: UInt = #line) -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("astpm-store-tests-\(UUID().uuidString)")
    try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    test.addTeardownBlock { try? FileManager.default.removeItem(at: url) }
    return url
}

/// Sample records: one of each kind, with awkward text.
enum Samples {
    static func planning(ast: String = "Zoë Ní Bhriain") -> Record {
        Record(kind: .planning, status: .agreed, ast: ast, cycle: "2025-26", created: "2025-09-15",
               updated: "2025-10-01T09:30:00Z",
               fields: [
                RecordField("objectives", .list([
                    .text("Raise Year 9 attainment in fractions: 70% at expected level by June"),
                    .text("Outreach: support two departments at Hillside School"),
                ])),
                RecordField("outreach_share", .text("20%")),
                RecordField("answer that looks boolean", .text("NO")),
                RecordField("leading zero", .text("0123")),
                RecordField("version-like", .text("1.10")),
                RecordField("empty", .text("")),
                RecordField("quotes", .text("She said \"yes\": it's done # not a comment")),
                RecordField("multi", .text("line one\nline two\n  indented\n")),
                RecordField("nested", .map([RecordField("a", .text("true")), RecordField("b", .list([]))])),
                RecordField("none", .map([])),
               ],
               conclusions: [Conclusion(text: "Objectives balance outreach and teaching", cites: ["objectives.2", "qa.7"], because: ["outreach_share"])],
               agreement: Agreement(lineManager: "Dr Ayo O'Neill", ast: ast, date: "2025-10-01", comments: ["Agreed after a second meeting"]),
               notes: "# Planning meeting\n\nWe met on *15 September*.\n\n---\n\nA rule above is part of the notes.")
    }

    static func evidence(ast: String = "Zoë Ní Bhriain") -> Record {
        Record(kind: .evidence, ast: ast, cycle: "2025-26", created: "2025-11-02",
               fields: [RecordField("entries", .list([
                .map([RecordField("date", .text("2025-11-01")), RecordField("source", .text("Proforma from Hillside head")), RecordField("weight", .text("high"))]),
               ]))])
    }

    static func review(ast: String = "Zoë Ní Bhriain") -> Record {
        Record(kind: .review, status: .draft, ast: ast, cycle: "2025-26", created: "2026-07-01",
               fields: [RecordField("pay_decision", .text("Move up two points (from 3 to 5)"))],
               conclusions: [Conclusion(text: "Two points is allowed within the range", cites: ["qa.14", "prp.1"])],
               notes: "Review notes with <html> & \"quotes\".")
    }

    static func support(ast: String = "Zoë Ní Bhriain") -> Record {
        Record(kind: .support, ast: ast, cycle: "2025-26", created: "2026-01-10", fields: [], notes: "")
    }

    static func tour(ast: String = "Zoë Ní Bhriain") -> Record {
        Record(kind: .tour, ast: ast, cycle: "2025-26", created: "2025-09-01",
               extra: [RecordField("x_school_field", .text("kept")), RecordField("x_list", .list([.text("a"), .text("b")]))])
    }

    static var all: [Record] { [planning(), evidence(), review(), support(), tour()] }
}
