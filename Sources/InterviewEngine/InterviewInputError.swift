import Records

/// Why a typed answer (or an in-interview word) was not accepted, in words the
/// user understands. The same question is asked again; nothing is lost.
public enum InterviewInputError: Error, Equatable, Sendable, CustomStringConvertible {
    case empty(optional: Bool)
    case notAChoice(typed: String, choices: [String])
    case ambiguousChoice(typed: String, matches: [String])
    case notYesNo(typed: String)
    case notANumber(typed: String)
    case notWhole(typed: String)
    case notAPercentage(typed: String)
    case notAName(typed: String)
    case tooSmall(value: String, limit: String, rule: String)
    case tooLarge(value: String, limit: String, rule: String)
    case notADate(typed: String)
    case notACycle(Cycle.ParseError)
    case dateInFuture(date: String, today: String)
    case dateTooEarly(date: String, limit: String, rule: String)
    case dateTooLate(date: String, limit: String, rule: String)
    case tooFewItems(count: Int, min: Int)
    case tooManyItems(count: Int, max: Int)
    case cannotSkip(why: String)
    case nothingBefore
    case notAsking

    public var description: String {
        switch self {
        case .empty(let optional):
            return "An answer is needed here." + (optional ? " Type 'skip' to leave it out, or 'help' to see what fits." : " Type 'help' to see what fits.")
        case .notAChoice(let typed, let choices):
            return "'\(typed)' is not one of the choices: \(choices.joined(separator: ", ")). Tab completes them."
        case .ambiguousChoice(let typed, let matches):
            return "'\(typed)' could be \(matches.joined(separator: " or ")); type a little more."
        case .notYesNo(let typed):
            return "'\(typed)' is not yes or no; type yes or no (y or n)."
        case .notANumber(let typed):
            return "'\(typed)' is not a number; type digits, e.g. 3."
        case .notWhole(let typed):
            return "'\(typed)' is not a whole number; type a whole number, e.g. 2."
        case .notAPercentage(let typed):
            return "'\(typed)' is not a percentage; type a number from 0 to 100, e.g. 20 or 20%."
        case .notAName(let typed):
            return "'\(typed)' is not a name; type the person's name as it should appear on the record (Enter keeps the one shown)."
        case .tooSmall(let value, let limit, let rule):
            return "\(value) is below the lowest allowed here, \(limit)\(rule)."
        case .tooLarge(let value, let limit, let rule):
            return "\(value) is above the highest allowed here, \(limit)\(rule)."
        case .notADate(let typed):
            return "'\(typed)' is not a date; type it as YYYY-MM-DD or DD/MM/YYYY, e.g. 2026-07-17."
        case .notACycle(let problem):
            return problem.description
        case .dateInFuture(let date, let today):
            return "\(date) is after today (\(today)); evidence cannot come from a date still to come. Type the date it is from."
        case .dateTooEarly(let date, let limit, let rule):
            return "\(date) is before \(limit)\(rule); type a later date."
        case .dateTooLate(let date, let limit, let rule):
            return "\(date) is after \(limit)\(rule); type an earlier date."
        case .tooFewItems(let count, let min):
            return "That is \(count) item\(count == 1 ? "" : "s"); give at least \(min), separated by commas."
        case .tooManyItems(let count, let max):
            return "That is \(count) items; give at most \(max)."
        case .cannotSkip(let why):
            return "This question cannot be skipped: \(why)"
        case .nothingBefore:
            return "This is the first question, so there is nothing to go back to."
        case .notAsking:
            return "The interview is not waiting for an answer."
        }
    }
}
