import Guidance
import InterviewEngine

/// `start objectives|evidence|review|support` begins a guided interview.
struct StartCommand: Command {
    let spec = CommandSpec(
        name: "start",
        summary: "start a guided interview: start objectives|evidence|review|support",
        usage: "start INTERVIEW",
        details: """
        start objectives   planning meeting: the AST's objectives for a cycle, with the guide's checks
        start evidence     log evidence for a cycle and the weight you give each item
        start review       annual review: objectives met or not, development, pay for 1 September
        start support      underperformance: early discussion, support, and what follows
        During an interview type why, help, back, skip, review, explain, keep or pause.
        Ctrl-C clears a half-typed answer; Ctrl-C on an empty line, or Ctrl-D, pauses and
        returns to astpm>; 'resume' carries on.
        """)

    func complete(_ arguments: [String], context: REPLContext) -> [String] {
        guard arguments.count == 1 else { return [] }
        return context.guidance.interviews.map(\.id).filter { $0.hasPrefix(arguments[0].lowercased()) }
    }

    func run(_ arguments: [String], rest: String, context: REPLContext) throws -> LineOutcome {
        let ids = context.guidance.interviews.map(\.id)
        guard let id = arguments.first?.lowercased() else {
            throw UserError.usage("Which interview? Type one of: \(ids.map { "start \($0)" }.joined(separator: ", ")).")
        }
        guard let interview = context.guidance.interview(id) else {
            let guess = Suggestions.closest(to: id, among: ids)
            throw UserError.usage("There is no interview '\(id)'" + (guess.map { " — did you mean 'start \($0)'?" } ?? ".")
                            + " Interviews: \(ids.joined(separator: ", ")).")
        }
        StartCommand.begin(interview, context: context)
        return .continueSession
    }

    /// Starts a new session of `interview` and makes it the active mode.
    static func begin(_ interview: Interview, context: REPLContext) {
        let name = InterviewSessionStore.newName(for: interview.id, store: context.store)
        let mode = InterviewMode(engine: InterviewEngine(interview: interview, today: context.today), sessionName: name,
                                 settings: InterviewSettings(lineManager: context.configuration.lineManager, school: context.configuration.school))
        mode.begin(context: context, resumed: false)
    }
}
