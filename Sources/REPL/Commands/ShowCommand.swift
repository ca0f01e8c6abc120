import Records

/// `show ID` prints one record in full; `--json` as JSON, `--file` as the
/// stored file itself.
struct ShowCommand: Command {
    let spec = CommandSpec(
        name: "show",
        summary: "show one record in full: show ID [--json]",
        usage: "show ID [--json]",
        options: [OptionSpec("--json", help: "the record as JSON")],
        details: """
        show ID           the record as readable text (ID from 'records'; Tab completes; a unique part of an id is enough)
        show ID --json    the record as JSON
        On a terminal long lines are wrapped to its width between words, each value's continuation
        indented under it; into a file or a pipe the lines are left as they are.
        """)

    func complete(_ arguments: [String], context: REPLContext) -> [String] {
        arguments.count == 1 ? RecordLookup.complete(arguments[0], context: context) : ["--json"].filter { $0.hasPrefix(arguments.last ?? "") }
    }

    func run(_ arguments: [String], rest: String, context: REPLContext) throws -> LineOutcome {
        let args = try RecordArguments(arguments)
        try args.allowOnly(["--json"], command: name)
        guard args.positional.count == 1 else { throw UserError.usage("Usage: \(usage). Type 'records' for the ids.") }
        let stored = try RecordLookup.resolve(args.positional[0], context: context)
        if args.flags.contains("--json") {
            context.output.write(try JSONText.encode(RecordJSON(stored)) + "\n")
        } else {
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

    init(_ s: StoredRecord) {
        id = s.id.rawValue
        revision = s.revision
        record = s.record
    }

    enum Keys: String, CodingKey { case id, revision, schema, kind, status, ast, cycle, created, updated, fields, conclusions, agreement, notes, extra }

    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: Keys.self)
        try c.encode(id, forKey: .id)
        try c.encode(revision, forKey: .revision)
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
