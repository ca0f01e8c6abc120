import Foundation
import Records
import Store

/// `import FILE...` checks record files (hand-written or from another store),
/// refuses invalid ones with file:line:col messages and saves the rest.
struct ImportCommand: Command {
    let name = "import"
    let summary = "bring record files into the store: import FILE... (or a folder)"
    let usage = "import FILE..."
    let details = """
    import FILE...     checks each record file; saves the valid ones, and lists what is wrong with the others
                       (file:line:column and what was expected). A folder imports every .md file in it.
    A record already in the store unchanged is skipped. Try: import Guidance/examples
    """

    func run(_ arguments: [String], rest: String, context: REPLContext) throws -> LineOutcome {
        guard !arguments.isEmpty else { throw UserError("Usage: \(usage)") }
        let fs = PosixFileSystem()
        var files: [String] = []
        for a in arguments.map(ExportCommand.expand) {
            if fs.kind(a) == .directory {
                let names = ((try? fs.list(a)) ?? []).filter { $0.hasSuffix(".md") && !$0.hasPrefix(".") && $0.lowercased() != "readme.md" }.sorted()
                if names.isEmpty { context.complain("\(a): no .md record files in this folder") }
                files += names.map { a + "/" + $0 }
            } else {
                files.append(a)
            }
        }
        var valid: [(String, Record)] = []
        var refused = 0
        for path in files {
            do {
                let bytes = try fs.readFile(path, limit: RecordFileDecoder.maxBytes)
                valid.append((path, try RecordFileDecoder.decode(bytes, path: path).record))
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
        var existing: [StoredRecord]
        do { existing = try context.store.list().records } catch { throw UserError("\(error)") }
        var saved = 0
        for (path, record) in valid {
            if let same = existing.first(where: { $0.record == record }) {
                context.say("\(path): already in the store as \(same.id), unchanged; skipped.")
                continue
            }
            do {
                // A file for an AST, cycle and kind already in the store becomes
                // a new version of that record (the old one kept in history).
                let result = try RecordSaving.save(record, store: context.store, mergeEvidence: false)
                existing.append(result.stored)
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
}
