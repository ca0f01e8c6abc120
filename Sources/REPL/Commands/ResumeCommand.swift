import InterviewEngine

/// `resume` lists paused interviews and carries one on: `resume NAME` (or its number).
struct ResumeCommand: Command {
    let spec = CommandSpec(
        name: "resume",
        summary: "carry on a paused interview: resume [NAME]",
        usage: "resume [NAME]",
        details: """
        resume          with one paused interview, carry it on; with several, list them
        resume NAME     carry on that one (NAME or its number from the list)
        """)

    func complete(_ arguments: [String], context: REPLContext) -> [String] {
        guard arguments.count == 1 else { return [] }
        return ((try? context.store.listSessions()) ?? []).filter { $0.hasPrefix(arguments[0]) }
    }

    func run(_ arguments: [String], rest: String, context: REPLContext) throws -> LineOutcome {
        let paused = try InterviewSessionStore.list(store: context.store)
        guard !paused.isEmpty else {
            context.say("No interviews are paused. Start one with 'start objectives', 'start evidence', 'start review', 'start support' or 'tour'.")
            return .continueSession
        }
        let chosen: PausedInterview
        if let wanted = arguments.first {
            chosen = try InterviewSessionStore.choose(wanted, from: paused)
        } else if paused.count == 1 {
            chosen = paused[0]
        } else {
            var lines = ["Paused interviews:"]
            for (i, p) in paused.enumerated() {
                lines.append("  \(i + 1). \(p.name) — \(p.title)\(p.ast.map { " for \($0)" } ?? ""), started \(p.state.created), \(p.state.answers.count) answer\(p.state.answers.count == 1 ? "" : "s")")
            }
            lines.append("Type 'resume NAME' or 'resume NUMBER'.")
            context.say(lines.joined(separator: "\n"))
            return .continueSession
        }
        guard let interview = context.guidance.interview(chosen.interviewID) else {
            throw UserError("'\(chosen.name)' is a '\(chosen.interviewID)' interview, which this Guidance folder does not have.")
        }
        let engine: InterviewEngine
        do {
            engine = try InterviewEngine(interview: interview, resuming: chosen.state, today: context.today)
        } catch {
            throw UserError("'\(chosen.name)' cannot be resumed: \(error).")
        }
        InterviewMode(engine: engine, sessionName: chosen.name, settings: InterviewSettings(lineManager: context.configuration.lineManager, school: context.configuration.school))
            .begin(context: context, resumed: true)
        return .continueSession
    }
}
