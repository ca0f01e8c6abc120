import Foundation
import Records
@testable import REPL
import XCTest

/// `records` on a terminal keeps each row on one line: long names are trimmed
/// with "…" instead of letting the terminal wrap the row; into a pipe every
/// cell stays whole.
final class RecordsTableFitTests: XCTestCase {
    func records(width: Int, terminal: Bool) throws -> String {
        try TranscriptRunner.output(of: "records", width: width, terminal: terminal)
    }

    func testOnANarrowTerminalEveryRowFitsAndLongCellsAreTrimmed() throws {
        let whole = try records(width: 200, terminal: true)
        let widest = whole.split(separator: "\n").filter { $0.hasPrefix("ID") || $0.contains("2025-26") }.map { HangingWrap.columns(String($0)) }.max() ?? 0
        let width = widest - 8
        let fitted = try records(width: width, terminal: true)
        let rows = fitted.split(separator: "\n").filter { $0.hasPrefix("ID") || $0.contains("2025-26") }
        XCTAssertFalse(rows.isEmpty, fitted)
        for row in rows { XCTAssertLessThanOrEqual(HangingWrap.columns(String(row)), width, String(row)) }
        XCTAssertTrue(fitted.contains("…"), "a trimmed cell shows it was trimmed: \(fitted)")
        let narrow = try records(width: 50, terminal: true).split(separator: "\n").filter { $0.contains("2025-26") }
        let ids = narrow.map { $0.split(separator: " ").first.map(String.init) ?? "" }
        XCTAssertEqual(Set(ids).count, ids.count, "trimmed ids keep the end that tells them apart: \(ids)")
    }

    func testIntoAPipeCellsAreNeverTrimmed() throws {
        let piped = try records(width: 40, terminal: false)
        XCTAssertFalse(piped.contains("…"), piped)
    }

    func testFittingTakesFromTheColumnsThatGiveWayInOrderDownToTheirMinimums() {
        let rules: [ColumnFit.Rule] = [.init(column: 1, minimum: 8), .init(column: 0, minimum: 14)]
        XCTAssertEqual(ColumnFit.fit([20, 30, 7], gap: 2, lineWidth: 100, giving: rules), [20, 30, 7], "it fits already")
        XCTAssertEqual(ColumnFit.fit([20, 30, 7], gap: 2, lineWidth: 50, giving: rules), [20, 19, 7])
        XCTAssertEqual(ColumnFit.fit([20, 30, 7], gap: 2, lineWidth: 30, giving: rules), [14, 8, 7], "no column below its minimum")
        XCTAssertEqual(ColumnFit.fit([20, 30, 7], gap: 2, lineWidth: nil, giving: rules), [20, 30, 7], "not a terminal")
    }
}
