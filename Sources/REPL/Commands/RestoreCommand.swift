import Records

/// `restore [--dry-run] ID VERSION` puts an earlier version back (keeping the
/// current one in history, so the restore can be undone too); with `--dry-run`
/// it says what would be restored and changes nothing.
struct RestoreCommand: Command {
    let spec = CommandSpec(
        name: "restore",
        summary: "put back an earlier version of a record: restore [--dry-run] ID VERSION",
        usage: "restore [--dry-run|-n] [--] ID VERSION",
        options: RestoreCommand.flags,
        details: """
        restore ID VERSION   makes version VERSION (from 'history ID') the current record.
                             The version it replaces is kept in history, so nothing is lost.
        With --dry-run it says which version would become current and where the current one
        would be kept. Nothing is changed.
        Before restoring, 'diff ID VERSION' lists field by field what the restore would change back and
        'show ID VERSION' prints that version whole; afterwards 'diff ID' shows what it changed, and the
        version it replaced can be restored in turn, so a restore is an undo you can check and undo.
        --                   ends the options. Any other word starting with '-' is refused.
        """)

    static let flags = [CommandOptions.dryRun]

    func complete(_ arguments: [String], context: REPLContext) -> [String] {
        let typed = arguments.last ?? ""
        if typed.hasPrefix("-") { return CommandOptions.complete(typed, flags: RestoreCommand.flags) }
        let before = arguments.dropLast().filter { !$0.hasPrefix("-") }
        if before.isEmpty { return RecordLookup.complete(typed, context: context) }
        guard before.count == 1, let versions = try? context.store.history(RecordID(before[0])) else { return [] }
        return versions.map { String($0.number) }.filter { $0.hasPrefix(typed) }
    }

    func run(_ arguments: [String], rest: String, context: REPLContext) throws -> LineOutcome {
        let options = try CommandOptions(arguments, command: name, flags: RestoreCommand.flags)
        let operands = options.operands
        guard operands.count == 2, let version = Int(operands[1]) else { throw UserError.usage("Usage: \(usage) (VERSION is a number from 'history ID')") }
        let store = context.store
        // A record whose current file is broken is restored by its exact id.
        let id = (try? RecordLookup.resolve(operands[0], context: context).id) ?? RecordID(operands[0])
        if options.has(CommandOptions.dryRun) {
            let wanted: Record
            let kept: Int
            do {
                wanted = try store.loadVersion(id, version)
                kept = try store.history(id).count + 1
            } catch {
                throw UserError("\(error)")
            }
            let current = (try? store.load(id)).map { "the current version (\($0.record.status.rawValue), updated \($0.record.updated))" } ?? "the current file"
            context.say("Dry run: would make version \(version) of \(id) (\(wanted.status.rawValue), updated \(wanted.updated)) the current record; "
                        + "\(current) would be kept as version \(kept) in 'history \(id)'. Nothing was changed.")
            return .continueSession
        }
        let restored: StoredRecord
        do {
            restored = try store.restore(id, version: version)
        } catch {
            throw UserError("\(error)")
        }
        context.say("Restored version \(version) of \(id). The version it replaced is kept: see 'history \(id)'.")
        if let warning = restored.warning { context.note("Warning: \(warning).") }
        return .continueSession
    }
}
