/// Numbers as people write them: ASCII decimal digits, an optional leading
/// minus sign and an optional decimal point with digits after it. Nothing else:
/// `Double` alone would also read `0x10` as 16, `1e3` as 1000 and `nan`, `inf`.
public enum PlainNumber {
    /// True for `12`, `-3`, `12.5`; false for `0x10`, `1e3`, `+4`, `.5`, `5.`, `nan`, `٣`.
    public static func isDecimal(_ text: String) -> Bool {
        var bytes = Array(text.utf8)[...]
        if bytes.first == UInt8(ascii: "-") { bytes = bytes.dropFirst() }
        func isDigit(_ b: UInt8) -> Bool { b >= 48 && b <= 57 }
        let whole = bytes.prefix(while: isDigit)
        guard !whole.isEmpty else { return false }
        let rest = bytes.dropFirst(whole.count)
        if rest.isEmpty { return true }
        guard rest.first == UInt8(ascii: "."), rest.count > 1 else { return false }
        return rest.dropFirst().allSatisfy(isDigit)
    }

    /// The value of a plain decimal number, or nil for anything else.
    public static func decimal(_ text: String) -> Double? {
        isDecimal(text) ? Double(text) : nil
    }
}

/// Calendar dates: a day that exists in its month (29 February only in a leap year).
public enum CalendarDate {
    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    public static func exists(year: Int, month: Int, day: Int) -> Bool {
        (1...12).contains(month) && day >= 1 && day <= daysIn(month: month, year: year)
    }
}
