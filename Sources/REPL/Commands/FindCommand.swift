import Foundation
import Records
import Store

/// `find TEXT` searches every record's text (names, answers, conclusions,
/// notes), ignoring case and accents.
struct FindCommand: Command {
    let name = "find"
    let summary = "search the text of every record: find TEXT [--json]"
    let usage = "find TEXT [--json]"
    let details = """
    find fractions        records whose text mentions 'fractions' (case and accents ignored), with the matching line
    find "pay range"      a phrase
    find TEXT --json      the matches as JSON
    """

    func run(_ arguments: [String], rest: String, context: REPLContext) throws -> LineOutcome {
        let args = try RecordArguments(arguments)
        try args.allowOnly(["--json"], command: name)
        let needle = args.positional.joined(separator: " ")
        guard !needle.isEmpty else { throw UserError("Usage: \(usage)") }
        let listed: [StoredRecord]
        do { listed = try context.store.list().records } catch { throw UserError("\(error)") }
        var hits: [(StoredRecord, String)] = []
        for s in listed {
            if let line = RecordText.searchable(s.record).first(where: { $0.range(of: needle, options: [.caseInsensitive, .diacriticInsensitive]) != nil }) {
                hits.append((s, line))
            }
        }
        if args.flags.contains("--json") {
            struct Hit: Codable { var id, ast, kind, cycle, match: String }
            context.output.write(try JSONText.encode(hits.map { Hit(id: $0.0.id.rawValue, ast: $0.0.record.ast, kind: $0.0.record.kind.rawValue, cycle: $0.0.record.cycle, match: $0.1) }) + "\n")
            return .continueSession
        }
        guard !hits.isEmpty else {
            context.say("No record mentions '\(needle)' (\(listed.count) records searched).")
            return .continueSession
        }
        for (s, line) in hits {
            let snippet = line.count > 90 ? String(line.prefix(89)) + "…" : line
            context.output.write("\(TextFormatting.bold(s.id.rawValue, context.style))  \(s.record.ast) · \(s.record.kind.rawValue) · \(s.record.cycle)\n    \(snippet)\n")
        }
        context.say("\(hits.count) record\(hits.count == 1 ? "" : "s") found.")
        return .continueSession
    }
}
