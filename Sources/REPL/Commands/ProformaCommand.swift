import Foundation
import Records
import Statement
import Store

/// `proforma AST [CYCLE]` writes the outreach feedback form for the head of a
/// school where the AST works: the plan's agreed outreach objectives with room
/// for comments on each [evidence.1, qa.5], as a page to print or email (HTML)
/// and a Markdown twin that `import` reads back into the evidence log.
struct ProformaCommand: Command {
    let spec = CommandSpec(
        name: "proforma",
        summary: "a feedback form for a receiving school: proforma AST [CYCLE] [-o FILE]",
        usage: "proforma AST [CYCLE] [-o FILE [--force]]",
        options: [OptionSpec(["-o", "--output"], value: "FILE", help: "where to write the form (FILE.html and its Markdown twin FILE.md)"),
                  OptionSpec("--force", help: "replace existing files")],
        details: """
        proforma AST [CYCLE]   writes a feedback form for the head (or a senior manager) of a school
                               where the AST does outreach: the agreed outreach objectives of the AST's
                               plan for the cycle (the latest, unless CYCLE is given), each with room
                               for what changed, and the school's receptiveness and follow-through.
        Two files are written, mode 0600: FILE.html to print or email, and FILE.md, the same form in
        plain text. When the school returns the Markdown form filled in, 'import FILE.md' adds it to
        the AST's evidence log for the cycle as written feedback from that school, linked to the
        objectives; the weight it carries is yours to decide (evidence.2).
        Without -o the files are named outreach-feedback-NAME-CYCLE in the current folder.
        The guide asks that the receiving school agrees to give feedback before the outreach is
        agreed (qa.5), and encourages LEAs to provide such forms (evidence.1).
        """)

    func complete(_ arguments: [String], context: REPLContext) -> [String] {
        ["-o", "--force"].filter { $0.hasPrefix(arguments.last ?? "") }
    }

    func run(_ arguments: [String], rest: String, context: REPLContext) throws -> LineOutcome {
        let args = try RecordArguments(arguments, valued: ["-o", "--output"])
        try args.allowOnly(["--force"], command: name)
        guard !args.positional.isEmpty else { throw UserError.usage("Usage: \(usage)") }
        let records = try StatementBuilding.cycleRecords(args.positional, context: context)
        guard let plan = records.first(where: { $0.record.kind == .planning }) else {
            let first = records[0].record
            throw UserError("\(first.ast) has no objectives plan for \(Cycle.canonical(first.cycle)), so there are no agreed outreach objectives to ask about. "
                            + "Agree them first: 'start objectives'.")
        }
        let form = OutreachFeedbackForm.from(plan: plan.record, school: context.configuration.school, lea: context.configuration.lea)
        guard !form.objectives.isEmpty else {
            throw UserError("The plan \(plan.id) has no outreach objective (an objective whose area or focus is outreach, or agreed with the LEA), "
                            + "so there is nothing for a receiving school to comment on. The guide expects outreach among the objectives (objectives.2).")
        }
        let base = Self.base(args.options["-o"] ?? args.options["--output"]
                             ?? "outreach-feedback-\(StoreLayout.slug(plan.record.ast))-\(Cycle.canonical(plan.record.cycle))")
        let force = args.flags.contains("--force")
        let html = Array(FeedbackFormDocument(form: form, settings: StatementBuilding.settings(context)).html().utf8)
        let markdown = Array(form.markdown().utf8)
        // Neither file is written if either is in the way.
        if !force {
            for path in [base + ".html", base + ".md"].map(OutputFile.expand) where FileManager.default.fileExists(atPath: path) {
                throw UserError("\(path) already exists; nothing was written. Choose another name with -o, or add --force to replace it.")
            }
        }
        let htmlPath = try OutputFile.write(html, to: base + ".html", force: force)
        let mdPath = try OutputFile.write(markdown, to: base + ".md", force: force)
        let count = form.objectives.count
        context.say("Wrote the outreach feedback form for \(form.ast), \(form.cycle) (\(count) outreach objective\(count == 1 ? "" : "s") from \(plan.id)):")
        context.say("  \(htmlPath)  to print or email")
        context.say("  \(mdPath)  to be filled in and returned; then 'import \(mdPath)' adds it to the evidence log.")
        return .continueSession
    }

    /// The output name without a `.html` or `.md` ending.
    static func base(_ name: String) -> String {
        for ending in [".html", ".htm", ".md"] where name.lowercased().hasSuffix(ending) {
            return String(name.dropLast(ending.count))
        }
        return name
    }
}
