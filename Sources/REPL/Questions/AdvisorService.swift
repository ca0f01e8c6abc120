import Advisor
import Guidance

/// Holds the advisor, built on the first question so that start-up stays fast,
/// and answers free-text lines typed at the prompt.
final class AdvisorService: QuestionAnswering {
    private let guidance: () -> GuidanceSet
    private var built: Advisor?

    init(guidance: @escaping () -> GuidanceSet) { self.guidance = guidance }

    var advisor: Advisor {
        if let built { return built }
        let a = Advisor(guidance: guidance())
        built = a
        return a
    }

    func answer(_ question: String, context: REPLContext) {
        context.say(AnswerRenderer.text(advisor.answer(question), guidance: context.guidance, style: context.style))
    }
}
