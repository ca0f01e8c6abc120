import Foundation
import Guidance
import Records

/// Turns typed text into an `Answer` for a step, checking its type, choices and
/// bounds. Bounds come in already evaluated (they may depend on other answers).
struct AnswerParser {
    /// An evaluated bound: its value and, when it came from other answers, how it was worked out.
    struct Bound {
        var value: Value
        var rule: String
    }

    var step: InterviewStep
    var min: Bound?
    var max: Bound?

    func parse(_ raw: String) -> Result<Answer, InterviewInputError> {
        let text = raw.trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty else { return .failure(.empty(optional: step.optional)) }
        let answer: Answer
        switch step.kind {
        case .text, .note, .stop, .group:
            if step.expectsName, ["yes", "no", "y", "n", "ok", "agreed", "skip"].contains(text.lowercased()) {
                return .failure(.notAName(typed: text))
            }
            answer = .text(text)
        case .choice:
            switch matchChoice(text) {
            case .success(let v): answer = .choice(v)
            case .failure(let e): return .failure(e)
            }
        case .yesno:
            switch text.lowercased() {
            case "y", "yes", "yeah", "true": answer = .yesNo(true)
            case "n", "no", "false": answer = .yesNo(false)
            default: return .failure(.notYesNo(typed: text))
            }
        case .number:
            // Plain decimal only (thousands commas allowed): not 0x10, 1e3 or nan.
            guard let n = PlainNumber.decimal(text.replacingOccurrences(of: ",", with: "")) else { return .failure(.notANumber(typed: text)) }
            guard n == n.rounded() else { return .failure(.notWhole(typed: text)) }
            answer = .number(n)
        case .percentage:
            let digits = text.hasSuffix("%") ? String(text.dropLast()).trimmingCharacters(in: .whitespaces) : text
            guard let n = PlainNumber.decimal(digits) else { return .failure(.notAPercentage(typed: text)) }
            if n < 0 { return .failure(.tooSmall(value: text, limit: "0%", rule: "")) }
            if n > 100 { return .failure(.tooLarge(value: text, limit: "100%", rule: " (a share of the AST's time)")) }
            answer = .number(n)
        case .date:
            guard let d = InterviewDates.parse(text) else { return .failure(.notADate(typed: text)) }
            answer = .date(d)
        case .cycle:
            switch Cycle.parse(text) {
            case .success(let c): answer = .text(c.description)
            case .failure(let e): return .failure(.notACycle(e))
            }
        case .list:
            let items = text.split(whereSeparator: { $0 == "," || $0 == ";" })
                .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            answer = .list(items)
        }
        if let problem = check(answer) { return .failure(problem) }
        return .success(answer)
    }

    /// Checks a stored or new answer against the bounds (used again when earlier answers change).
    func check(_ answer: Answer) -> InterviewInputError? {
        switch answer {
        case .number(let n):
            let shown = InterviewNumbers.format(n) + (step.kind == .percentage ? "%" : "")
            if let lo = min, case .number(let l) = lo.value, n < l {
                return .tooSmall(value: shown, limit: InterviewNumbers.format(l), rule: lo.rule)
            }
            if let hi = max, case .number(let h) = hi.value, n > h {
                return .tooLarge(value: shown, limit: InterviewNumbers.format(h), rule: hi.rule)
            }
        case .date(let d):
            if let lo = min, case .text(let l) = lo.value, d < l { return .dateTooEarly(date: d, limit: l, rule: lo.rule) }
            if let hi = max, case .text(let h) = hi.value, d > h { return .dateTooLate(date: d, limit: h, rule: hi.rule) }
        case .list(let items):
            if let lo = min, case .number(let l) = lo.value, Double(items.count) < l { return .tooFewItems(count: items.count, min: Int(l)) }
            if let hi = max, case .number(let h) = hi.value, Double(items.count) > h { return .tooManyItems(count: items.count, max: Int(h)) }
        case .choice(let v):
            if !step.choiceValues.contains(v) { return .notAChoice(typed: v, choices: step.choiceValues) }
        default: break
        }
        return nil
    }

    /// Exact value, then exact label, then a unique prefix of a value or label (case-insensitive).
    /// Spaces, hyphens and underscores are the same ("line manager" is `line-manager`).
    func matchChoice(_ text: String) -> Result<String, InterviewInputError> {
        let t = AnswerParser.words(text)
        let choices = step.kind == .yesno ? step.choiceValues.map { InterviewChoice(value: $0, location: step.location) } : step.choices
        if let c = choices.first(where: { AnswerParser.words($0.value) == t || AnswerParser.words($0.label) == t }) { return .success(c.value) }
        let matches = choices.filter { AnswerParser.words($0.value).hasPrefix(t) || AnswerParser.words($0.label).hasPrefix(t) }
        if matches.count == 1 { return .success(matches[0].value) }
        if matches.count > 1 { return .failure(.ambiguousChoice(typed: text, matches: matches.map(\.value))) }
        return .failure(.notAChoice(typed: text, choices: choices.map(\.value)))
    }
}

extension AnswerParser {
    /// A choice as words: lower case, with hyphens, underscores and runs of spaces as one space.
    static func words(_ text: String) -> String {
        text.lowercased().split(whereSeparator: { $0 == "-" || $0 == "_" || $0.isWhitespace }).joined(separator: " ")
    }
}

/// Calendar dates without Foundation: `YYYY-MM-DD`, `D/M/YYYY` or `D-M-YYYY`, checked for real days.
public enum InterviewDates {
    public static func parse(_ text: String) -> String? {
        let parts = text.split(whereSeparator: { $0 == "-" || $0 == "/" || $0 == "." }).map(String.init)
        // ASCII digits only: `isNumber` also holds for ½ and ٣, which Int cannot read.
        // At most four digits a part, so no part can overflow an Int ("2025-1144…44-20" was a crash).
        guard parts.count == 3, parts.allSatisfy({ (1...4).contains($0.utf8.count) && $0.utf8.allSatisfy { $0 >= 48 && $0 <= 57 } }),
              let a = Int(parts[0]), let b = Int(parts[1]), let c = Int(parts[2]) else { return nil }
        let y, m, d: Int
        if parts[0].count == 4 { (y, m, d) = (a, b, c) }
        else if parts[2].count == 4 { (y, m, d) = (c, b, a) }
        else { return nil }
        guard (1...12).contains(m), d >= 1, d <= daysIn(month: m, year: y), (1900...2200).contains(y) else { return nil }
        return "\(y)-\(m < 10 ? "0" : "")\(m)-\(d < 10 ? "0" : "")\(d)"
    }

    static func daysIn(month: Int, year: Int) -> Int { CalendarDate.daysIn(month: month, year: year) }
}
