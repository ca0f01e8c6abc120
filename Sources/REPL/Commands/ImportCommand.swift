import Foundation
import Records
import Store

/// `import [--dry-run] [--] FILE...` checks record files (hand-written or from
/// another store), refuses invalid ones with file:line:col messages and saves
/// the rest; with `--dry-run` it says what each would do and writes nothing.
/// A filled-in outreach feedback form (`proforma`) is added to the AST's
/// evidence log for its cycle as an item, instead of being saved as a record.
struct ImportCommand: Command {
    let spec = CommandSpec(
        name: "import",
        summary: "bring record files into the store: import [--dry-run] FILE... (or a folder)",
        usage: "import [--dry-run|-n] [--] FILE...",
        options: ImportCommand.flags,
        details: """
        import FILE...   checks each record file; saves the valid ones and lists what is wrong
                         with the others (file:line:column and what was expected).
                         A folder imports every .md file in it.
        A filled-in outreach feedback form (from 'proforma') is added to the AST's evidence log
        for its cycle as written feedback from that school (a new log if there is none).
        A record already in the store unchanged is skipped. A file for an AST, cycle and kind
        the store already has becomes a new version of that record (the old one is kept:
        'history ID').
        With --dry-run each file is checked and astpm says what it would do: a new record, or
        which record it would replace and where the old version would be kept. Nothing is written.
        --               ends the options: 'import -- -x.md' imports a file named -x.md.
        Any other word starting with '-' is refused before anything is done.
        Try: import Guidance/examples
        """)

    static let flags = [CommandOptions.dryRun]

    func complete(_ arguments: [String], context: REPLContext) -> [String] {
        CommandOptions.complete(arguments.last ?? "", flags: ImportCommand.flags)
    }

    func run(_ arguments: [String], rest: String, context: REPLContext) throws -> LineOutcome {
        let options = try CommandOptions(arguments, command: name, flags: ImportCommand.flags)
        guard !options.operands.isEmpty else { throw UserError.usage("Usage: \(usage)") }
        let dryRun = options.has(CommandOptions.dryRun)
        let fs = PosixFileSystem()
        var files: [String] = []
        for a in options.operands.map(OutputFile.expand) {
            if fs.kind(a) == .directory {
                let names = ((try? fs.list(a)) ?? []).filter { $0.hasSuffix(".md") && !$0.hasPrefix(".") && $0.lowercased() != "readme.md" }.sorted()
                if names.isEmpty { context.complain("\(a): no .md record files in this folder") }
                files += names.map { a + "/" + $0 }
            } else {
                files.append(a)
            }
        }
        var valid: [(String, Record)] = []
        var forms = Set<String>()
        var refused = 0
        for path in files {
            do {
                let bytes = try fs.readFile(path, limit: RecordFileDecoder.maxBytes)
                let text = String(decoding: bytes, as: UTF8.self)
                if FilledOutreachFeedback.isForm(text) {
                    let feedback = try FilledOutreachFeedback.parse(text, today: context.today)
                    valid.append((path, feedback.evidenceLog(today: context.today)))
                    forms.insert(path)
                    continue
                }
                valid.append((path, try RecordFileDecoder.decode(bytes, path: path).record))
            } catch let e as FeedbackFormError {
                refused += 1
                context.complain("\(path):\(e.line): this feedback form cannot be imported: \(e.message)")
            } catch let e as RecordFileError {
                refused += 1
                context.output.writeError(e.description + "\n")
            } catch let e as SystemCallError {
                refused += 1
                context.complain("\(path): cannot read: \(e.cause)")
            } catch is FileTooLarge {
                refused += 1
                context.complain("\(path): too large to be a record file (the limit is \(RecordFileDecoder.maxBytes) bytes)")
            }
        }
        if dryRun { return try report(valid, forms: forms, refused: refused, of: files.count, context: context) }
        var saved = 0
        // What the store held before this import, per AST (only the ASTs of
        // the files are looked up), plus what this import saved: a file equal
        // to one of them is skipped, as the dry run says.
        var before: [String: [StoredRecord]] = [:]
        var savedHere: [StoredRecord] = []
        for (path, record) in valid {
            do {
                let folded = PersonName.folded(record.ast)
                var mine: RecordMatches?
                if before[folded] == nil {
                    mine = try context.store.records(of: record.ast, cycle: nil, kind: nil)
                    before[folded] = mine!.records
                }
                if forms.contains(path) {
                    let known = before[folded]! + savedHere
                    if let log = known.first(where: { $0.record.kind == .evidence && Cycle.canonical($0.record.cycle) == record.cycle }),
                       Self.holds(log.record, itemOf: record) {
                        context.say("\(path): this feedback is already in the evidence log \(log.id); skipped.")
                        continue
                    }
                    let result = try RecordSaving.save(record, store: context.store, mergeEvidence: true, known: mine)
                    savedHere.removeAll { $0.id == result.stored.id }
                    savedHere.append(result.stored)
                    saved += 1
                    context.say("\(path): feedback from a receiving school added to the evidence log \(result.stored.id) as a draft to weigh and agree"
                                + (result.note.map { ". " + $0 } ?? "."))
                    continue
                }
                if let same = (before[folded]! + savedHere).first(where: { $0.record == record }) {
                    context.say("\(path): already in the store as \(same.id), unchanged; skipped.")
                    continue
                }
                // A file for an AST, cycle and kind already in the store becomes
                // a new version of that record (the old one kept in history).
                let result = try RecordSaving.save(record, store: context.store, mergeEvidence: false, known: mine)
                savedHere.append(result.stored)
                saved += 1
                context.say("\(path): imported as \(result.stored.id)" + (result.note.map { ". " + $0 } ?? ""))
            } catch {
                refused += 1
                context.complain("\(path): not saved: \(error)")
            }
        }
        if refused > 0 {
            throw UserError("\(refused) of \(files.count) file\(files.count == 1 ? "" : "s") not imported (see above); \(saved) saved. Fix the files and import them again.")
        }
        context.say("\(saved) record\(saved == 1 ? "" : "s") imported.")
        return .continueSession
    }

    /// True when `log` already lists the item that `single` (a one-item log) adds.
    static func holds(_ log: Record, itemOf single: Record) -> Bool {
        guard case .list(let new)? = single.field("items"), let item = new.first,
              case .list(let items)? = log.field("items") else { return false }
        return items.contains(item)
    }

    /// `--dry-run`: what importing each valid file would do, writing nothing.
    private func report(_ valid: [(String, Record)], forms: Set<String>, refused: Int, of total: Int, context: REPLContext) throws -> LineOutcome {
        var refused = refused
        var wouldSave = 0
        var earlier: [(path: String, record: Record)] = []
        for (path, record) in valid {
            defer { earlier.append((path, record)) }
            let mine: RecordMatches
            do { mine = try context.store.records(of: record.ast, cycle: nil, kind: nil) } catch { throw UserError("\(error)") }
            if forms.contains(path) {
                let log = mine.records.first(where: { $0.record.kind == .evidence && Cycle.canonical($0.record.cycle) == record.cycle })
                if let log, Self.holds(log.record, itemOf: record) {
                    context.say("\(path): this feedback is already in the evidence log \(log.id); would be skipped.")
                    continue
                }
                wouldSave += 1
                context.say("\(path): feedback from a receiving school; would be added to "
                            + (log.map { "the evidence log \($0.id) (the log as it is would be kept in 'history \($0.id)')" }
                               ?? "a new \(record.cycle) evidence log for \(record.ast)") + ".")
                continue
            }
            if let same = mine.records.first(where: { $0.record == record }) {
                context.say("\(path): already in the store as \(same.id), unchanged; would be skipped.")
                continue
            }
            if let same = earlier.first(where: { $0.record == record }) {
                context.say("\(path): the same record as \(same.path) above; would be skipped.")
                continue
            }
            wouldSave += 1
            let what = "the \(record.status.rawValue) \(record.cycle) \(record.kind.rawValue) record for \(record.ast)"
            if let before = earlier.last(where: { $0.record.ast == record.ast && $0.record.cycle == record.cycle && $0.record.kind == record.kind }) {
                context.say("\(path): would be saved as a new version of \(what), after \(before.path) above.")
                continue
            }
            do {
                switch try RecordSaving.plan(RecordSaving.joined(record, to: mine.records), mine: mine, store: context.store, mergeEvidence: false) {
                case .new(let sameName):
                    context.say("\(path): would be a new record: \(what)"
                                + (sameName == 0 ? "." : ", on its own, as \(sameName) ASTs named \(record.ast) already have one."))
                case .newVersion(let old, let keptAs, _):
                    let o = old.record
                    context.say("\(path): would replace \(old.id) (the \(o.status.rawValue) \(o.cycle) \(o.kind.rawValue) record for \(o.ast), updated \(o.updated)) with a new version (\(record.status.rawValue)); "
                                + "the current one would be kept as version \(keptAs) in 'history \(old.id)'.")
                }
            } catch {
                wouldSave -= 1
                refused += 1
                context.complain("\(path): would not be saved: \(error)")
            }
        }
        let summary = "Dry run: \(wouldSave) of \(total) file\(total == 1 ? "" : "s") would be saved; nothing was written."
        if refused > 0 { throw UserError(summary + " \(refused) could not be imported (see above).") }
        context.say(summary)
        return .continueSession
    }
}
