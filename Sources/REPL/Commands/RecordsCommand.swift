import Foundation
import Records
import Store

/// `records` lists the stored records as a table, filtered by AST, cycle,
/// kind or status; `--json` for scripts (unreadable files included, with why).
struct RecordsCommand: Command {
    let name = "records"
    let summary = "list saved records: records [ast=NAME] [cycle=2025-26] [kind=review] [status=agreed] [--json]"
    let usage = "records [FILTER=VALUE...] [--json]"
    let details = """
    records                     every saved record, one line each
    records ast=zoe kind=review filter by AST name, cycle, kind or status
    records --json              the same as JSON, with files that could not be read and why
    Kinds: planning, evidence, review, support, tour. Status: draft, agreed.
    Paused interviews are listed at the end (resume them with 'resume').
    """
    static let filterKeys = ["ast", "cycle", "kind", "status"]

    func complete(_ arguments: [String], context: REPLContext) -> [String] {
        let last = arguments.last ?? ""
        if let eq = last.firstIndex(of: "=") {
            let key = String(last[..<eq]), typed = String(last[last.index(after: eq)...])
            let values: [String]
            switch key {
            case "kind": values = RecordKind.allCases.map(\.rawValue)
            case "status": values = RecordStatus.allCases.map(\.rawValue)
            case "cycle": values = Array(Set((try? context.store.list().records.map(\.record.cycle)) ?? [])).sorted()
            default: values = []
            }
            return values.filter { $0.hasPrefix(typed) }.map { key + "=" + $0 }
        }
        return (RecordsCommand.filterKeys.map { $0 + "=" } + ["--json"]).filter { $0.hasPrefix(last) }
    }

    func run(_ arguments: [String], rest: String, context: REPLContext) throws -> LineOutcome {
        let args = try RecordArguments(arguments)
        try args.allowOnly(["--json"], command: name)
        var filters: [(String, String)] = []
        for word in args.positional {
            guard let eq = word.firstIndex(of: "="), RecordsCommand.filterKeys.contains(String(word[..<eq])) else {
                throw UserError("'\(word)' is not a filter; use ast=NAME, cycle=2025-26, kind=review or status=agreed")
            }
            filters.append((String(word[..<eq]), String(word[word.index(after: eq)...])))
        }
        let listed: (records: [StoredRecord], unreadable: [UnreadableRecord])
        do { listed = try context.store.list() } catch { throw UserError("\(error)") }
        let records = listed.records.filter { s in filters.allSatisfy { matches(s, $0.0, $0.1) } }
        let sessions = (try? context.store.listSessions()) ?? []
        if args.flags.contains("--json") {
            struct Out: Codable { var records: [RecordSummaryJSON]; var unreadable: [UnreadableJSON]; var sessions: [String] }
            context.output.write(try JSONText.encode(Out(records: records.map(RecordSummaryJSON.init),
                                                         unreadable: listed.unreadable.map { UnreadableJSON(path: $0.path, reason: $0.reason) },
                                                         sessions: sessions)) + "\n")
            return .continueSession
        }
        if records.isEmpty {
            context.say(listed.records.isEmpty ? "No records yet. Start one with an interview, or bring files in with 'import FILE'." : "No record matches those filters (\(listed.records.count) records in all).")
        } else {
            context.output.write(table(records) + "\n")
            context.say("\(records.count) record\(records.count == 1 ? "" : "s"). Open one with 'show ID' (Tab completes ids).")
        }
        if !listed.unreadable.isEmpty {
            context.complain("\(listed.unreadable.count) file\(listed.unreadable.count == 1 ? "" : "s") could not be read (left as they are; fix and list again):")
            for u in listed.unreadable { context.output.writeError("  " + u.reason.replacingOccurrences(of: "\n", with: "\n  ") + "\n") }
        }
        if !sessions.isEmpty { context.say("Paused interviews: \(sessions.joined(separator: ", ")).") }
        return .continueSession
    }

    func matches(_ s: StoredRecord, _ key: String, _ value: String) -> Bool {
        let r = s.record
        switch key {
        case "ast":
            return r.ast.range(of: value, options: [.caseInsensitive, .diacriticInsensitive]) != nil || s.id.rawValue.hasPrefix(value)
        case "cycle": return r.cycle == value
        case "kind": return r.kind.rawValue == value.lowercased()
        case "status": return r.status.rawValue == value.lowercased()
        default: return false
        }
    }

    func table(_ records: [StoredRecord]) -> String {
        let header = ["ID", "AST", "CYCLE", "KIND", "STATUS", "UPDATED"]
        let rows = records.map { [$0.id.rawValue, $0.record.ast, $0.record.cycle, $0.record.kind.rawValue, $0.record.status.rawValue, $0.record.updated] }
        var widths = header.map(\.count)
        for row in rows { for (i, cell) in row.enumerated() { widths[i] = min(max(widths[i], cell.count), 48) } }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { i, c in
                let cell = c.count > widths[i] ? String(c.prefix(widths[i] - 1)) + "…" : c
                return i == cells.count - 1 ? cell : cell.padding(toLength: widths[i], withPad: " ", startingAt: 0)
            }.joined(separator: "  ")
        }
        return ([line(header)] + rows.map(line)).joined(separator: "\n")
    }
}
