import Overview

/// `due` as text: overdue items, then each day in the window with its items,
/// then the items with no date, each line citing the guide.
enum DueRendering {
    static func text(_ list: DueList, style: OutputStyle) -> String {
        var lines: [String] = []
        let span = list.today == list.until ? "today, \(long(list.today))" : "from \(long(list.today)) to \(long(list.until))"
        lines.append(TextFormatting.bold("Due \(span)", style)
                     + " · cycle \(list.cycle) · \(list.astCount) AST\(list.astCount == 1 ? "" : "s")")
        if list.astCount == 0 {
            lines.append("No AST has records for \(list.cycle) or the cycle before, so nothing is due.")
            return lines.joined(separator: "\n")
        }
        let overdue = list.dated.filter(\.overdue)
        if !overdue.isEmpty {
            lines += ["", TextFormatting.bold("Overdue", style)]
            lines += overdue.map { item($0, style) }
        }
        var current: Day?
        for entry in list.dated where !entry.overdue {
            if entry.day != current {
                current = entry.day
                lines += ["", TextFormatting.bold("\(long(entry.day!)) (\(relative(entry.day!, to: list.today)))", style)]
            }
            lines.append(item(entry, style))
        }
        if list.dated.isEmpty { lines += ["", "Nothing with a date falls in these days."] }
        if !list.undated.isEmpty {
            lines += ["", TextFormatting.bold("No date set", style) + " (the guide leaves the timing to the school)"]
            lines += list.undated.map { item($0, style) }
        }
        lines.append("")
        var summary = "\(things(list.dueCount)) due \(window(list))"
        if list.overdueCount > 0 { summary += " (\(list.overdueCount) overdue)" }
        summary += "; \(list.undated.count) with no date."
        if list.milestonesWithoutDay > 0 {
            summary += " \(list.milestonesWithoutDay) milestone\(list.milestonesWithoutDay == 1 ? "" : "s") in this cycle's plans name\(list.milestonesWithoutDay == 1 ? "s" : "") no day, so \(list.milestonesWithoutDay == 1 ? "is" : "are") not listed."
        }
        lines.append(summary)
        if !list.dated.isEmpty { lines.append("'due --ics FILE' puts the dated ones in a calendar file.") }
        return lines.joined(separator: "\n")
    }

    static func item(_ i: DueItem, _ style: OutputStyle) -> String {
        "  - \(TerminalText.visible(i.ast, keepNewlines: false)): \(TerminalText.visible(i.text, keepNewlines: false))"
            + " " + TextFormatting.cite("[\(i.cites.joined(separator: ", "))]", style)
    }

    /// "Tuesday 1 September 2026".
    static func long(_ d: Day) -> String { "\(d.weekday) \(d.long)" }

    /// "today", "tomorrow", "in 9 days".
    static func relative(_ d: Day, to today: Day) -> String {
        switch today.days(to: d) {
        case 0: return "today"
        case 1: return "tomorrow"
        case let n: return "in \(n) days"
        }
    }

    /// "1 thing", "3 things".
    static func things(_ n: Int) -> String { n == 1 ? "1 thing" : "\(n) things" }
    /// "in the next 14 days", "by tomorrow", "today".
    static func window(_ list: DueList) -> String {
        switch list.today.days(to: list.until) {
        case 0: return "today"
        case 1: return "by tomorrow"
        case let n: return "in the next \(n) days"
        }
    }

    /// The banner's line, when something is due in the next 14 days.
    static func banner(_ list: DueList) -> String? {
        guard list.dueCount > 0 else { return nil }
        let overdue = list.overdueCount > 0 ? " (\(list.overdueCount) overdue)" : ""
        return "\(things(list.dueCount)) due \(window(list))\(overdue): type 'due' to see \(list.dueCount == 1 ? "it" : "them")."
    }
}

/// `due --json`: stable keys for scripts.
struct DueJSON: Encodable {
    var list: DueList
    var days: Int
    /// The calendar file written (`--ics`), if any.
    var calendar: String?
    var unreadable: [UnreadableJSON]

    struct Item: Encodable {
        var item: DueItem
        enum Keys: String, CodingKey { case date, overdue, kind, ast, text, cites, record }
        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: Keys.self)
            if let d = item.day { try c.encode(d.iso, forKey: .date) } else { try c.encodeNil(forKey: .date) }
            try c.encode(item.overdue, forKey: .overdue)
            try c.encode(item.kind.rawValue, forKey: .kind)
            try c.encode(item.ast, forKey: .ast)
            try c.encode(item.text, forKey: .text)
            try c.encode(item.cites, forKey: .cites)
            if let r = item.record { try c.encode(r, forKey: .record) } else { try c.encodeNil(forKey: .record) }
        }
    }

    enum Keys: String, CodingKey { case today, until, days, cycle, asts, due, undated, milestones_without_day, calendar, unreadable }

    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: Keys.self)
        try c.encode(list.today.iso, forKey: .today)
        try c.encode(list.until.iso, forKey: .until)
        try c.encode(days, forKey: .days)
        try c.encode(list.cycle.description, forKey: .cycle)
        try c.encode(list.astCount, forKey: .asts)
        try c.encode(list.dated.map(Item.init), forKey: .due)
        try c.encode(list.undated.map(Item.init), forKey: .undated)
        try c.encode(list.milestonesWithoutDay, forKey: .milestones_without_day)
        if let calendar { try c.encode(calendar, forKey: .calendar) } else { try c.encodeNil(forKey: .calendar) }
        try c.encode(unreadable, forKey: .unreadable)
    }
}
