import Foundation
import Records

/// `sync`: exchanges records with a git store's remote (fetch, merge record
/// by record, push), saying what came in, what was merged and which agreed
/// records the other side changed.
struct SyncCommand: Command {
    let spec = CommandSpec(
        name: "sync",
        summary: "send and receive records through the git store's remote (fetch, merge, push)",
        usage: "sync",
        details: """
        sync            fetch from the store's 'origin', merge, push, through the git command and its own
                        credentials (SSH keys, credential helpers: astpm keeps no secrets). Records changed on
                        one side are taken; a record changed on both sides is merged field by field, and an
                        evidence log item by item. A field changed differently on both sides stops the sync
                        with a list of each record and field, and nothing is changed: make them agree, then
                        sync again. An agreed record the other side changed is pointed out (check it with
                        'log ID' and 'show ID'); one merged from changes on both sides becomes a draft to
                        agree again. With no network or no remote, sync says so and changes nothing: saves
                        stay committed here and go at the next sync. At a terminal, each field changed
                        differently on both sides is shown with both values to keep one ([h]ere or
                        [t]here, or [e]dit a text field; Enter stops the sync). Only a git store has a remote
                        ('store init --git REMOTE').
        """)

    func run(_ arguments: [String], rest: String, context: REPLContext) throws -> LineOutcome {
        guard arguments.isEmpty else { throw UserError.usage("'sync' takes no words: \(usage)") }
        guard let shared = context.store.sharing else {
            throw UserError("\(SharingError.notShared(store: context.storeDescription))")
        }
        let report: SyncReport
        do {
            report = try shared.sync(progress: { context.hint($0) }, resolve: context.askLine.map { Self.resolver(asking: $0, context: context) })
        } catch {
            throw UserError("\(error)")
        }
        context.say(Self.summary(report).joined(separator: "\n"))
        return .continueSession
    }

    /// At a terminal, each field changed differently on both sides is shown
    /// with both values and the person picks one; Enter (or end of input) stops
    /// the sync, which then changes nothing. Piped input is never asked.
    static func resolver(asking ask: @escaping (String) -> String?, context: REPLContext) -> SyncResolver {
        { id, conflict in
            context.say("\(id): '\(conflict.field)' was changed differently here and on the other machine.\n"
                        + "  here:  \(conflict.ours ?? "(removed)")\n  there: \(conflict.theirs ?? "(removed)")")
            let question = conflict.editable
                ? "Keep [h]ere, take [t]here or [e]dit it? (Enter stops the sync) "
                : "Keep [h]ere or take [t]here? (Enter stops the sync) "
            for _ in 0..<5 {
                guard let answer = ask(question) else { return nil }
                switch answer.trimmingCharacters(in: .whitespaces).lowercased() {
                case "h", "here": return .ours
                case "t", "there": return .theirs
                case "e" where conflict.editable, "edit" where conflict.editable:
                    // A new value typed in full; an empty one goes back to the choice.
                    guard let typed = ask("New value for '\(conflict.field)' (one line; Enter to go back): ") else { return nil }
                    let value = typed.trimmingCharacters(in: .whitespaces)
                    if !value.isEmpty { return .typed(value) }
                case "", "s", "stop": return nil
                default:
                    context.say(conflict.editable
                        ? "Type h to keep this machine's value, t to take the other's, e to type a new one, or press Enter to stop."
                        : "Type h to keep this machine's value, t to take the other's, or press Enter to stop.")
                }
            }
            return nil
        }
    }

    /// What a sync did, in lines.
    static func summary(_ report: SyncReport) -> [String] {
        var lines: [String] = []
        if report.committedPending > 0 {
            lines.append("Committed \(report.committedPending) file\(report.committedPending == 1 ? "" : "s") saved here earlier but not yet committed.")
        }
        if !report.received.isEmpty {
            lines.append("Received \(report.received.count) changed record\(report.received.count == 1 ? "" : "s") from origin: " + list(report.received) + ".")
        }
        if !report.merged.isEmpty {
            lines.append("Merged field by field (changed here and on origin): " + list(report.merged) + ".")
        }
        if !report.agreedChanged.isEmpty {
            lines.append("Agreed records changed on another machine; look at each ('log ID', 'show ID'):")
            for change in report.agreedChanged {
                let notes = [change.savedBy.map { "saved by \($0)" },
                             change.madeDraft ? "changed here too, so now a draft to agree again" : nil].compactMap { $0 }
                lines.append("  \(change.id)" + (notes.isEmpty ? "" : "  (" + notes.joined(separator: "; ") + ")"))
            }
        }
        if report.settled > 0 {
            lines.append("Settled \(report.settled) field\(report.settled == 1 ? "" : "s") changed on both sides as you picked.")
        }
        if report.retries > 0 {
            lines.append("Someone sent changes while this sync ran; they were fetched and merged too (\(report.retries) time\(report.retries == 1 ? "" : "s")).")
        }
        if report.pushed > 0 {
            lines.append("Sent \(report.pushed) commit\(report.pushed == 1 ? "" : "s") to origin.")
        }
        if lines.isEmpty { lines.append("Already up to date with origin: nothing to receive or send.") }
        return lines
    }

    private static func list(_ ids: [RecordID]) -> String {
        let shown = ids.prefix(8).map(\.rawValue).joined(separator: ", ")
        return ids.count > 8 ? shown + " and \(ids.count - 8) more" : shown
    }
}
