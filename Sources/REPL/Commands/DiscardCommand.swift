import InterviewEngine

/// `discard [--dry-run] NAME` deletes a paused interview that is no longer
/// wanted. Saved records are never touched: only the paused session's answers
/// go. With `--dry-run` it says what would be deleted and deletes nothing.
struct DiscardCommand: Command {
    let spec = CommandSpec(
        name: "discard",
        summary: "delete a paused interview you no longer want: discard [--dry-run] [--yes] NAME",
        usage: "discard [--dry-run|-n] [--yes|-y] [--] NAME",
        options: DiscardCommand.flags,
        details: """
        discard NAME    deletes the paused interview NAME (or its number from 'resume'),
                        with its answers, after asking 'Delete ...? [y/N]' when you are at
                        a terminal (piped input is not asked). Saved records are not touched.
        With --yes it deletes without asking; with --dry-run it says which paused interview
        would be deleted, and deletes nothing.
        --              ends the options. Any other word starting with '-' is refused.
        """)

    static let yes = CommandOptions.Flag(["--yes", "-y"], help: "delete without asking")
    static let flags = [CommandOptions.dryRun, yes]

    func complete(_ arguments: [String], context: REPLContext) -> [String] {
        let typed = arguments.last ?? ""
        if typed.hasPrefix("-") { return CommandOptions.complete(typed, flags: DiscardCommand.flags) }
        guard arguments.dropLast().allSatisfy({ $0.hasPrefix("-") }) else { return [] }
        return ((try? context.store.listSessions()) ?? []).filter { $0.hasPrefix(typed) }
    }

    func run(_ arguments: [String], rest: String, context: REPLContext) throws -> LineOutcome {
        let options = try CommandOptions(arguments, command: name, flags: DiscardCommand.flags)
        let paused = try InterviewSessionStore.list(store: context.store)
        guard options.operands.count == 1, let wanted = options.operands.first else {
            throw UserError.usage("Say which paused interview to delete: discard NAME (type 'resume' for the list).")
        }
        let chosen = try InterviewSessionStore.choose(wanted, from: paused)
        if let active = context.mode as? InterviewMode, active.sessionName == chosen.name {
            throw UserError("'\(chosen.name)' is running now. Type 'pause' first, then 'discard \(chosen.name)'.")
        }
        let what = "the paused interview '\(chosen.name)' (\(chosen.title), \(chosen.state.answers.count) answer\(chosen.state.answers.count == 1 ? "" : "s"))"
        if options.has(CommandOptions.dryRun) {
            context.say("Dry run: would delete \(what). Nothing was deleted; no saved record would change.")
            return .continueSession
        }
        if !options.has(DiscardCommand.yes), context.confirm("Delete \(what)?") == false {
            context.say("Not deleted: '\(chosen.name)' is still paused (type 'resume \(chosen.name)' to carry on).")
            return .continueSession
        }
        try context.store.deleteSession(chosen.name)
        context.say("Deleted \(what). No saved record was changed.")
        return .continueSession
    }
}
