import Records

/// `show ID` prints one record in full; `--json` as JSON, `--file` as the
/// stored file itself.
struct ShowCommand: Command {
    let spec = CommandSpec(
        name: "show",
        summary: "show one record in full, or an earlier version: show ID [VERSION] [--json]",
        usage: "show ID [VERSION] [--json]",
        options: [OptionSpec("--json", help: "the record as JSON")],
        details: """
        show ID           the record as readable text (ID from 'records'; Tab completes; a unique part of an id is enough)
        show ID VERSION   an earlier version, as 'history ID' numbers them (1 is the oldest); 'diff ID VERSION'
                          shows what differs from the current record, which is what 'restore ID VERSION' would put back
        show ID --json    the record as JSON ("version" is null for the current record)
        On a terminal long lines are wrapped to its width between words, each value's continuation
        indented under it; into a file or a pipe the lines are left as they are.
        """, pagesAtPrompt: true)

    func complete(_ arguments: [String], context: REPLContext) -> [String] {
        let typed = arguments.last ?? ""
        if typed.hasPrefix("-") { return ["--json"].filter { $0.hasPrefix(typed) } }
        let before = arguments.dropLast().filter { !$0.hasPrefix("-") }
        if before.isEmpty { return RecordLookup.complete(typed, context: context) }
        guard before.count == 1, let versions = try? context.store.history(RecordID(before[0])) else { return [] }
        return versions.map { String($0.number) }.filter { $0.hasPrefix(typed) }
    }

    func run(_ arguments: [String], rest: String, context: REPLContext) throws -> LineOutcome {
        let args = try RecordArguments(arguments)
        try args.allowOnly(["--json"], command: name)
        guard (1...2).contains(args.positional.count) else { throw UserError.usage("Usage: \(usage). Type 'records' for the ids.") }
        let stored: StoredRecord
        var version: Int?
        if args.positional.count == 2 {
            guard let n = Int(args.positional[1]), n > 0 else {
                throw UserError.usage("'\(args.positional[1])' is not a version number: \(usage) (see 'history ID')")
            }
            // An earlier version is found by the record's id, even when its current file is broken.
            let id = args.recordIDEvenIfUnreadable(context: context)
            let record: Record
            do { record = try context.store.loadVersion(id, n) } catch { throw UserError("\(error) ('history \(id)' lists the versions kept.)") }
            stored = StoredRecord(id: id, record: record, revision: "version-\(n)")
            version = n
        } else {
            stored = try RecordLookup.resolve(args.positional[0], context: context)
        }
        if args.flags.contains("--json") {
            var json = RecordJSON(stored)
            json.version = version
            context.output.write(try JSONText.encode(json) + "\n")
        } else {
            if let version {
                context.output.write("Version \(version) of \(TerminalText.visible(stored.id.rawValue, keepNewlines: false)) (from 'history'; "
                                     + "'show \(TerminalText.visible(stored.id.rawValue, keepNewlines: false))' is the current record):\n")
            }
            // On a terminal the record is wrapped to its width at word boundaries;
            // into a file or pipe its lines are left whole.
            context.output.write(RecordRendering.text(stored, style: context.style, guidance: context.guidance,
                                                      width: context.outputIsTerminal ? context.style.wrapWidth : nil) + "\n")
        }
        return .continueSession
    }
}

/// A whole record as JSON.
struct RecordJSON: Encodable {
    var id: String
    var revision: String
    var record: Record
    /// The `history` number of an earlier version; nil for the current record.
    var version: Int?

    init(_ s: StoredRecord) {
        id = s.id.rawValue
        revision = s.revision
        record = s.record
    }

    enum Keys: String, CodingKey { case id, revision, version, schema, kind, status, ast, cycle, created, updated, fields, conclusions, agreement, notes, extra }

    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: Keys.self)
        try c.encode(id, forKey: .id)
        try c.encode(revision, forKey: .revision)
        try c.encode(version, forKey: .version)
        try c.encode(record.schema, forKey: .schema)
        try c.encode(record.kind.rawValue, forKey: .kind)
        try c.encode(record.status.rawValue, forKey: .status)
        try c.encode(record.ast, forKey: .ast)
        try c.encode(record.cycle, forKey: .cycle)
        try c.encode(record.created, forKey: .created)
        try c.encode(record.updated, forKey: .updated)
        try c.encode(record.fields.map(FieldJSON.init), forKey: .fields)
        try c.encode(record.conclusions.map { ["text": AnyJSON.text($0.text), "cites": .list($0.cites.map(AnyJSON.text)), "because": .list($0.because.map(AnyJSON.text))] }, forKey: .conclusions)
        if let a = record.agreement {
            try c.encode(["line_manager": AnyJSON.text(a.lineManager), "ast": .text(a.ast), "date": .text(a.date), "comments": .list(a.comments.map(AnyJSON.text))], forKey: .agreement)
        }
        try c.encode(record.notes, forKey: .notes)
        try c.encode(record.extra.map(FieldJSON.init), forKey: .extra)
    }
}

/// A field as `{"key": ..., "value": ...}`, keeping order.
struct FieldJSON: Encodable {
    var key: String
    var value: AnyJSON
    init(_ f: RecordField) { key = f.key; value = AnyJSON(f.value) }
}

indirect enum AnyJSON: Encodable {
    case text(String), list([AnyJSON]), fields([FieldJSON])
    init(_ v: RecordValue) {
        switch v {
        case .text(let s): self = .text(s)
        case .list(let items): self = .list(items.map(AnyJSON.init))
        case .map(let fields): self = .fields(fields.map(FieldJSON.init))
        }
    }
    func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        switch self {
        case .text(let s): try c.encode(s)
        case .list(let items): try c.encode(items)
        case .fields(let f): try c.encode(f)
        }
    }
}
