import Foundation
import Guidance
import Records

/// Arguments of the record commands: words, `--flags`, options with values
/// (`--format html`, `--format=html`, `-o FILE`) and `key=value` filters.
struct RecordArguments {
    var positional: [String] = []
    var flags: Set<String> = []
    var options: [String: String] = [:]

    init(_ words: [String], valued: Set<String> = []) throws {
        var i = 0
        while i < words.count {
            let w = words[i]
            if w == "--" {
                // The end of the options: `find -- -5%` searches for '-5%'.
                positional += words[(i + 1)...]
                break
            }
            if w.hasPrefix("-") && w.count > 1 {
                if let eq = w.firstIndex(of: "="), valued.contains(String(w[..<eq])) {
                    options[String(w[..<eq])] = String(w[w.index(after: eq)...])
                } else if valued.contains(w) {
                    guard i + 1 < words.count else { throw UserError.usage("'\(w)' needs a value after it") }
                    options[w] = words[i + 1]
                    i += 1
                } else {
                    flags.insert(w)
                }
            } else {
                positional.append(w)
            }
            i += 1
        }
    }

    /// The arguments of a command that takes exactly one record id and
    /// `--json` (history, log): anything else is a usage error.
    static func oneRecordID(_ words: [String], command: String, usage: String) throws -> RecordArguments {
        let args = try RecordArguments(words)
        try args.allowOnly(["--json"], command: command)
        guard args.positional.count == 1 else { throw UserError.usage("Usage: \(usage)") }
        return args
    }

    /// The record the first word names: completed from a partial id when it
    /// matches one, else taken as an exact id, so a record that is gone or whose
    /// current file cannot be read still has its history and its trail.
    func recordIDEvenIfUnreadable(context: REPLContext) -> RecordID {
        (try? RecordLookup.resolve(positional[0], context: context).id) ?? RecordID(positional[0])
    }

    /// Refuses flags the command does not know, naming the ones it does.
    func allowOnly(_ known: [String], command: String) throws {
        for f in flags where !known.contains(f) {
            throw UserError.usage("'\(command)' has no option '\(f)'" + (known.isEmpty ? "." : "; it takes: \(known.joined(separator: ", "))."))
        }
    }
}

/// Finding records by id (exact, or a unique part of one) and listing ids for
/// tab completion, through the store's own lookups.
enum RecordLookup {
    static func resolve(_ text: String, context: REPLContext) throws -> StoredRecord {
        do {
            return try context.store.lookup(text)
        } catch let e as RecordStoreError {
            throw UserError(e.description)
        }
    }

    /// Record ids starting with `prefix`, for tab completion.
    static func complete(_ prefix: String, context: REPLContext) -> [String] {
        guard let ids = try? context.store.ids(withPrefix: prefix) else { return [] }
        return ids.map(\.rawValue)
    }
}

/// Visiting every record without holding them all: headers for listings,
/// whole records for searching text. Store errors become user errors.
enum RecordScan {
    static func summaries(_ context: REPLContext, _ visit: (RecordSummary) throws -> Void) throws -> [UnreadableRecord] {
        do { return try context.store.summaries(visit) } catch let e as UserError { throw e } catch { throw UserError("\(error)") }
    }

    static func each(_ context: REPLContext, _ visit: (StoredRecord) throws -> Void) throws -> [UnreadableRecord] {
        do { return try context.store.scan(visit) } catch let e as UserError { throw e } catch { throw UserError("\(error)") }
    }

    /// The records of one AST (of one cycle and kind, when given).
    static func records(of ast: String, cycle: String? = nil, kind: RecordKind? = nil, context: REPLContext) throws -> RecordMatches {
        do { return try context.store.records(of: ast, cycle: cycle, kind: kind) } catch { throw UserError("\(error)") }
    }
}

extension RecordScan {
    /// `transform` of every record (on the store's reading threads where it has
    /// them), nil results left out, in id order.
    static func map<T>(_ context: REPLContext, _ transform: @escaping @Sendable (StoredRecord) -> T?) throws -> (values: [T], unreadable: [UnreadableRecord]) {
        try map(context.store, transform)
    }

    static func map<T>(_ store: RecordStore, _ transform: @escaping @Sendable (StoredRecord) -> T?) throws -> (values: [T], unreadable: [UnreadableRecord]) {
        var values: [T] = []
        do {
            let unreadable = try store.scan(transform: transform) { values.append($0) }
            return (values, unreadable)
        } catch let e as UserError {
            throw e
        } catch {
            throw UserError("\(error)")
        }
    }
}

/// Pads `s` with spaces to `width` characters (no Foundation bridging).
func padded(_ s: String, _ width: Int) -> String {
    let n = s.count
    return n >= width ? s : s + String(repeating: " ", count: width - n)
}

/// A record as readable text for `show`.
enum RecordRendering {
    /// Field key → the label its interview step uses ("ast-name" → "AST"), for
    /// records of `kind`; keys no interview knows fall back to the key itself.
    static func labels(for kind: RecordKind, in guidance: GuidanceSet) -> [String: String] {
        var out: [String: String] = [:]
        for interview in guidance.interviews where interview.record.kind.value == kind.rawValue {
            for step in interview.allSteps where !step.label.isEmpty {
                let shown = step.label.prefix(1).uppercased() + step.label.dropFirst()
                for key in Set([step.id, step.field]) where !key.isEmpty && out[key] == nil { out[key] = shown }
            }
        }
        return out
    }

    /// The label `show` gives a field key of a record of `kind`.
    static func labeler(for kind: RecordKind, guidance: GuidanceSet?) -> (String) -> String {
        let names = guidance.map { labels(for: kind, in: $0) } ?? [:]
        return { names[$0] ?? RecordText.label($0) }
    }

    /// The record as text; with `width`, each line is wrapped to it at word
    /// boundaries, continuation lines hanging under the value (`show` on a
    /// terminal). Without, lines are as long as their values (a file or pipe).
    static func text(_ stored: StoredRecord, style: OutputStyle, guidance: GuidanceSet? = nil, width: Int? = nil) -> String {
        let shown = lines(stored, style: style, guidance: guidance)
        guard let width else { return shown.map(\.text).joined(separator: "\n") }
        return shown.map { HangingWrap.wrap($0.text, width: width, hang: $0.hang) }.joined(separator: "\n")
    }

    /// One line of a shown record and where its continuation lines start.
    struct Line {
        var text: String
        var hang: Int
        init(_ text: String, hang: Int = 0) {
            self.text = text
            self.hang = hang
        }
    }

    static func lines(_ stored: StoredRecord, style: OutputStyle, guidance: GuidanceSet?) -> [Line] {
        let r = stored.record
        let names = guidance.map { labels(for: r.kind, in: $0) } ?? [:]
        func label(_ key: String) -> String { names[key] ?? RecordText.label(key) }
        func one(_ s: String) -> String { TerminalText.visible(s, keepNewlines: false) }
        var lines = [Line(TextFormatting.bold("\(RecordText.title(r.kind)) — \(one(r.ast)) — cycle \(one(r.cycle))", style)),
                     Line("Record \(one(stored.id.rawValue)) · \(r.status.rawValue) · created \(one(r.created)) · updated \(one(r.updated))", hang: 2)]
        if !r.fields.isEmpty || !r.extra.isEmpty {
            lines.append(Line(""))
            for f in r.fields + r.extra { lines += value(label(f.key), f.value, indent: "", label: label) }
        }
        if !r.conclusions.isEmpty {
            lines += [Line(""), Line(TextFormatting.bold("Conclusions", style))]
            for c in r.conclusions {
                var line = "- \(c.text)"
                if !c.cites.isEmpty { line += " " + TextFormatting.cite("[\(c.cites.joined(separator: ", "))]", style) }
                lines.append(Line(line, hang: 2))
            }
        }
        if r.agreement != nil || r.kind != .tour { lines.append(Line("")) }
        if let a = r.agreement {
            lines.append(Line("Agreed on \(one(a.date)) by \(one(a.lineManager)) (line manager) and \(one(a.ast)) (AST).", hang: 2))
            lines += a.comments.map { Line("  Comment: \($0)", hang: 4) }
        } else if r.kind != .tour {
            lines.append(Line("Not yet agreed."))
        }
        if !r.notes.isEmpty {
            lines += [Line(""), Line(TextFormatting.bold("Notes", style))]
            lines += r.notes.split(separator: "\n", omittingEmptySubsequences: false).map { Line(String($0), hang: noteHang(String($0))) }
        }
        return lines
    }

    /// A Markdown line's continuation: under the text of a list item ("- ", "* ", "12. "), else under the line.
    static func noteHang(_ line: String) -> Int {
        let leading = line.prefix { $0 == " " }.count
        let body = line.dropFirst(leading)
        if body.hasPrefix("- ") || body.hasPrefix("* ") || body.hasPrefix("+ ") { return leading + 2 }
        let digits = body.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty, body.dropFirst(digits.count).hasPrefix(". ") { return leading + digits.count + 2 }
        return leading
    }

    /// A field as lines: "Label: value", its continuation two columns further in.
    static func value(_ label: String, _ v: RecordValue, indent: String, label name: (String) -> String = RecordText.label) -> [Line] {
        let hang = indent.count + 2
        switch v {
        case .text(let s):
            let parts = s.split(separator: "\n", omittingEmptySubsequences: false)
            return [Line("\(indent)\(label): \(parts.first ?? "")", hang: hang)] + parts.dropFirst().map { Line("\(indent)  \($0)", hang: hang) }
        case .list(let items):
            if items.isEmpty { return [Line("\(indent)\(label): (none)", hang: hang)] }
            var out = [Line("\(indent)\(label):", hang: hang)]
            for item in items {
                switch item {
                case .text(let s):
                    out.append(Line("\(indent)  - \(s.replacingOccurrences(of: "\n", with: " "))", hang: indent.count + 4))
                case .map(let fields) where !fields.isEmpty:
                    // "- First: ..." then the other fields aligned under it.
                    let lines = fields.flatMap { value(name($0.key), $0.value, indent: indent + "    ", label: name) }
                    out += lines.enumerated().map { i, l in
                        i == 0 ? Line(indent + "  - " + l.text.dropFirst(indent.count + 4), hang: l.hang) : l
                    }
                default:
                    out += value("-", item, indent: indent + "  ", label: name)
                }
            }
            return out
        case .map(let fields):
            if fields.isEmpty { return [Line("\(indent)\(label): (none)", hang: hang)] }
            return [Line("\(indent)\(label):", hang: hang)] + fields.flatMap { value(name($0.key), $0.value, indent: indent + "  ", label: name) }
        }
    }
}

/// JSON shapes of the record commands (stable keys, for scripts).
struct RecordSummaryJSON: Codable {
    var id, ast, cycle, kind, status, created, updated: String
    /// Display widths, computed once.
    /// One line each: a newline or tab in a hand-edited value cannot forge a row.
    var cells: [String] { [id, ast, cycle, kind, status, updated].map { TerminalText.visible($0, keepNewlines: false) } }
    init(_ s: RecordSummary) {
        id = s.id.rawValue; ast = s.ast; cycle = s.cycle; kind = s.kind.rawValue
        status = s.status.rawValue; created = s.created; updated = s.updated
    }
}

struct UnreadableJSON: Codable {
    var path, reason: String
}

