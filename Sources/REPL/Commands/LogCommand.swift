import Records

/// `log ID`: a record's audit trail in a git store, one line per commit
/// that changed it (date, author, message), newest first.
struct LogCommand: Command {
    let spec = CommandSpec(
        name: "log",
        summary: "a record's audit trail in a git store (date, author, what changed): log ID",
        usage: "log ID [--json]",
        options: [OptionSpec("--json", help: "the commits as JSON, for scripts")],
        details: """
        log ID          every commit that changed the record, newest first: when, who (git's author)
                        and what changed ("astpm: save 2025-26/review for ... (version 3)"), from every
                        machine that synced. Only a git store has one ('store init --git').
        log ID --json   {"schema": 1, "id", "entries": [{"commit", "date", "author", "email", "message"}]}
        'history ID' lists the earlier versions kept on this machine.
        """, pagesAtPrompt: true)

    func complete(_ arguments: [String], context: REPLContext) -> [String] {
        arguments.count == 1 ? RecordLookup.complete(arguments[0], context: context) : []
    }

    func run(_ arguments: [String], rest: String, context: REPLContext) throws -> LineOutcome {
        let args = try RecordArguments.oneRecordID(arguments, command: name, usage: usage)
        guard let shared = context.store.sharing else {
            throw UserError("\(SharingError.notShared(store: context.storeDescription))")
        }
        // A record that is gone, or whose file cannot be read, still has its trail, by exact id.
        let id = args.recordIDEvenIfUnreadable(context: context)
        let entries: [AuditEntry]
        do { entries = try shared.auditTrail(id) } catch { throw UserError("\(error)") }
        if args.flags.contains("--json") {
            let list = entries.map { e in
                JSONText.Value.object([("commit", .string(e.commit)), ("date", .string(e.date)), ("author", .string(e.author)),
                                       ("email", .string(e.email)), ("message", .string(e.message))])
            }
            context.output.write(JSONText.object([("schema", .number(Double(CommandJSON.schema))), ("id", .string(id.rawValue)),
                                                  ("entries", .array(list))]) + "\n")
            return .continueSession
        }
        guard !entries.isEmpty else {
            throw UserError("git has no commit of \(id): it was never saved in this git store (type 'records' to list them)")
        }
        var lines = ["Audit trail of \(id) (newest first):"]
        for e in entries {
            lines.append("  \(e.date)  \(e.author) <\(e.email)>  \(e.message)")
        }
        context.say(lines.joined(separator: "\n"))
        return .continueSession
    }
}
