import Foundation

/// Dates as a statement prints them: `2026-07-08` → "8 July 2026".
public enum DateWording {
    static let months = ["January", "February", "March", "April", "May", "June", "July",
                         "August", "September", "October", "November", "December"]

    /// "8 July 2026" for a value that is exactly an ISO date (`YYYY-MM-DD`,
    /// optionally followed by a time such as `T10:00:00Z`) of a real day;
    /// nil for anything else, which is then printed as it is.
    public static func long(_ value: String) -> String? {
        let t = value.trimmingCharacters(in: .whitespaces)
        let scalars = Array(t.unicodeScalars)
        guard scalars.count >= 10, scalars[4] == "-", scalars[7] == "-",
              scalars.count == 10 || scalars[10] == "T" || scalars[10] == " " else { return nil }
        func number(_ r: Range<Int>) -> Int? {
            var n = 0
            for i in r {
                guard ("0"..."9").contains(scalars[i]) else { return nil }
                n = n * 10 + Int(scalars[i].value - 48)
            }
            return n
        }
        guard let y = number(0..<4), let m = number(5..<7), let d = number(8..<10),
              (1...12).contains(m), d >= 1, d <= daysIn(month: m, year: y) else { return nil }
        if scalars.count > 10, !isTime(String(String.UnicodeScalarView(scalars[11...]))) { return nil }
        return "\(d) \(months[m - 1]) \(y)"
    }

    /// `value` as a long date where it is one, else unchanged.
    public static func shown(_ value: String) -> String { long(value) ?? value }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// `HH:MM` with optional seconds, fraction and zone: enough to know the
    /// value is a timestamp and not a date followed by words.
    static func isTime(_ s: String) -> Bool {
        let allowed = Set("0123456789:.+-Z")
        return s.count >= 5 && s.allSatisfy { allowed.contains($0) } && s.dropFirst(2).first == ":"
    }
}
