import Overview

/// `report CYCLE` as text: a table with one row per AST, then the awards set
/// against outcomes and the groups worth a second look.
enum ReportRendering {
    /// Names listed per award in the text before "and N more" (JSON and HTML list all).
    static let namesShown = 6

    /// The report; prose is wrapped at `width` when one is given (tables never are).
    static func text(_ report: CycleReport, style: OutputStyle, width: Int?) -> String {
        let n = report.rows.count
        var lines = [TextFormatting.bold("Cycle report \(report.cycle)", style)
                     + ": \(n) AST\(n == 1 ? "" : "s"), from \(report.recordCount) record\(report.recordCount == 1 ? "" : "s"). Confidential: personal data."]
        lines += ["", table(report)]
        lines += ["", TextFormatting.bold("Equality of opportunity", style) + ": awards set against outcomes "
                  + TextFormatting.cite("[prp.1]", style)]
        lines += equality(report.equality, style: style)
        guard let width else { return lines.joined(separator: "\n") }
        return lines.map { line in
            // Table rows (aligned columns) are left as they are.
            line.contains("  ") && !line.hasPrefix("  - ") ? line : TextFormatting.wrap(line, width: width)
        }.joined(separator: "\n")
    }

    static func cells(_ row: ReportRow) -> [String] {
        let visible = { (s: String) in TerminalText.visible(s, keepNewlines: false) }
        let hasReview = row.facts != nil
        let spine: String
        if let f = row.facts, let from = f.currentPoint {
            spine = (f.points ?? 0) > 0 ? "\(from) → \(f.newPoint ?? from)" : String(from)
        } else {
            spine = "-"
        }
        return [visible(row.ast), row.plan.word, row.review.word,
                hasReview ? String(row.met) : "-", hasReview ? String(row.partly) : "-", hasReview ? String(row.notMet) : "-",
                row.points.map(String.init) ?? "-", spine,
                row.rangeReview.isEmpty ? (hasReview ? "no" : "-") : row.rangeReview.map(\.short).joined(separator: ", "),
                row.support ?? "none"]
    }

    static let header = ["AST", "Plan", "Review", "Met", "Partly", "Not met", "Points", "Spine", "Range review", "Support"]
    /// Columns aligned to the right (numbers).
    static let numeric: Set<Int> = [3, 4, 5, 6]

    static func table(_ report: CycleReport) -> String {
        let rows = report.rows.map(cells)
        var widths = header.map(\.count)
        for row in rows { for (i, c) in row.enumerated() { widths[i] = max(widths[i], c.count) } }
        return ([header] + rows).map { cells in
            cells.enumerated().map { i, c in
                if i == cells.count - 1 { return c }
                let pad = String(repeating: " ", count: widths[i] - c.count)
                return numeric.contains(i) ? pad + c : c + pad
            }.joined(separator: "  ")
        }.joined(separator: "\n")
    }

    static func equality(_ view: EqualityView, style: OutputStyle) -> [String] {
        var lines: [String] = []
        if view.groups.isEmpty {
            lines.append("No review records both objective outcomes and points yet, so there is nothing to set side by side.")
        } else {
            let labelWidth = max(8, view.groups.map(\.label.count).max() ?? 0)
            lines.append("  " + padded("Outcomes", labelWidth) + "  ASTs  Awards (points: ASTs)")
            for g in view.groups {
                let awards = g.awards.map { "\($0.points): \($0.count)" }.joined(separator: " · ")
                let count = String(g.members.count)
                lines.append("  " + padded(g.label, labelWidth) + "  " + String(repeating: " ", count: max(0, 4 - count.count)) + count + "  " + awards)
            }
            lines.append("")
            if view.differing.isEmpty {
                lines.append("No ASTs with the same outcomes were recommended different awards.")
            } else {
                lines.append("To look at: ASTs with the same outcomes were recommended different awards. This is not a finding of unfairness: awards can rightly differ, as posts and the criteria agreed for them differ "
                             + TextFormatting.cite("[differences.1]", style)
                             + ", and progression rests on high-quality performance and the evidence for it "
                             + TextFormatting.cite("[prp.1]", style)
                             + ". But pay reviews are to be made with equality of opportunity in mind "
                             + TextFormatting.cite("[prp.1]", style) + ", so check that each difference has its reason on record.")
                for g in view.differing {
                    let parts = g.awards.reversed().map { award -> String in
                        let members = g.members.filter { $0.points == award.points }
                        var names = members.prefix(namesShown).map(member).joined(separator: ", ")
                        if members.count > namesShown { names += " and \(members.count - namesShown) more" }
                        return "\(award.points) point\(award.points == 1 ? "" : "s"): \(names)"
                    }
                    lines.append("  - \(g.label) (\(g.members.count) ASTs): " + parts.joined(separator: "; ") + ".")
                }
                if view.differing.contains(where: { g in g.awards.contains { $0.count > namesShown } }) {
                    lines.append("(report --json or --format html lists every name.)")
                }
            }
        }
        if !view.leftOut.isEmpty {
            let shown = view.leftOut.prefix(10).map { "\(TerminalText.visible($0.ast, keepNewlines: false)) (\($0.why))" }
            lines.append("Left out of the comparison: " + shown.joined(separator: ", ")
                         + (view.leftOut.count > 10 ? " and \(view.leftOut.count - 10) more" : "") + ".")
        }
        return lines
    }

    static func member(_ m: EqualityView.Member) -> String {
        let name = TerminalText.visible(m.ast, keepNewlines: false)
        guard !m.context.isEmpty else { return name }
        let cites = m.cites.isEmpty ? "" : " [\(m.cites.joined(separator: ", "))]"
        return "\(name) (\(m.context.joined(separator: "; "))\(cites))"
    }
}

/// `report --json`: stable keys for scripts.
struct ReportJSON: Encodable {
    var report: CycleReport

    enum Keys: String, CodingKey { case cycle, records, rows, equality }
    enum RowKeys: String, CodingKey {
        case ast, plan, plan_record, evidence_log, review, review_record, met, partly, not_met, not_recorded, points, range_start,
             spine_from, spine_to, high_quality, range_review, support, support_record
    }
    enum EqualityKeys: String, CodingKey { case groups, differing, left_out }
    enum GroupKeys: String, CodingKey { case outcomes, shares, awards, members, awards_differ }

    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: Keys.self)
        try c.encode(report.cycle.description, forKey: .cycle)
        try c.encode(report.recordCount, forKey: .records)
        var rows = c.nestedUnkeyedContainer(forKey: .rows)
        for row in report.rows {
            var r = rows.nestedContainer(keyedBy: RowKeys.self)
            try r.encode(row.ast, forKey: .ast)
            try r.encode(row.plan.word, forKey: .plan)
            try r.encode(row.plan.id, forKey: .plan_record)
            try r.encode(row.evidenceLog.word, forKey: .evidence_log)
            try r.encode(row.review.word, forKey: .review)
            try r.encode(row.review.id, forKey: .review_record)
            try r.encode(row.facts.map { _ in row.met }, forKey: .met)
            try r.encode(row.facts.map { _ in row.partly }, forKey: .partly)
            try r.encode(row.facts.map { _ in row.notMet }, forKey: .not_met)
            try r.encode(row.facts.map { _ in row.notRecorded }, forKey: .not_recorded)
            try r.encode(row.points, forKey: .points)
            try r.encode(row.facts?.rangeStart, forKey: .range_start)
            try r.encode(row.facts?.currentPoint, forKey: .spine_from)
            try r.encode(row.facts?.points == nil ? nil : row.facts?.newPoint, forKey: .spine_to)
            try r.encode(row.facts?.highQuality, forKey: .high_quality)
            try r.encode(row.rangeReview.map(\.rawValue), forKey: .range_review)
            try r.encode(row.support ?? "none", forKey: .support)
            try r.encode(row.supportID, forKey: .support_record)
        }
        var e = c.nestedContainer(keyedBy: EqualityKeys.self, forKey: .equality)
        var groups = e.nestedUnkeyedContainer(forKey: .groups)
        for g in report.equality.groups {
            var o = groups.nestedContainer(keyedBy: GroupKeys.self)
            try o.encode(g.label, forKey: .outcomes)
            try o.encode(g.shares, forKey: .shares)
            try o.encode(g.awardsDiffer, forKey: .awards_differ)
            try o.encode(g.awards.map { ["points": $0.points, "asts": $0.count] }, forKey: .awards)
            try o.encode(g.members.map { MemberJSON(ast: $0.ast, points: $0.points, context: $0.context, cites: $0.cites) }, forKey: .members)
        }
        try e.encode(report.equality.differing.map(\.label), forKey: .differing)
        try e.encode(report.equality.leftOut.map { ["ast": $0.ast, "why": $0.why] }, forKey: .left_out)
    }

    struct MemberJSON: Encodable { var ast: String; var points: Int; var context: [String]; var cites: [String] }
}
