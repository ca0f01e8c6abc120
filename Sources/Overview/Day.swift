import Records

/// A calendar day (no time, no zone), for what is due and when. Pure: days are
/// counted from 1 January 1970 with the proleptic Gregorian calendar, so
/// adding days and comparing them needs no clock and no Foundation.
public struct Day: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// A day that exists (29 February only in a leap year), or nil.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), CalendarDate.exists(year: year, month: month, day: day) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// The day `ordinal` days after 1 January 1970 (negative before it).
    public init(ordinal: Int) {
        // Howard Hinnant's civil_from_days.
        let z = ordinal + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        year = yoe + era * 400 + (m <= 2 ? 1 : 0)
        month = m
        day = d
    }

    /// The day an ISO 8601 date starts with (`2026-09-01`, or `2026-09-01T10:00:00Z`).
    public init?(iso text: String) {
        let s = Array(text.utf8)
        guard s.count >= 10, s[4] == UInt8(ascii: "-"), s[7] == UInt8(ascii: "-"),
              s.count == 10 || s[10] == UInt8(ascii: "T") || s[10] == UInt8(ascii: " ") else { return nil }
        func number(_ r: Range<Int>) -> Int? {
            var n = 0
            for i in r {
                guard (48...57).contains(s[i]) else { return nil }
                n = n * 10 + Int(s[i] - 48)
            }
            return n
        }
        guard let y = number(0..<4), let m = number(5..<7), let d = number(8..<10) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// Days since 1 January 1970.
    public var ordinal: Int {
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = month > 2 ? month - 3 : month + 9
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    public func adding(days: Int) -> Day { Day(ordinal: ordinal + days) }

    /// Whole days from this day to `other` (negative when `other` is earlier).
    public func days(to other: Day) -> Int { other.ordinal - ordinal }

    public static func < (a: Day, b: Day) -> Bool { (a.year, a.month, a.day) < (b.year, b.month, b.day) }

    /// `2026-09-01`.
    public var iso: String { pad(year, 4) + "-" + pad(month, 2) + "-" + pad(day, 2) }
    /// `20260901`, as calendar files write a date.
    public var compact: String { pad(year, 4) + pad(month, 2) + pad(day, 2) }
    public var description: String { iso }

    public static let monthNames = ["January", "February", "March", "April", "May", "June", "July",
                                    "August", "September", "October", "November", "December"]
    static let weekdayNames = ["Thursday", "Friday", "Saturday", "Sunday", "Monday", "Tuesday", "Wednesday"]

    /// "1 September 2026".
    public var long: String { "\(day) \(Day.monthNames[month - 1]) \(year)" }
    /// "Tuesday".
    public var weekday: String { Day.weekdayNames[((ordinal % 7) + 7) % 7] }

    /// The academic year this day falls in, taken to run from 1 September to
    /// 31 August (astpm's naming of cycles: `2026-27` starts in September 2026).
    public var academicYear: Cycle { Cycle(startYear: month >= 9 ? year : year - 1) }

    /// The first 1 September on or after this day.
    public var nextFirstOfSeptember: Day {
        let this = Day(year: year, month: 9, day: 1)!
        return this < self ? Day(year: year + 1, month: 9, day: 1)! : this
    }
}

private func pad(_ n: Int, _ width: Int) -> String {
    let s = String(n)
    return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
}
