/// A condition or value written in an interview, e.g. `outreach-share != 20`,
/// `current-point < range-start + 4`, `any objectives (area = 'outreach')`.
/// Words are separated by spaces; step ids stand for their answers; text
/// literals are quoted ('outreach'); `yes` and `no` are the yes/no answers.
public indirect enum InterviewExpression: Sendable, Equatable {
    public enum Comparison: String, Sendable, CaseIterable { case equal = "=", notEqual = "!=", less = "<", lessOrEqual = "<=", greater = ">", greaterOrEqual = ">=" }
    public enum Arithmetic: String, Sendable { case plus = "+", minus = "-" }

    case number(Double)
    case text(String)
    case bool(Bool)
    /// The answer to a step.
    case answer(String)
    /// True when a step was answered (not skipped, not left out).
    case answered(String)
    /// The number of items in a group or list.
    case count(String)
    /// True when the condition holds for at least one item of a group.
    case any(String, InterviewExpression)
    case not(InterviewExpression)
    case and(InterviewExpression, InterviewExpression)
    case or(InterviewExpression, InterviewExpression)
    case compare(Comparison, InterviewExpression, InterviewExpression)
    case arithmetic(Arithmetic, InterviewExpression, InterviewExpression)

    /// Step ids the expression reads, with the group they are read in (for `any`).
    public var references: [(step: String, inGroup: String?)] {
        switch self {
        case .number, .text, .bool: return []
        case .answer(let s), .answered(let s): return [(s, nil)]
        case .count(let g): return [(g, nil)]
        case .any(let g, let e): return [(g, nil)] + e.references.map { ($0.step, $0.inGroup ?? g) }
        case .not(let e): return e.references
        case .and(let a, let b), .or(let a, let b), .compare(_, let a, let b), .arithmetic(_, let a, let b):
            return a.references + b.references
        }
    }

    /// Comparisons of a step's answer with a text literal: `(step, literal)`, for checking choice values.
    public var comparedLiterals: [(step: String, literal: String)] {
        switch self {
        case .compare(_, .answer(let s), .text(let t)), .compare(_, .text(let t), .answer(let s)): return [(s, t)]
        case .not(let e), .any(_, let e): return e.comparedLiterals
        case .and(let a, let b), .or(let a, let b), .compare(_, let a, let b), .arithmetic(_, let a, let b):
            return a.comparedLiterals + b.comparedLiterals
        default: return []
        }
    }
}

/// An expression as written, with where it was written.
public struct InterviewCondition: Sendable, Equatable, CustomStringConvertible {
    public var expression: InterviewExpression
    public var source: String
    public var location: SourceLocation

    public init(expression: InterviewExpression, source: String, location: SourceLocation) {
        self.expression = expression
        self.source = source
        self.location = location
    }

    public var description: String { source }
}
