import Foundation
import Records
import Store

/// `export ID` writes a record as the store's own Markdown file (which
/// `import` reads back unchanged) or as a printable HTML statement.
struct ExportCommand: Command {
    let name = "export"
    let summary = "export a record as Markdown or printable HTML: export ID [--format md|html] [-o FILE]"
    let usage = "export ID [--format md|html] [-o FILE [--force]]"
    let details = """
    export ID                      the record's file (Markdown with YAML fields), printed
    export ID --format html -o F   a printable HTML performance-management statement saved to F
    -o FILE                        save to FILE (created with mode 0600: records are personal) instead of printing;
                                   an existing FILE is kept unless --force is given
    A Markdown export can be brought into any astpm store with 'import FILE'.
    """

    func complete(_ arguments: [String], context: REPLContext) -> [String] {
        if arguments.count == 1 { return RecordLookup.complete(arguments[0], context: context) }
        if arguments.count >= 2, arguments[arguments.count - 2] == "--format" { return ["md", "html"].filter { $0.hasPrefix(arguments.last!) } }
        return ["--format", "-o"].filter { $0.hasPrefix(arguments.last ?? "") }
    }

    func run(_ arguments: [String], rest: String, context: REPLContext) throws -> LineOutcome {
        let args = try RecordArguments(arguments, valued: ["--format", "-o", "--output"])
        try args.allowOnly(["--force"], command: name)
        guard args.positional.count == 1 else { throw UserError("Usage: \(usage)") }
        let format = (args.options["--format"] ?? "md").lowercased()
        guard ["md", "markdown", "html"].contains(format) else { throw UserError("'--format \(format)' is not known; use md or html") }
        let stored = try RecordLookup.resolve(args.positional[0], context: context)
        let bytes: [UInt8]
        if format == "html" {
            bytes = Array(RecordHTML.render(stored.record, id: stored.id.rawValue).utf8)
        } else if let files = context.store as? FileRecordStore, let exact = try? files.fileBytes(stored.id) {
            bytes = exact
        } else {
            bytes = Array(try RecordFileEncoder.encode(stored.record).utf8)
        }
        guard let output = args.options["-o"] ?? args.options["--output"] else {
            context.writeExact(String(decoding: bytes, as: UTF8.self))
            return .continueSession
        }
        let path = ExportCommand.expand(output)
        if FileManager.default.fileExists(atPath: path), !args.flags.contains("--force") {
            throw UserError("\(path) already exists; nothing was written. Choose another name, or add --force to replace it.")
        }
        do {
            try DurableWriter(fileSystem: PosixFileSystem()).write(bytes, to: path)
        } catch let e as SystemCallError {
            throw UserError("Could not write \(path): \(e.cause). Nothing was written; choose another place with -o FILE.")
        }
        context.say("Wrote \(stored.id) to \(path) (\(format == "html" ? "printable HTML" : "Markdown, importable with 'import'")).")
        return .continueSession
    }

    /// `~/x` → `$HOME/x`; relative paths stay relative to the current folder.
    static func expand(_ path: String) -> String {
        if path.hasPrefix("~/"), let home = ProcessInfo.processInfo.environment["HOME"] { return home + path.dropFirst(1) }
        return path
    }
}
