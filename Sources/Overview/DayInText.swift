import Records

/// Finds a day written in a plan's free text ("Baseline by 10 October",
/// "12/11/2025", "2025-11-12", "3rd March 2026"). A month alone ("in
/// February") or a half-term is not a day and is never turned into one. A day
/// written without its year takes the year it falls in within the cycle:
/// September to December in the cycle's first year, January to August in its
/// second. Pure.
public enum DayInText {
    /// The first day written in `text`, or nil.
    public static func first(in text: String, cycle: Cycle?) -> Day? {
        // Every form of a day has a digit in it.
        guard text.utf8.contains(where: { $0 >= 48 && $0 <= 57 }) else { return nil }
        let tokens = tokenize(text)
        for (i, token) in tokens.enumerated() {
            if let d = iso(token) ?? slashed(token) { return d }
            // D[st|nd|rd|th] [of] Month [YYYY]
            guard let dayNumber = dayOfMonth(token) else { continue }
            var j = i + 1
            if j < tokens.count, tokens[j].lowercased() == "of" { j += 1 }
            guard j < tokens.count, let month = monthNumber(tokens[j]) else { continue }
            if j + 1 < tokens.count, tokens[j + 1].count == 4, let year = Int(tokens[j + 1]), (1900...2199).contains(year) {
                if let d = Day(year: year, month: month, day: dayNumber) { return d }
                continue
            }
            guard let cycle else { continue }
            let year = month >= 9 ? cycle.startYear : cycle.startYear + 1
            if let d = Day(year: year, month: month, day: dayNumber) { return d }
        }
        return nil
    }

    /// Words and numbers, split at spaces and punctuation; `-` and `/` stay
    /// inside a token that has a digit before them (`2025-11-12`, `12/11/2025`).
    /// Read byte by byte: the forms of a day are ASCII, and other letters only
    /// need to stay inside their word.
    static func tokenize(_ text: String) -> [String] {
        var out: [String] = []
        var current: [UInt8] = []
        func flush() {
            while let l = current.last, l == UInt8(ascii: "-") || l == UInt8(ascii: "/") { current.removeLast() }
            if !current.isEmpty { out.append(String(decoding: current, as: UTF8.self)) }
            current.removeAll(keepingCapacity: true)
        }
        for b in text.utf8 {
            let isDigit = b >= 48 && b <= 57
            let isWord = isDigit || (b >= 65 && b <= 90) || (b >= 97 && b <= 122) || b >= 0x80
            if isWord {
                current.append(b)
            } else if (b == UInt8(ascii: "-") || b == UInt8(ascii: "/")), let last = current.last, last >= 48 && last <= 57 {
                current.append(b)
            } else {
                flush()
            }
        }
        flush()
        return out
    }

    static func digits(_ s: Substring) -> Int? {
        guard !s.isEmpty, s.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int(s)
    }

    /// `2025-11-12`.
    static func iso(_ token: String) -> Day? {
        let parts = token.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let y = digits(parts[0]), let m = digits(parts[1]), let d = digits(parts[2]) else { return nil }
        return Day(year: y, month: m, day: d)
    }

    /// `12/11/2025`: day, month, year, as dates are written in England.
    static func slashed(_ token: String) -> Day? {
        let parts = token.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 3, (1...2).contains(parts[0].count), (1...2).contains(parts[1].count), parts[2].count == 4,
              let d = digits(parts[0]), let m = digits(parts[1]), let y = digits(parts[2]) else { return nil }
        return Day(year: y, month: m, day: d)
    }

    /// `10`, `10th`, `1st`, `22nd`, `3rd` (1 to 31).
    static func dayOfMonth(_ token: String) -> Int? {
        let lower = token.lowercased()
        let number = lower.prefix { $0.isASCII && $0.isNumber }
        let suffix = lower.dropFirst(number.count)
        guard (1...2).contains(number.count), ["", "st", "nd", "rd", "th"].contains(String(suffix)),
              let n = Int(number), (1...31).contains(n) else { return nil }
        return n
    }

    /// `October` or `Oct` (any case); `Sept` too. Nil for anything else.
    static func monthNumber(_ token: String) -> Int? {
        let lower = token.lowercased()
        if lower == "sept" { return 9 }
        for (i, name) in Day.monthNames.enumerated() {
            let full = name.lowercased()
            if lower == full || (lower.count == 3 && full.hasPrefix(lower)) { return i + 1 }
        }
        return nil
    }
}
