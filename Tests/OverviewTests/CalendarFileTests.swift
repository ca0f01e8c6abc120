@testable import Overview
import XCTest

/// The calendar file is checked by a small RFC 5545 reader written here: what
/// a calendar program needs to open it, and every value read back as written.
final class CalendarFileTests: XCTestCase {
    /// One parsed component: its properties (name with parameters, value) and children.
    struct Component {
        var name: String
        var properties: [(name: String, params: [String], value: String)] = []
        var children: [Component] = []
        func value(_ name: String) -> String? { properties.first { $0.name == name }?.value }
    }

    struct Invalid: Error, CustomStringConvertible { var description: String }

    /// Parses iCalendar text, failing on anything RFC 5545 does not allow that
    /// a calendar program would trip over.
    static func parse(_ text: String) throws -> Component {
        let bytes = Array(text.utf8)
        // Every line ends in CRLF; no bare CR or LF.
        for (i, b) in bytes.enumerated() {
            if b == 10, i == 0 || bytes[i - 1] != 13 { throw Invalid(description: "bare LF at byte \(i)") }
            if b == 13, i + 1 >= bytes.count || bytes[i + 1] != 10 { throw Invalid(description: "bare CR at byte \(i)") }
        }
        guard text.hasSuffix("\r\n") else { throw Invalid(description: "the last line does not end in CRLF") }
        var physical = text.components(separatedBy: "\r\n")
        physical.removeLast()
        for line in physical where line.utf8.count > 75 { throw Invalid(description: "line over 75 octets: \(line)") }
        // Unfold.
        var lines: [String] = []
        for line in physical {
            if line.hasPrefix(" ") || line.hasPrefix("\t") {
                guard !lines.isEmpty else { throw Invalid(description: "continuation first") }
                lines[lines.count - 1] += String(line.dropFirst())
            } else {
                lines.append(line)
            }
        }
        var stack: [Component] = []
        var root: Component?
        for line in lines {
            guard let colon = line.firstIndex(of: ":") else { throw Invalid(description: "no colon: \(line)") }
            let head = line[..<colon].split(separator: ";").map(String.init)
            let value = String(line[line.index(after: colon)...])
            guard let name = head.first, !name.isEmpty, name.allSatisfy({ $0.isASCII && ($0.isUppercase || $0.isNumber || $0 == "-") }) else {
                throw Invalid(description: "bad property name in \(line)")
            }
            for scalar in value.unicodeScalars where scalar.value < 0x20 && scalar != "\t" || scalar.value == 0x7F {
                throw Invalid(description: "control character in \(line)")
            }
            if name == "BEGIN" { stack.append(Component(name: value)); continue }
            if name == "END" {
                guard let last = stack.popLast(), last.name == value else { throw Invalid(description: "END:\(value) does not close") }
                if stack.isEmpty { root = last } else { stack[stack.count - 1].children.append(last) }
                continue
            }
            guard !stack.isEmpty else { throw Invalid(description: "property outside a component") }
            stack[stack.count - 1].properties.append((name, Array(head.dropFirst()), value))
        }
        guard stack.isEmpty, let root, root.name == "VCALENDAR" else { throw Invalid(description: "not one VCALENDAR") }
        guard root.value("VERSION") == "2.0", root.value("PRODID") != nil else { throw Invalid(description: "VERSION:2.0 and PRODID are required") }
        for event in root.children where event.name == "VEVENT" {
            for required in ["UID", "DTSTAMP", "DTSTART"] where event.value(required) == nil {
                throw Invalid(description: "VEVENT without \(required)")
            }
            let stamp = event.value("DTSTAMP")!
            guard stamp.count == 16, stamp.hasSuffix("Z"), stamp.dropFirst(8).first == "T" else { throw Invalid(description: "DTSTAMP \(stamp)") }
            let start = event.properties.first { $0.name == "DTSTART" }!
            guard start.params == ["VALUE=DATE"], start.value.count == 8, let y = Int(start.value.prefix(4)),
                  Day(year: y, month: Int(start.value.dropFirst(4).prefix(2)) ?? 0, day: Int(start.value.suffix(2)) ?? 0) != nil else {
                throw Invalid(description: "DTSTART \(start)")
            }
            for p in event.properties where ["SUMMARY", "DESCRIPTION"].contains(p.name) {
                _ = try unescape(p.value)
            }
        }
        return root
    }

    /// A TEXT value read back; an unescaped comma or semicolon is an error.
    static func unescape(_ value: String) throws -> String {
        var out = ""
        var escaped = false
        for ch in value {
            if escaped {
                switch ch {
                case "\\", ";", ",": out.append(ch)
                case "n", "N": out.append("\n")
                default: throw Invalid(description: "bad escape \\\(ch) in \(value)")
                }
                escaped = false
            } else if ch == "\\" {
                escaped = true
            } else if ch == "," || ch == ";" {
                throw Invalid(description: "unescaped \(ch) in \(value)")
            } else {
                out.append(ch)
            }
        }
        if escaped { throw Invalid(description: "trailing backslash in \(value)") }
        return out
    }

    let items = [
        DueItem(kind: .payReview, day: Day(iso: "2026-09-01"), ast: "Siân Prothero",
                text: "pay review on 1 September: the 2025-26 review is agreed; it recommends 1 point, from point 19 to point 20.",
                cites: ["prp.1", "pay-review.1"], record: "sian-prothero-3f2a/2025-26-review"),
        DueItem(kind: .milestone, day: Day(iso: "2026-10-10"), ast: "Zoë \"Z\" Ní Bhriain; O'Neill, Jr.\\",
                text: "milestone of objective 1: 'Baseline; then, a check\u{1B}[31m'.\nSecond line with 日本語 and émoji 🎓 " + String(repeating: "ééé ", count: 30),
                cites: ["objectives.1"], record: "zoe/2026-27-planning"),
        DueItem(kind: .objectives, day: nil, ast: "No Day", text: "undated", cites: ["objectives.1"], record: nil),
    ]

    func testTheFileParsesWithOneAllDayEventPerDatedItemAndTextReadsBackAsWritten() throws {
        let text = CalendarFile.text(items, now: 1_788_220_800 + 3723)
        let calendar = try Self.parse(text)
        XCTAssertEqual(calendar.value("CALSCALE"), "GREGORIAN")
        let events = calendar.children.filter { $0.name == "VEVENT" }
        XCTAssertEqual(events.count, 2, "the undated item cannot go in a calendar")
        XCTAssertEqual(events[0].value("DTSTART"), "20260901")
        XCTAssertEqual(events[0].value("DTEND"), "20260902")
        XCTAssertEqual(events[0].value("DTSTAMP"), "20260901T010203Z")
        XCTAssertEqual(try Self.unescape(events[0].value("SUMMARY")!), "Pay review (1 September): Siân Prothero")
        let description = try Self.unescape(events[0].value("DESCRIPTION")!)
        XCTAssertTrue(description.hasPrefix("Pay review on 1 September: the 2025-26 review is agreed; it recommends 1 point, from point 19 to point 20. [prp.1, pay-review.1]\nRecord: sian-prothero-3f2a/2025-26-review"), description)
        XCTAssertEqual(try Self.unescape(events[1].value("SUMMARY")!), "Milestone: Zoë \"Z\" Ní Bhriain; O'Neill, Jr.\\")
        let second = try Self.unescape(events[1].value("DESCRIPTION")!)
        XCTAssertTrue(second.contains("'Baseline; then, a check[31m'.\nSecond line with 日本語 and émoji 🎓 ééé"), "ESC left out, the rest kept: \(second)")
        XCTAssertNotEqual(events[0].value("UID"), events[1].value("UID"))
        XCTAssertTrue(events.allSatisfy { $0.value("UID")!.hasSuffix("@astpm") })
    }

    func testFoldingNeverSplitsACharacterAndUIDsAreStable() {
        let text = CalendarFile.text(items, now: 0)
        XCTAssertNotNil(String(validatingUTF8: text), "valid UTF-8")
        for line in text.components(separatedBy: "\r\n") {
            XCTAssertNotNil(String(bytes: Array(line.utf8), encoding: .utf8), "each physical line is whole characters")
            XCTAssertLessThanOrEqual(line.utf8.count, 75)
            let trailing = line.reversed().prefix { $0 == "\\" }.count
            XCTAssertEqual(trailing % 2, 0, "an escape split across lines: \(line)")
        }
        XCTAssertEqual(CalendarFile.uid(items[0]), CalendarFile.uid(items[0]))
        XCTAssertEqual(CalendarFile.text(items, now: 0), CalendarFile.text(items, now: 0))
    }

    func testTheValidatorRefusesWhatCalendarsTripOver() {
        XCTAssertThrowsError(try Self.parse("BEGIN:VCALENDAR\nVERSION:2.0\r\nEND:VCALENDAR\r\n"))
        XCTAssertThrowsError(try Self.parse("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nBEGIN:VEVENT\r\nUID:a\r\nDTSTAMP:20260101T000000Z\r\nDTSTART:20260101\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"),
                             "DTSTART without VALUE=DATE")
        XCTAssertThrowsError(try Self.unescape("a, b"))
    }
}
