import Foundation
import Overview
import Records
import Statement

/// `report CYCLE [--format text|html] [-o FILE] [--json]`: the cycle across
/// every AST for the head, governors or LEA, with the equality view (see
/// `CycleReport`, `EqualityView`).
struct ReportCommand: Command {
    let spec = CommandSpec(
        name: "report",
        summary: "one line per AST for a cycle, and the equality view: report CYCLE [--format html]",
        usage: "report CYCLE [--format text|html] [-o FILE [--force]] [--json]",
        options: [OptionSpec("--format", value: "text|html", help: "text (the default) or html (an A4 document to print)"),
                  OptionSpec(["-o", "--output"], value: "FILE", help: "save to FILE (mode 0600) instead of printing"),
                  OptionSpec("--force", help: "with -o, replace an existing FILE"),
                  OptionSpec("--json", help: "the same as JSON, for scripts")],
        details: """
        report 2025-26                 one line per AST: plan agreed, objectives met / partly / not met,
                                       points recommended and the spine point they lead to, a range
                                       review called for, support; then awards set against outcomes
        report 2025-26 --format html   the same as an A4 document to print (landscape, marked confidential)
        report 2025-26 -o FILE         save it to FILE (mode 0600; an existing FILE is kept unless --force)
        report 2025-26 --json          the same as JSON, for scripts
        The equality view [prp.1] groups ASTs whose objectives came out in the same shares (3 of 3 met is
        the same as 4 of 4) and points out groups whose members were recommended different awards, with
        what in each review may explain it (at the top of the range, not judged high quality...). It is
        something to look at, not a finding: awards can rightly differ, as posts and their agreed
        criteria differ [differences.1].
        """, pagesAtPrompt: true)

    func complete(_ arguments: [String], context: REPLContext) -> [String] {
        let last = arguments.last ?? ""
        if arguments.count >= 2, arguments[arguments.count - 2] == "--format" { return ["text", "html"].filter { $0.hasPrefix(last) } }
        if arguments.count == 1, !last.hasPrefix("-") {
            var cycles = Set<String>()
            _ = try? RecordScan.each(context) { cycles.insert(Cycle.canonical($0.record.cycle)) }
            return cycles.sorted().filter { $0.hasPrefix(last) }
        }
        return ["--format", "-o", "--json", "--force"].filter { $0.hasPrefix(last) }
    }

    func run(_ arguments: [String], rest: String, context: REPLContext) throws -> LineOutcome {
        let args = try RecordArguments(arguments, valued: ["--format", "-o", "--output"])
        try args.allowOnly(["--json", "--force"], command: name)
        let format = (args.options["--format"] ?? "text").lowercased()
        guard ["text", "html"].contains(format) else { throw UserError.usage("'--format \(format)' is not known; use text or html") }
        if args.flags.contains("--json"), args.options["--format"] != nil {
            throw UserError.usage("Choose one of --json and --format \(format).")
        }
        guard !args.positional.isEmpty else {
            throw UserError.usage("Usage: \(usage), e.g. report 2025-26." + (try Self.cyclesHint(context)))
        }
        let cycle: Cycle
        switch Cycle.parse(args.positional.joined(separator: " ")) {
        case .success(let c): cycle = c
        case .failure(let problem): throw UserError.usage(problem.description + (try Self.cyclesHint(context)))
        }
        let (digests, unreadable) = try OverviewScan.digests(context, wanted: OverviewScan.cycleRecords(cycle))
        let report = CycleReport.compute(digests, cycle: cycle)
        guard !report.rows.isEmpty else {
            throw UserError("There are no records for \(cycle)." + (try Self.cyclesHint(context)))
        }
        let output = args.options["-o"] ?? args.options["--output"]
        let text: String
        if args.flags.contains("--json") {
            text = try JSONText.encode(ReportJSON(report: report)) + "\n"
        } else if format == "html" {
            text = ReportDocument(report: report, settings: StatementBuilding.settings(context),
                                  prepared: OverviewScan.today(context)).html()
        } else {
            // A file gets no colour and no wrapping; the terminal gets both.
            text = output == nil ? ReportRendering.text(report, style: context.style, width: context.style.wrapWidth) + "\n"
                : ReportRendering.text(report, style: .plain, width: nil) + "\n"
        }
        if let output {
            let path = try OutputFile.write(Array(text.utf8), to: output, force: args.flags.contains("--force"))
            let what = format == "html" ? "an A4 document to print, HTML" : args.flags.contains("--json") ? "JSON" : "text"
            context.say("Wrote the \(cycle) report (\(report.rows.count) AST\(report.rows.count == 1 ? "" : "s")) to \(path) (\(what)).")
        } else if format == "html" || args.flags.contains("--json") {
            context.writeExact(text)
        } else {
            context.output.write(text)
        }
        OverviewScan.reportUnreadable(unreadable, context: context)
        return .continueSession
    }

    /// " Cycles with records: 2024-25, 2025-26." (empty when there are none).
    static func cyclesHint(_ context: REPLContext) throws -> String {
        let found = try RecordScan.map(context) { s in s.record.kind == .tour ? nil : try? Cycle.parse(s.record.cycle).get() }.values
        let cycles = Set(found).sorted().map(\.description)
        return cycles.isEmpty ? " There are no records yet." : " Cycles with records: \(cycles.joined(separator: ", "))."
    }
}
