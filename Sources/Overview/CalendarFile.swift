import StableHashing

/// What is due as an iCalendar file (RFC 5545) that any calendar program
/// opens: one all-day event per dated item, CRLF line endings, lines folded
/// at 75 octets (never inside a UTF-8 character), text values escaped. Items
/// with no day are left out (a calendar needs a day). Pure: the time stamp
/// comes in as seconds since 1970 (UTC).
public enum CalendarFile {
    /// The product identifier written in every file.
    public static let productID = "-//astpm//astpm due//EN"

    /// The calendar text for `items` (those with a day), stamped `now`.
    public static func text(_ items: [DueItem], now: Int, calendarName: String = "astpm: performance management due") -> String {
        var lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:\(productID)", "CALSCALE:GREGORIAN", "METHOD:PUBLISH",
                     "X-WR-CALNAME:\(escape(calendarName))"]
        let stamp = timestamp(now)
        for item in items {
            guard let day = item.day else { continue }
            var description = item.text.prefix(1).uppercased() + item.text.dropFirst()
            description += " [" + item.cites.joined(separator: ", ") + "]"
            if let record = item.record { description += "\nRecord: \(record)" }
            description += "\nFrom astpm; the paragraph ids are those of the DfES guide (DfES/0143/2004)."
            lines += [
                "BEGIN:VEVENT",
                "UID:\(uid(item))",
                "DTSTAMP:\(stamp)",
                "DTSTART;VALUE=DATE:\(day.compact)",
                "DTEND;VALUE=DATE:\(day.adding(days: 1).compact)",
                "SUMMARY:\(escape(item.summary))",
                "DESCRIPTION:\(escape(description))",
                "CATEGORIES:\(escape(item.kind.rawValue))",
                "TRANSP:TRANSPARENT",
                "END:VEVENT",
            ]
        }
        lines.append("END:VCALENDAR")
        return lines.map(fold).joined(separator: "\r\n") + "\r\n"
    }

    /// A TEXT value escaped: backslash, semicolon, comma and newline; other
    /// control characters (which a TEXT value may not hold) left out.
    public static func escape(_ text: String) -> String {
        var out = ""
        for s in text.unicodeScalars {
            switch s {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\n": out += "\\n"
            default:
                if s.value < 0x20 || s.value == 0x7F || (0x80...0x9F).contains(s.value) { continue }
                out.unicodeScalars.append(s)
            }
        }
        return out
    }

    /// Splits a content line into pieces of at most 75 octets, each after the
    /// first starting with a space (RFC 5545 3.1). A UTF-8 character or an
    /// escape (`\;`) is never split, so even a reader that does not unfold
    /// first sees whole characters.
    static func fold(_ line: String) -> String {
        var units: [String] = []
        var pendingEscape = false
        for s in line.unicodeScalars {
            if pendingEscape {
                units[units.count - 1].unicodeScalars.append(s)
                pendingEscape = false
            } else {
                units.append(String(s))
                pendingEscape = s == "\\"
            }
        }
        var pieces: [String] = []
        var current = ""
        var octets = 0
        for unit in units {
            let n = unit.utf8.count
            let limit = pieces.isEmpty ? 75 : 74
            if octets + n > limit {
                pieces.append(current)
                current = ""
                octets = 0
            }
            current += unit
            octets += n
        }
        pieces.append(current)
        return pieces.joined(separator: "\r\n ")
    }

    /// The same item gets the same UID every time, so importing a newer file
    /// updates events instead of doubling them.
    static func uid(_ item: DueItem) -> String {
        var hash = FNV1a()
        hash.add("\(item.kind.rawValue)|\(item.ast)|\(item.record ?? "")|\(item.day?.iso ?? "")|\(item.overdue)".utf8)
        return "\(item.kind.rawValue)-\(item.day?.compact ?? "undated")-\(hash.hex)@astpm"
    }

    /// `20260901T083000Z` for `seconds` since 1970 (UTC).
    static func timestamp(_ seconds: Int) -> String {
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let rest = seconds - days * 86_400
        let day = Day(ordinal: days)
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : String(n) }
        return "\(day.compact)T\(two(rest / 3600))\(two(rest / 60 % 60))\(two(rest % 60))Z"
    }
}
