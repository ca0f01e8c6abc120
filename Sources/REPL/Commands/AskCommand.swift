import Advisor

/// `ask QUESTION` answers from the guide; `ask --json` prints one JSON object per
/// question (reading one question per line from standard input when none is given).
struct AskCommand: Command {
    let spec = CommandSpec(
        name: "ask",
        summary: "answer a question from the guide, with paragraph ids (ask --json for scripts)",
        usage: "ask [--json] QUESTION",
        options: [OptionSpec("--json", help: "one JSON object per answer, for scripts")],
        details: """
        ask QUESTION           a short answer, the reasoning, and the guide's paragraph ids
        ask --json QUESTION    the same as one JSON object on one line, always with the same keys:
                               {"schema", "question", "covered", "verdict", "answer", "reasoning",
                                "citations", "see_also", "nearest", "gap", "facts", "read_as", "needs"}
        ask [--json]           (one-shot, e.g. astpm ask --json < questions.txt) one answer per input line
        You can also just type the question at the prompt.
        When the guide does not cover something, astpm says so and names the nearest topics it does cover.
        """,
        operands: .freeText, pagesAtPrompt: true)

    func run(_ arguments: [String], rest: String, context: REPLContext) throws -> LineOutcome {
        guard let service = context.service(QuestionAnswering.self) as? AdvisorService else {
            throw UserError("Answering questions is not available in this session.")
        }
        let json = arguments.first == "--json"
        let question = json ? String(rest.dropFirst("--json".count)).trimmingCharacters(in: .whitespaces) : rest
        let startOptions = ["--store", "--guidance", "--no-color", "--echo"]
        if let option = startOptions.first(where: { question == $0 || question.hasPrefix($0 + " ") || question.hasPrefix($0 + "=") }) {
            throw UserError.usage("\(option) belongs before the command: astpm \(option)\(option.hasSuffix("color") || option == "--echo" ? "" : " DIR") ask\(json ? " --json" : "") QUESTION.")
        }
        if !question.isEmpty {
            if json { context.output.write(AnswerJSON.ask(question, service.advisor.answer(question)) + "\n") }
            else { service.answer(question, context: context) }
            return .continueSession
        }
        guard let next = context.standardInput else {
            throw UserError.usage("Type a question after 'ask', e.g. ask can an AST go up two points at once?")
        }
        while let line = next() {
            let q = line.trimmingCharacters(in: .whitespacesAndNewlines)
            if q.isEmpty { continue }
            if json { context.output.write(AnswerJSON.ask(q, service.advisor.answer(q)) + "\n") }
            else { service.answer(q, context: context) }
        }
        return .continueSession
    }
}
