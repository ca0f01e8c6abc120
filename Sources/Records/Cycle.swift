/// A performance-management cycle: one academic year, written `2026-27`.
///
/// People type cycles many ways ("2026/27", "26-27", "2026-2027"); this is the
/// one place that reads them, so the interviews, the `records cycle=` filter and
/// the record ids all agree on one form. Pure: no clock (what "this year" means
/// is not guessed, it is refused with an example).
public struct Cycle: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The calendar year the cycle starts in (2026 for `2026-27`).
    public let startYear: Int

    public init(startYear: Int) { self.startYear = startYear }

    /// The canonical form, `2026-27`.
    public var description: String {
        let end = (startYear + 1) % 100
        return "\(startYear)-\(end < 10 ? "0" : "")\(end)"
    }

    public static func < (a: Cycle, b: Cycle) -> Bool { a.startYear < b.startYear }

    /// Why typed text is not a cycle, in words the user understands.
    public enum ParseError: Error, Equatable, Sendable, CustomStringConvertible {
        /// Not two years at all ("this year", "2026").
        case notACycle(typed: String)
        /// Two years that are not one after the other ("2026-28").
        case notConsecutive(typed: String)

        public var description: String {
            switch self {
            case .notACycle(let typed):
                return "'\(typed)' is not a cycle; type the academic year as two years, e.g. 2026-27 (2026/27, 26-27 and 2026-2027 are read the same way)."
            case .notConsecutive(let typed):
                return "'\(typed)' is not one academic year: the second year must follow the first, e.g. 2026-27."
            }
        }
    }

    /// Reads "2026-27", "2026/27", "26-27", "2026-2027", "2026/2027" (spaces
    /// around the separator allowed; an en dash too). Two-digit first years are
    /// taken as 20xx.
    public static func parse(_ typed: String) -> Result<Cycle, ParseError> {
        let text = trimmedBlanks(typed)
        let parts = text.split(whereSeparator: { $0 == "-" || $0 == "/" || $0 == "–" || $0 == "—" })
            .map { trimmedBlanks($0) }
        guard parts.count == 2, parts.allSatisfy({ p in !p.isEmpty && p.allSatisfy { $0.isASCII && $0.isNumber } }),
              [2, 4].contains(parts[0].count), [2, 4].contains(parts[1].count),
              var first = Int(parts[0]), let second = Int(parts[1]) else {
            return .failure(.notACycle(typed: text))
        }
        if parts[0].count == 2 { first += 2000 }
        guard (1900...2199).contains(first) else { return .failure(.notACycle(typed: text)) }
        let secondMatches = parts[1].count == 4 ? second == first + 1 : second == (first + 1) % 100
        guard secondMatches else { return .failure(.notConsecutive(typed: text)) }
        return .success(Cycle(startYear: first))
    }

    /// The canonical form of a typed cycle, or the text unchanged when it is not
    /// one (for matching records whose files were written by hand).
    public static func canonical(_ typed: String) -> String {
        (try? parse(typed).get()).map(\.description) ?? trimmedBlanks(typed)
    }
}

/// Spaces and tabs off both ends (Records does not import Foundation).
func trimmedBlanks<S: StringProtocol>(_ text: S) -> String {
    var s = Substring(text)
    while let f = s.first, f == " " || f == "\t" { s.removeFirst() }
    while let l = s.last, l == " " || l == "\t" { s.removeLast() }
    return String(s)
}
