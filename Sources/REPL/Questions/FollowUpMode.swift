import Advisor
import Guidance

/// After a described case whose answer turns on facts it does not state
/// ("which point of the range is she on?"): asks for them one at a time. An
/// answer of the right kind (a number, yes or no) refines the answer; Enter
/// skips the question; anything else leaves the follow-up and is read as usual
/// (a command or a new question), so nothing typed is lost.
final class FollowUpMode: LineMode {
    let advisor: Advisor
    let question: String
    private(set) var given = CaseFacts()
    private var skipped: Set<String> = []
    private(set) var pending: [FactNeed]

    init?(advisor: Advisor, question: String, answer: Answer) {
        guard !answer.needs.isEmpty else { return nil }
        self.advisor = advisor
        self.question = question
        pending = answer.needs
    }

    var current: FactNeed? { pending.first }
    var prompt: String { "answer (Enter skips)> " }
    var answersArePrivate: Bool { false }

    /// Shows the current question.
    func ask(context: REPLContext) {
        guard let need = current else { return }
        let kind = advisor.guidance.fact(need.fact)?.kind == .number ? "a number" : "yes or no"
        context.hint("To refine this: \(need.question) (\(kind); Enter skips; anything else is read as usual)")
    }

    func handle(_ line: String, context: REPLContext) throws -> LineOutcome? {
        guard let need = current else { context.mode = nil; return nil }
        let text = line.trimmingCharacters(in: .whitespaces)
        if text.isEmpty {
            skipped.insert(need.fact)
            pending.removeFirst()
            if pending.isEmpty {
                context.mode = nil
                context.say("Skipped. The answer above stands, and says what it depends on.")
            } else {
                ask(context: context)
            }
            return .continueSession
        }
        guard let value = advisor.reasoner.value(typed: text, for: need.fact) else {
            context.mode = nil
            return nil
        }
        given[need.fact] = value
        let answer = advisor.answer(question, adding: given)
        context.say(AnswerRenderer.text(answer, guidance: advisor.guidance, style: context.style))
        pending = answer.needs.filter { !skipped.contains($0.fact) && given[$0.fact] == nil }
        if pending.isEmpty { context.mode = nil } else { ask(context: context) }
        return .continueSession
    }

    func complete(_ line: String, context: REPLContext) -> [String] {
        guard let need = current, advisor.guidance.fact(need.fact)?.kind != .number else { return [] }
        return ["yes", "no"].filter { $0.hasPrefix(line.lowercased()) }
    }

    func suspend(context: REPLContext) { context.mode = nil }
}
