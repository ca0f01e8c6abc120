import Foundation
import Overview
import Records

/// `due [--days N] [--ics FILE] [--json]`: what is coming up across every AST,
/// from the records, each line citing the guide (see `DueList`).
struct DueCommand: Command {
    let spec = CommandSpec(
        name: "due",
        summary: "what is coming up for every AST, from the records: due [--days N] [--ics FILE] [--json]",
        usage: "due [--days N] [--ics FILE [--force]] [--json]",
        options: [OptionSpec("--days", value: "N", help: "look N days ahead instead of 14 (0 to 731)"),
                  OptionSpec("--ics", value: "FILE", help: "also write the dated items as a calendar file"),
                  OptionSpec("--force", help: "with --ics, replace an existing FILE"),
                  OptionSpec("--json", help: "the same as JSON, for scripts")],
        details: """
        due                what falls in the next 14 days, and what has no date yet, for every AST
        due --days N       the next N days instead (0 to 731)
        due --ics FILE     also write the dated items as a calendar file (iCalendar, opens in any calendar
                           program; mode 0600; an existing FILE is kept unless --force is given)
        due --json         the same as JSON, for scripts
        What it looks for, for each AST with records in this cycle or the last:
          objectives not yet agreed for this cycle                    [objectives.1, line-manager.2]
          informal check-ins planned for an AST new in post           [monitoring.1, monitoring.2]
          the plan's milestones that name a day                       [objectives.1]
          the pay review on 1 September                               [prp.1, pay-review.1]
          a review of the pay range the last review calls for         [qa.17, pay-review.2, qa.15]
          support-plan reviews, and ones overdue                      [qa.9, monitoring.1]
        Only the guide's own date (1 September) and days written in the records become dates; where the
        guide leaves the timing to the school the item is listed with no date. A day a plan names that has
        passed is not listed (the records cannot show whether it happened). The cycle is the academic year
        holding today (from 1 September). astpm's banner says how many things are due in the next 14 days.
        """, pagesAtPrompt: true)

    static let maxDays = 731

    func complete(_ arguments: [String], context: REPLContext) -> [String] {
        ["--days", "--ics", "--json", "--force"].filter { $0.hasPrefix(arguments.last ?? "") }
    }

    func run(_ arguments: [String], rest: String, context: REPLContext) throws -> LineOutcome {
        let args = try RecordArguments(arguments, valued: ["--days", "--ics"])
        try args.allowOnly(["--json", "--force"], command: name)
        guard args.positional.isEmpty else { throw UserError.usage("'due' takes no words, only options: \(usage)") }
        var days = 14
        if let typed = args.options["--days"] {
            guard let n = Int(typed), typed.allSatisfy({ $0.isASCII && $0.isNumber }), (0...Self.maxDays).contains(n) else {
                throw UserError.usage("'--days \(typed)' is not a number of days; give a whole number from 0 to \(Self.maxDays), e.g. --days 30.")
            }
            days = n
        }
        if args.flags.contains("--force"), args.options["--ics"] == nil {
            throw UserError.usage("--force only applies with --ics FILE (to replace an existing calendar file).")
        }
        let today = OverviewScan.today(context)
        let (digests, unreadable) = try OverviewScan.digests(context, wanted: OverviewScan.dueRecords(today: today))
        let list = DueList.compute(digests, today: today, days: days)
        // The calendar file first: if it cannot be written, nothing else is said.
        var calendarMessage: String?
        var calendarPath: String?
        if let file = args.options["--ics"] {
            let calendar = CalendarFile.text(list.dated, now: Int(context.clock().timeIntervalSince1970))
            let path = try OutputFile.write(Array(calendar.utf8), to: file, force: args.flags.contains("--force"))
            let n = list.dated.count
            let left = list.undated.isEmpty ? "" : "; the \(list.undated.count) with no date cannot go in a calendar"
            calendarMessage = "Wrote \(n == 0 ? "a calendar with no events (nothing dated is due)" : "\(DueRendering.things(n)) with a date") to \(path) (iCalendar, opens in any calendar program\(left))."
            calendarPath = path
        }
        if args.flags.contains("--json") {
            let json = DueJSON(list: list, days: days, calendar: calendarPath,
                               unreadable: unreadable.map { UnreadableJSON(path: $0.path, reason: $0.reason) })
            context.output.write(try JSONText.encode(json) + "\n")
        } else {
            context.say(DueRendering.text(list, style: context.style))
            if let calendarMessage { context.say(calendarMessage) }
            OverviewScan.reportUnreadable(unreadable, context: context)
        }
        return .continueSession
    }
}
