import Records

/// `restore ID VERSION` puts an earlier version back (keeping the current one
/// in history, so the restore can be undone too).
struct RestoreCommand: Command {
    let name = "restore"
    let summary = "put back an earlier version of a record: restore ID VERSION"
    let usage = "restore ID VERSION"
    let details = """
    restore ID VERSION    makes version VERSION (from 'history ID') the current record.
    The version it replaces is kept in history, so nothing is lost.
    """

    func complete(_ arguments: [String], context: REPLContext) -> [String] {
        if arguments.count == 1 { return RecordLookup.complete(arguments[0], context: context) }
        guard arguments.count == 2, let store = context.store as? RecordHistoryStore,
              let versions = try? store.history(RecordID(arguments[0])) else { return [] }
        return versions.map { String($0.number) }.filter { $0.hasPrefix(arguments[1]) }
    }

    func run(_ arguments: [String], rest: String, context: REPLContext) throws -> LineOutcome {
        guard arguments.count == 2, let version = Int(arguments[1]) else { throw UserError("Usage: \(usage) (VERSION is a number from 'history ID')") }
        guard let store = context.store as? RecordHistoryStore else { throw UserError("This store keeps no earlier versions.") }
        // A record whose current file is broken is restored by its exact id.
        let id = (try? RecordLookup.resolve(arguments[0], context: context).id) ?? RecordID(arguments[0])
        do {
            _ = try store.restore(id, version: version)
        } catch {
            throw UserError("\(error)")
        }
        context.say("Restored version \(version) of \(id). The version it replaced is kept: see 'history \(id)'.")
        return .continueSession
    }
}
