import Guidance

/// The agreement at the end of an interview, as ordinary steps walked after the
/// interview's own `end`: do both agree; names; date; comments. A record is
/// written as agreed only when this tail is answered with a yes.
enum AgreementSteps {
    static let group = "agreement"
    static let agreed = "agreed", lineManager = "line-manager-name", ast = "ast-name", date = "agreed-on"
    static let lineManagerComment = "line-manager-comment", astComment = "ast-comment", notAgreed = "not-agreed"

    static func steps(_ spec: InterviewAgreementSpec) -> [InterviewStep] {
        let cites = spec.cites
        let at = spec.location
        func loc(_ s: String) -> Located<String> { Located(s, at: at) }
        func step(_ id: String, _ kind: InterviewAnswerType, _ prompt: String, _ help: String, label: String,
                  optional: Bool = false, next: String) -> InterviewStep {
            InterviewStep(id: id, kind: kind, prompt: prompt, why: id == agreed ? spec.why : "The record shows who agreed it, when, and anything either wants added.", cites: cites, help: help, label: label,
                          optional: optional, next: [InterviewRoute(target: loc(next))], location: at)
        }
        var agreedStep = step(agreed, .yesno, "Do the line manager and the AST both agree this record?",
                              "yes to record who agreed it; no to keep it as a draft.", label: "agreed", next: lineManager)
        agreedStep.choices = [InterviewChoice(value: "no", next: loc(notAgreed), location: at)]
        var lineManagerStep = step(lineManager, .text, "Line manager's name, as agreeing:", "A name (Enter keeps the one shown).", label: "agreed by line manager", next: ast)
        lineManagerStep.expectsName = true
        var astStep = step(ast, .text, "AST's name, as agreeing:", "A name (Enter keeps the one shown).", label: "agreed by AST", next: date)
        astStep.expectsName = true
        return [
            agreedStep,
            lineManagerStep,
            astStep,
            step(date, .date, "Date of agreement:", "A date (Enter for today).", label: "date agreed", next: lineManagerComment),
            step(lineManagerComment, .text, "Any comment the line manager wants added? (or skip)", "A sentence, or 'skip'.",
                 label: "line manager's comment", optional: true, next: astComment),
            step(astComment, .text, "Any comment the AST wants added? (or skip)", "A sentence, or 'skip'.",
                 label: "AST's comment", optional: true, next: InterviewRoute.end),
            step(notAgreed, .text, "What is not yet agreed? (saved with the draft; or skip)", "A sentence, or 'skip'.",
                 label: "not yet agreed", optional: true, next: InterviewRoute.end),
        ]
    }
}
