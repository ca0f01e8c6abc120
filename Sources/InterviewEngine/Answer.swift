import Guidance

/// One answer as stored in a session. Codable so a paused session replays exactly.
public enum Answer: Codable, Equatable, Sendable {
    case text(String)
    /// The value of the chosen choice.
    case choice(String)
    case yesNo(Bool)
    /// Numbers and percentages.
    case number(Double)
    /// ISO 8601 date, `YYYY-MM-DD`.
    case date(String)
    case list([String])
    /// The user typed `skip` on an optional step.
    case skipped

    /// The answer as a person reads it (choices show their label when the step is given).
    public func display(for step: InterviewStep? = nil) -> String {
        switch self {
        case .text(let t): return t
        case .choice(let v): return step?.choice(v)?.label ?? v
        case .yesNo(let b): return b ? "yes" : "no"
        case .number(let n):
            let shown = InterviewNumbers.format(n)
            return step?.kind == .percentage ? shown + "%" : shown
        case .date(let d): return d
        case .list(let items): return items.joined(separator: ", ")
        case .skipped: return "(skipped)"
        }
    }

    /// The answer as the user would type it again (for defaults when going back).
    public var typed: String {
        switch self {
        case .choice(let v): return v
        case .number(let n): return InterviewNumbers.format(n)
        case .skipped: return "skip"
        default: return display()
        }
    }
}

/// Number formatting shared by answers, messages and conclusions.
enum InterviewNumbers {
    static func format(_ n: Double) -> String {
        n == n.rounded() && abs(n) < 1e15 ? String(Int(n)) : String(n)
    }
}
