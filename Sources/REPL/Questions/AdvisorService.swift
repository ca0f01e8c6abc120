import Advisor
import Guidance

/// Holds the advisor, made on the first question so that start-up stays fast,
/// and answers free-text lines typed at the prompt.
final class AdvisorService: QuestionAnswering {
    private let make: () -> Advisor
    private var made: Advisor?

    /// - Parameter make: builds the advisor (or reads it from a cache); called once, on first use.
    init(make: @escaping () -> Advisor) { self.make = make }

    /// An advisor built from the guidance on first use.
    convenience init(guidance: @escaping () -> GuidanceSet) { self.init(make: { Advisor(guidance: guidance()) }) }

    var advisor: Advisor {
        if let made { return made }
        let a = make()
        made = a
        return a
    }

    func answer(_ question: String, context: REPLContext) {
        // The advisor's own guidance holds the passages and outline an answer
        // shows, so a cached advisor answers without the YAML being parsed.
        let answer = advisor.answer(question)
        context.say(AnswerRenderer.text(answer, guidance: advisor.guidance, style: context.style))
        // A described case that turns on facts it does not give: ask for them,
        // one at a time, unless an interview is under way or no line will follow.
        if context.mode == nil, context.takesFurtherLines, let mode = FollowUpMode(advisor: advisor, question: question, answer: answer) {
            context.mode = mode
            mode.ask(context: context)
        }
    }
}
