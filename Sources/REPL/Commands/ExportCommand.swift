import Foundation
import Records
import Statement
import Store

/// `export ID` writes a record as the store's own Markdown file (which
/// `import` reads back unchanged) or as a printed statement (A4 HTML);
/// `export --all AST [CYCLE]` writes a cycle's records as one statement.
struct ExportCommand: Command {
    let spec = CommandSpec(
        name: "export",
        summary: "export a record, or a statement to print: export ID [--format md|html] [-o FILE]",
        usage: "export ID [--format md|html] [-o FILE [--force]]  or  export --all AST [CYCLE] [-o FILE [--force]]",
        options: [OptionSpec("--format", value: "md|html", help: "md (the record file, the default) or html (a statement to print)"),
                  OptionSpec(["-o", "--output"], value: "FILE", help: "save to FILE (mode 0600) instead of printing"),
                  OptionSpec("--force", help: "with -o, replace an existing FILE"),
                  OptionSpec("--all", help: "every record of one AST's cycle as one statement: export --all AST [CYCLE]")],
        details: """
        export ID                      the record's file (Markdown with YAML fields), printed
        export ID --format html -o F   the record as a statement to print and sign (A4 HTML) saved to F
        export --all AST [CYCLE] -o F  every record of the AST's cycle (the latest, unless CYCLE is given) as one statement
        -o FILE                        save to FILE (created with mode 0600: records are personal) instead of printing;
                                       an existing FILE is kept unless --force is given
        The statement names the school and LEA from the configuration file (see 'help config'), and
        loads nothing from anywhere: print it from any browser, or 'chromium --headless --print-to-pdf'.
        A Markdown export can be brought into any astpm store with 'import FILE'.
        """, pagesAtPrompt: true)

    func complete(_ arguments: [String], context: REPLContext) -> [String] {
        if arguments.count == 1 {
            return (RecordLookup.complete(arguments[0], context: context) + ["--all"].filter { $0.hasPrefix(arguments[0]) })
        }
        if arguments.count >= 2, arguments[arguments.count - 2] == "--format" { return ["md", "html"].filter { $0.hasPrefix(arguments.last!) } }
        return ["--format", "-o", "--force"].filter { $0.hasPrefix(arguments.last ?? "") }
    }

    func run(_ arguments: [String], rest: String, context: REPLContext) throws -> LineOutcome {
        let args = try RecordArguments(arguments, valued: ["--format", "-o", "--output"])
        try args.allowOnly(["--force", "--all"], command: name)
        let all = args.flags.contains("--all")
        let format = (args.options["--format"] ?? (all ? "html" : "md")).lowercased()
        guard ["md", "markdown", "html"].contains(format) else { throw UserError.usage("'--format \(format)' is not known; use md or html") }
        if all {
            guard format == "html" else {
                throw UserError.usage("export --all writes one printable statement (html). For Markdown, export each record: 'records ast=NAME' lists them.")
            }
            let records = try StatementBuilding.cycleRecords(args.positional, context: context)
            let html = StatementBuilding.document(records, context: context).html()
            let first = records[0].record
            let what = "\(records.count) record\(records.count == 1 ? "" : "s") of \(first.ast) for \(Cycle.canonical(first.cycle))"
            return try deliver(Array(html.utf8), args: args, context: context, what: what, how: "one statement to print, HTML")
        }
        guard args.positional.count == 1 else { throw UserError.usage("Usage: \(usage)") }
        let stored = try RecordLookup.resolve(args.positional[0], context: context)
        let bytes: [UInt8]
        if format == "html" {
            bytes = Array(StatementBuilding.document([stored], context: context).html().utf8)
        } else {
            do { bytes = try context.store.exportBytes(stored.id) } catch { throw UserError("\(error)") }
        }
        return try deliver(bytes, args: args, context: context, what: stored.id.rawValue,
                           how: format == "html" ? "a statement to print, HTML" : "Markdown, importable with 'import'")
    }

    /// Prints `bytes`, or saves them to `-o FILE` (never over an existing file without `--force`).
    func deliver(_ bytes: [UInt8], args: RecordArguments, context: REPLContext, what: String, how: String) throws -> LineOutcome {
        guard let output = args.options["-o"] ?? args.options["--output"] else {
            context.writeExact(String(decoding: bytes, as: UTF8.self))
            return .continueSession
        }
        let path = try OutputFile.write(bytes, to: output, force: args.flags.contains("--force"))
        context.say("Wrote \(what) to \(path) (\(how)).")
        return .continueSession
    }
}
