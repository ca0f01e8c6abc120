import InterviewEngine

/// `discard NAME` deletes a paused interview that is no longer wanted. Saved
/// records are never touched: only the paused session's answers go.
struct DiscardCommand: Command {
    let name = "discard"
    let summary = "delete a paused interview you no longer want: discard NAME"
    let usage = "discard NAME"
    let details = """
    discard NAME    delete the paused interview NAME (or its number from 'resume'),
                    with its answers. Saved records are not touched.
    """

    func complete(_ arguments: [String], context: REPLContext) -> [String] {
        guard arguments.count == 1 else { return [] }
        return ((try? context.store.listSessions()) ?? []).filter { $0.hasPrefix(arguments[0]) }
    }

    func run(_ arguments: [String], rest: String, context: REPLContext) throws -> LineOutcome {
        let paused = try InterviewSessionStore.list(store: context.store)
        guard arguments.count == 1, let wanted = arguments.first else {
            throw UserError("Say which paused interview to delete: discard NAME (type 'resume' for the list).")
        }
        let chosen = try InterviewSessionStore.choose(wanted, from: paused)
        if let active = context.mode as? InterviewMode, active.sessionName == chosen.name {
            throw UserError("'\(chosen.name)' is running now. Type 'pause' first, then 'discard \(chosen.name)'.")
        }
        try context.store.deleteSession(chosen.name)
        context.say("Deleted the paused interview '\(chosen.name)' (\(chosen.title), \(chosen.state.answers.count) answer\(chosen.state.answers.count == 1 ? "" : "s")). No saved record was changed.")
        return .continueSession
    }
}
