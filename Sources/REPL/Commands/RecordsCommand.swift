import Foundation
import Records

/// `records` lists the stored records as a table, filtered by AST, cycle,
/// kind or status; `--json` for scripts (unreadable files included, with why).
struct RecordsCommand: Command {
    let spec = CommandSpec(
        name: "records",
        summary: "list saved records: records [ast=NAME] [cycle=2025-26] [kind=review] [status=agreed] [--json]",
        usage: "records [FILTER=VALUE...] [--json]",
        options: [OptionSpec("--json", help: "the same as JSON, with files that could not be read and why")],
        details: """
        records                     every saved record, one line each
        records ast=zoe kind=review filter by AST name, cycle, kind or status
        records --json              the same as JSON, with files that could not be read and why
        Kinds: planning, evidence, review, support, tour. Status: draft, agreed.
        Paused interviews are listed at the end (resume them with 'resume').
        """, pagesAtPrompt: true)
    static let filterKeys = ["ast", "cycle", "kind", "status"]

    func complete(_ arguments: [String], context: REPLContext) -> [String] {
        let last = arguments.last ?? ""
        if let eq = last.firstIndex(of: "=") {
            let key = String(last[..<eq]), typed = String(last[last.index(after: eq)...])
            let values: [String]
            switch key {
            case "kind": values = RecordKind.allCases.map(\.rawValue)
            case "status": values = RecordStatus.allCases.map(\.rawValue)
            case "cycle":
                var cycles = Set<String>()
                _ = try? context.store.summaries { cycles.insert($0.cycle) }
                values = cycles.sorted()
            case "ast":
                // A name's later words continue it (ast=Zoë Ní Bhriain), so it is offered whole.
                var asts = Set<String>()
                _ = try? context.store.summaries { asts.insert($0.ast) }
                values = asts.sorted()
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
            // Words after ast=... without an '=' continue the name: ast=Zoë Ní Bhriain.
            if !word.contains("="), let last = filters.last, last.0 == "ast" {
                filters[filters.count - 1].1 += " " + word
                continue
            }
            guard let eq = word.firstIndex(of: "="), RecordsCommand.filterKeys.contains(String(word[..<eq])) else {
                throw UserError.usage("'\(word)' is not a filter; use ast=NAME, cycle=2025-26, kind=review or status=agreed")
            }
            let key = String(word[..<eq]), value = String(word[word.index(after: eq)...])
            let allowed: [String] = key == "kind" ? RecordKind.allCases.map(\.rawValue)
                : key == "status" ? RecordStatus.allCases.map(\.rawValue) : []
            if !allowed.isEmpty, !allowed.contains(value.lowercased()) {
                throw UserError.usage("'\(value)' is not a record \(key); use one of: \(allowed.joined(separator: ", "))")
            }
            if key == "cycle" {
                // One form for cycles: cycle=2026/27 finds the records of 2026-27.
                switch Cycle.parse(value) {
                case .success(let c): filters.append((key, c.description))
                case .failure(let problem): throw UserError.usage(problem.description)
                }
                continue
            }
            filters.append((key, value))
        }
        var total = 0
        var records: [RecordSummaryJSON] = []
        let unreadable = try RecordScan.summaries(context) { s in
            total += 1
            if filters.allSatisfy({ matches(s, $0.0, $0.1) }) { records.append(RecordSummaryJSON(s)) }
        }
        let sessions = (try? context.store.listSessions()) ?? []
        if args.flags.contains("--json") {
            struct Out: Codable { var records: [RecordSummaryJSON]; var unreadable: [UnreadableJSON]; var sessions: [String] }
            context.output.write(try JSONText.encode(Out(records: records,
                                                         unreadable: unreadable.map { UnreadableJSON(path: $0.path, reason: $0.reason) },
                                                         sessions: sessions)) + "\n")
            return .continueSession
        }
        if records.isEmpty {
            context.say(total == 0 ? "No records yet. Start one with an interview, or bring files in with 'import FILE'." : "No record matches those filters (\(total) records in all).")
        } else {
            context.output.write(table(records, lineWidth: context.outputIsTerminal ? context.style.wrapWidth : nil) + "\n")
            context.say("\(records.count) record\(records.count == 1 ? "" : "s"). Open one with 'show ID' (Tab completes ids).")
        }
        if !unreadable.isEmpty {
            context.complain("\(unreadable.count) file\(unreadable.count == 1 ? "" : "s") could not be read (left as they are; fix and list again):")
            for u in unreadable { context.output.writeError("  " + u.reason.replacingOccurrences(of: "\n", with: "\n  ") + "\n") }
        }
        if !sessions.isEmpty { context.say("Paused interviews: \(sessions.joined(separator: ", ")).") }
        return .continueSession
    }

    func matches(_ r: RecordSummary, _ key: String, _ value: String) -> Bool {
        switch key {
        case "ast":
            return r.ast.range(of: value, options: [.caseInsensitive, .diacriticInsensitive]) != nil || r.id.rawValue.hasPrefix(value)
        case "cycle": return Cycle.canonical(r.cycle) == value
        case "kind": return r.kind.rawValue == value.lowercased()
        case "status": return r.status.rawValue == value.lowercased()
        default: return false
        }
    }

    /// The records as aligned columns; on a terminal (`lineWidth` given) the
    /// AST name (to 12 columns), then the id (keeping its distinctive end),
    /// then the name again give way so no row wraps.
    func table(_ records: [RecordSummaryJSON], lineWidth: Int? = nil) -> String {
        let header = ["ID", "AST", "CYCLE", "KIND", "STATUS", "UPDATED"]
        let rows = records.map(\.cells)
        var widths = header.map(\.count)
        for row in rows { for (i, cell) in row.enumerated() { widths[i] = min(max(widths[i], displayCount(cell)), 48) } }
        widths = ColumnFit.fit(widths, gap: 2, lineWidth: lineWidth,
                               giving: [.init(column: 1, minimum: 12), .init(column: 0, minimum: 18), .init(column: 1, minimum: 8)])
        // Built as bytes: a hundred thousand rows make no string per cell.
        var out: [UInt8] = []
        out.reserveCapacity((rows.count + 1) * (widths.reduce(0, +) + 12))
        func add(_ cells: [String]) {
            for (i, c) in cells.enumerated() {
                let n = displayCount(c)
                if n > widths[i] {
                    // An id keeps its end, which tells one record from
                    // another ("…2025-26-review"); other cells keep their start.
                    let kept = i == 0 ? "…" + String(c.suffix(widths[i] - 1)) : String(c.prefix(widths[i] - 1)) + "…"
                    out.append(contentsOf: kept.utf8)
                } else {
                    out.append(contentsOf: c.utf8)
                }
                if i < cells.count - 1 {
                    out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: widths[i] - min(n, widths[i]) + 2))
                } else {
                    out.append(UInt8(ascii: "\n"))
                }
            }
        }
        add(header)
        for row in rows { add(row) }
        out.removeLast()
        return String(decoding: out, as: UTF8.self)
    }

    /// Characters in a cell: its byte count when it is plain ASCII (most
    /// cells; counting characters is slow over a hundred thousand rows).
    func displayCount(_ s: String) -> Int {
        var s = s
        let ascii = s.withUTF8 { $0.allSatisfy { $0 < 0x80 } }
        return ascii ? s.utf8.count : s.count
    }
}
