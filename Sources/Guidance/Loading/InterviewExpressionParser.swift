/// Parses the small condition language of interviews (see `InterviewExpression`).
///
///     expr    := and ("or" and)*
///     and     := unary ("and" unary)*
///     unary   := "not" unary | compare
///     compare := sum (("=" | "!=" | "<" | "<=" | ">" | ">=") sum)?
///     sum     := atom (("+" | "-") atom)*
///     atom    := number | 'text' | yes | no | step-id | "answered" step-id
///              | "count" step-id | "any" group-id "(" expr ")" | "(" expr ")"
public enum InterviewExpressionParser {
    /// A problem with an expression, in words a Guidance author understands.
    public struct Failure: Error, Equatable, CustomStringConvertible {
        public var message: String
        public var description: String { message }
    }

    static let keywords: Set<String> = ["and", "or", "not", "yes", "no", "answered", "count", "any"]

    public static func parse(_ source: String) throws(Failure) -> InterviewExpression {
        var parser = Parser(tokens: try tokenize(source))
        let e = try parser.orExpr()
        if let extra = parser.peek { throw Failure(message: "unexpected '\(extra)' in '\(source)'") }
        return e
    }

    enum Token: Equatable, CustomStringConvertible {
        case word(String), quoted(String), open, close
        var description: String {
            switch self {
            case .word(let w): return w
            case .quoted(let q): return "'\(q)'"
            case .open: return "("
            case .close: return ")"
            }
        }
    }

    static func tokenize(_ s: String) throws(Failure) -> [Token] {
        var out: [Token] = []
        var current = ""
        var quote: String?
        func flush() { if !current.isEmpty { out.append(.word(current)); current = "" } }
        for ch in s {
            if var q = quote {
                if ch == "'" { out.append(.quoted(q)); quote = nil } else { q.append(ch); quote = q }
                continue
            }
            switch ch {
            case "'": flush(); quote = ""
            case "(": flush(); out.append(.open)
            case ")": flush(); out.append(.close)
            case " ", "\t", "\n": flush()
            default: current.append(ch)
            }
        }
        if quote != nil { throw Failure(message: "a quote is not closed in '\(s)'") }
        flush()
        if out.isEmpty { throw Failure(message: "the condition is empty") }
        return out
    }

    struct Parser {
        var tokens: [Token]
        var index = 0
        var peek: Token? { index < tokens.count ? tokens[index] : nil }
        mutating func take() -> Token? { defer { index += 1 }; return peek }
        mutating func accept(_ word: String) -> Bool {
            if peek == .word(word) { index += 1; return true }
            return false
        }

        mutating func orExpr() throws(Failure) -> InterviewExpression {
            var e = try andExpr()
            while accept("or") { e = .or(e, try andExpr()) }
            return e
        }

        mutating func andExpr() throws(Failure) -> InterviewExpression {
            var e = try unary()
            while accept("and") { e = .and(e, try unary()) }
            return e
        }

        mutating func unary() throws(Failure) -> InterviewExpression {
            if accept("not") { return .not(try unary()) }
            let lhs = try sum()
            if case .word(let w)? = peek, let op = InterviewExpression.Comparison(rawValue: w) {
                index += 1
                return .compare(op, lhs, try sum())
            }
            return lhs
        }

        mutating func sum() throws(Failure) -> InterviewExpression {
            var e = try atom()
            while case .word(let w)? = peek, let op = InterviewExpression.Arithmetic(rawValue: w) {
                index += 1
                e = .arithmetic(op, e, try atom())
            }
            return e
        }

        mutating func stepID(after keyword: String) throws(Failure) -> String {
            guard case .word(let w)? = take(), InterviewExpressionParser.isIdentifier(w) else {
                throw Failure(message: "'\(keyword)' must be followed by a step id")
            }
            return w
        }

        mutating func atom() throws(Failure) -> InterviewExpression {
            guard let t = take() else { throw Failure(message: "the condition ends too early") }
            switch t {
            case .quoted(let q): return .text(q)
            case .open:
                let e = try orExpr()
                guard take() == .close else { throw Failure(message: "a '(' is not closed") }
                return e
            case .close: throw Failure(message: "unexpected ')'")
            case .word(let w):
                switch w {
                case "yes": return .bool(true)
                case "no": return .bool(false)
                case "answered": return .answered(try stepID(after: w))
                case "count": return .count(try stepID(after: w))
                case "any":
                    let group = try stepID(after: w)
                    guard take() == .open else { throw Failure(message: "'any \(group)' must be followed by a condition in brackets") }
                    let e = try orExpr()
                    guard take() == .close else { throw Failure(message: "a '(' is not closed") }
                    return .any(group, e)
                default:
                    if let n = Double(w) { return .number(n) }
                    if InterviewExpressionParser.isIdentifier(w) { return .answer(w) }
                    throw Failure(message: "'\(w)' is not a step id, number or quoted text (put spaces around = != < > + -)")
                }
            }
        }
    }

    /// Step ids: lower-case letters, digits and hyphens, starting with a letter.
    public static func isIdentifier(_ w: String) -> Bool {
        guard let first = w.first, first.isLetter, !keywords.contains(w) else { return false }
        return w.allSatisfy { ($0.isLetter && $0.isLowercase) || $0.isNumber || $0 == "-" || $0 == "_" }
    }
}
