import Foundation
import Records

/// `find TEXT` searches every record's text (names, answers, conclusions,
/// notes), ignoring case and accents.
struct FindCommand: Command {
    let spec = CommandSpec(
        name: "find",
        summary: "search the text of every record: find TEXT [--json]",
        usage: "find TEXT [--json]",
        options: [OptionSpec("--json", help: "the matches as JSON, for scripts")],
        details: """
        find fractions        records whose text mentions 'fractions' (case and accents ignored), with the matching line
        find "pay range"      a phrase
        find TEXT --json      the matches as JSON
        """, pagesAtPrompt: true)

    func run(_ arguments: [String], rest: String, context: REPLContext) throws -> LineOutcome {
        let args = try RecordArguments(arguments)
        try args.allowOnly(["--json"], command: name)
        let needle = args.positional.joined(separator: " ")
        guard !needle.isEmpty else { throw UserError.usage("Usage: \(usage)") }
        var searched = 0
        var hits: [(StoredRecord, String)] = []
        let matcher = TextMatcher(needle)
        _ = try RecordScan.each(context) { s in
            searched += 1
            if let line = RecordText.searchable(s.record).first(where: matcher.matches) {
                var summary = s
                summary.record.fields = []
                summary.record.notes = ""
                summary.record.conclusions = []
                hits.append((summary, line))
            }
        }
        if args.flags.contains("--json") {
            struct Hit: Codable { var id, ast, kind, cycle, match: String }
            context.output.write(try JSONText.encode(hits.map { Hit(id: $0.0.id.rawValue, ast: $0.0.record.ast, kind: $0.0.record.kind.rawValue, cycle: $0.0.record.cycle, match: $0.1) }) + "\n")
            return .continueSession
        }
        guard !hits.isEmpty else {
            context.say("No record mentions '\(needle)' (\(searched) records searched).")
            return .continueSession
        }
        for (s, line) in hits {
            let shown = TerminalText.visible(line, keepNewlines: false)
            let snippet = shown.count > 90 ? String(shown.prefix(89)) + "…" : shown
            let ast = TerminalText.visible(s.record.ast, keepNewlines: false), cycle = TerminalText.visible(s.record.cycle, keepNewlines: false)
            context.output.write("\(TextFormatting.bold(TerminalText.visible(s.id.rawValue, keepNewlines: false), context.style))  \(ast) · \(s.record.kind.rawValue) · \(cycle)\n    \(snippet)\n")
        }
        context.say("\(hits.count) record\(hits.count == 1 ? "" : "s") found.")
        return .continueSession
    }
}

/// Case- and accent-insensitive substring test, with a fast path that skips
/// Foundation when the text cannot contain the needle's letters.
struct TextMatcher {
    let needle: String
    /// The needle folded to lowercase ASCII when it is plain ASCII letters, digits and spaces.
    let asciiNeedle: [UInt8]?

    init(_ needle: String) {
        self.needle = needle
        let folded = needle.lowercased()
        asciiNeedle = folded.utf8.allSatisfy { $0 < 128 } ? Array(folded.utf8) : nil
    }

    func matches(_ text: String) -> Bool {
        guard let n = asciiNeedle, !n.isEmpty else {
            return text.range(of: needle, options: [.caseInsensitive, .diacriticInsensitive]) != nil
        }
        // ASCII needle: compare bytes case-insensitively; text with non-ASCII
        // letters (accents) falls back to Foundation so 'zoe' still finds 'Zoë'.
        var hasNonASCII = false
        let found = text.utf8.withContiguousStorageIfAvailable { t -> Bool in
            if t.count < n.count { hasNonASCII = t.contains { $0 >= 128 }; return false }
            outer: for i in 0...(t.count - n.count) {
                for j in 0..<n.count {
                    var c = t[i + j]
                    if c >= 65 && c <= 90 { c += 32 }
                    if c != n[j] { continue outer }
                }
                return true
            }
            hasNonASCII = t.contains { $0 >= 128 }
            return false
        }
        if found == true { return true }
        if found == nil || hasNonASCII {
            return text.range(of: needle, options: [.caseInsensitive, .diacriticInsensitive]) != nil
        }
        return false
    }
}
