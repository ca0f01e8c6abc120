/// `tour` walks a first-time line manager through the PM cycle, with a check question per stage.
struct TourCommand: Command {
    let spec = CommandSpec(
        name: "tour",
        summary: "a guided tour of the AST performance management cycle, for a new line manager",
        usage: "tour",
        details: """
        tour    eight short stages (who is responsible, objectives, evidence, the year, development,
                pay, range reviews, underperformance), each with one check question.
                'pause', Ctrl-C on an empty line or Ctrl-D stops it; 'resume' carries on where
                you left off.
        """)

    func run(_ arguments: [String], rest: String, context: REPLContext) throws -> LineOutcome {
        guard let tour = context.guidance.interview("tour") else {
            throw UserError("This Guidance folder has no tour (interviews/tour.yaml).")
        }
        StartCommand.begin(tour, context: context)
        return .continueSession
    }
}
