import Records

/// `history ID` lists the earlier versions kept for a record.
struct HistoryCommand: Command {
    let spec = CommandSpec(
        name: "history",
        summary: "earlier versions of a record: history ID",
        usage: "history ID [--json]",
        options: [OptionSpec("--json", help: "the versions as JSON, for scripts")],
        details: """
        history ID      every earlier version kept for the record, numbered from 1 (oldest)
        See one with 'show ID VERSION', what changed with 'diff ID [V1 [V2]]', and put one back with
        'restore ID VERSION'.
        """, pagesAtPrompt: true)

    func complete(_ arguments: [String], context: REPLContext) -> [String] {
        arguments.count == 1 ? RecordLookup.complete(arguments[0], context: context) : []
    }

    func run(_ arguments: [String], rest: String, context: REPLContext) throws -> LineOutcome {
        let args = try RecordArguments.oneRecordID(arguments, command: name, usage: usage)
        let store = context.store
        // A record whose current file is broken still has its history, by exact id.
        let id = args.recordIDEvenIfUnreadable(context: context)
        let versions: [RecordVersion]
        do { versions = try store.history(id) } catch { throw UserError("\(error)") }
        if args.flags.contains("--json") {
            context.output.write(try JSONText.encode(CommandJSON.History(id: id, versions: versions)) + "\n")
            return .continueSession
        }
        guard !versions.isEmpty else {
            context.say("\(id) has not been changed since it was first saved, so there are no earlier versions.")
            return .continueSession
        }
        var lines = ["Earlier versions of \(id) (the current one is not listed):"]
        for v in versions {
            lines.append("  \(v.number)  updated \(v.updated ?? "?")  \(v.status?.rawValue ?? "unreadable")" + (v.savedBy.map { "  saved by \($0)" } ?? ""))
        }
        lines.append("Put one back with 'restore \(id) VERSION' (the current version is kept too).")
        context.say(lines.joined(separator: "\n"))
        return .continueSession
    }
}
