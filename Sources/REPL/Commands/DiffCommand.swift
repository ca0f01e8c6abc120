import Records

/// `diff ID [V1 [V2]]`: what changed between two versions of a record, field
/// by field in `show`'s labels. With no version: the latest earlier version
/// against the current record; with one: that version against the current;
/// with two: V1 against V2. Versions are numbered as `history ID` numbers them.
struct DiffCommand: Command {
    let spec = CommandSpec(
        name: "diff",
        summary: "what changed between two versions of a record: diff ID [V1 [V2]]",
        usage: "diff ID [V1 [V2]] [--json]",
        options: [OptionSpec("--json", help: "the changes as JSON, for scripts")],
        details: """
        diff ID          the latest earlier version (from 'history ID') against the current record
        diff ID V        version V against the current record
        diff ID V1 V2    version V1 against version V2
        Each field that differs is listed in the labels 'show' uses: added, removed, or changed with the old
        value and the new. 'show ID VERSION' prints a whole earlier version.
        Before 'restore ID VERSION', 'diff ID VERSION' shows exactly what the restore would change back, and
        after it 'diff ID' shows what it changed (the replaced version is kept in history), so a restore is
        an undo you can check and undo in turn.
        --json           {"schema": 1, "id", "from": {"version", "status", "updated"}, "to": {...},
                         "changes": [{"change", "field", "label", "old", "new"}]} ("version" is null for the current record)
        """, pagesAtPrompt: true)

    func complete(_ arguments: [String], context: REPLContext) -> [String] {
        let typed = arguments.last ?? ""
        let before = arguments.dropLast().filter { !$0.hasPrefix("-") }
        if before.isEmpty { return RecordLookup.complete(typed, context: context) }
        guard before.count <= 2, let versions = try? context.store.history(RecordID(before[0])) else { return [] }
        return versions.map { String($0.number) }.filter { $0.hasPrefix(typed) }
    }

    func run(_ arguments: [String], rest: String, context: REPLContext) throws -> LineOutcome {
        let args = try RecordArguments(arguments)
        try args.allowOnly(["--json"], command: name)
        let words = args.positional
        guard (1...3).contains(words.count) else { throw UserError.usage("Usage: \(usage) (versions are numbers from 'history ID')") }
        let numbers = try words.dropFirst().map { word -> Int in
            guard let n = Int(word), n > 0 else { throw UserError.usage("'\(word)' is not a version number: \(usage) (see 'history ID')") }
            return n
        }
        let store = context.store
        // A record whose current file is broken still has its history, by exact id.
        let current = try? RecordLookup.resolve(words[0], context: context)
        let id = current?.id ?? RecordID(words[0])
        let versions: [RecordVersion]
        do { versions = try store.history(id) } catch { throw UserError("\(error)") }
        if numbers.isEmpty && versions.isEmpty {
            guard current != nil else { throw UserError("No record \(id): type 'records' for the ids.") }
            context.say("\(id) has not been changed since it was first saved, so there is no earlier version to compare.")
            return .continueSession
        }
        func side(_ number: Int?) throws -> Side {
            guard let number else {
                guard let current else { throw UserError("The current file of \(id) cannot be read; compare two versions: diff \(id) V1 V2.") }
                return Side(version: nil, record: current.record)
            }
            do { return Side(version: number, record: try store.loadVersion(id, number)) } catch {
                throw UserError("\(error)" + (versions.isEmpty ? "" : " ('history \(id)' numbers them 1 to \(versions.count).)"))
            }
        }
        let from = try side(numbers.first ?? versions.last?.number)
        let to = try side(numbers.count == 2 ? numbers[1] : nil)
        let label = RecordRendering.labeler(for: to.record.kind, guidance: context.guidance)
        let diff = RecordDiff(from: from.record, to: to.record, label: label)
        if args.flags.contains("--json") {
            context.output.write(DiffCommand.json(id: id, from: from, to: to, diff: diff) + "\n")
            return .continueSession
        }
        var lines = ["Changes in \(id) from \(from.name) to \(to.name):"]
        if diff.changes.isEmpty { lines.append("  none: the two versions say the same.") }
        lines += diff.lines.map { TerminalText.visible($0, keepNewlines: false) }
        if let v = from.version, to.version == nil, !diff.changes.isEmpty {
            lines.append("'restore \(id) \(v)' would change these back; the current version would be kept in history.")
        }
        context.output.write(lines.joined(separator: "\n") + "\n")
        return .continueSession
    }

    /// One side of a comparison: an earlier version, or the current record (nil).
    struct Side {
        var version: Int?
        var record: Record
        var name: String {
            (version.map { "version \($0)" } ?? "the current record") + " (\(record.status.rawValue), updated \(record.updated))"
        }
    }

    static func json(id: RecordID, from: Side, to: Side, diff: RecordDiff) -> String {
        func side(_ s: Side) -> JSONText.Value {
            .object([("version", s.version.map { .number(Double($0)) } ?? .null), ("status", .string(s.record.status.rawValue)),
                     ("updated", .string(s.record.updated))])
        }
        let changes = diff.changes.map { c -> JSONText.Value in
            .object([("change", .string(c.kind.rawValue)), ("field", .string(c.field)), ("label", .string(c.label)),
                     ("old", c.old.map { .string($0) } ?? .null), ("new", c.new.map { .string($0) } ?? .null)])
        }
        return JSONText.object([("schema", .number(Double(CommandJSON.schema))), ("id", .string(id.rawValue)),
                                ("from", side(from)), ("to", side(to)), ("changes", .array(changes))])
    }
}
