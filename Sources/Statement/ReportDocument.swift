import Overview

/// The cycle report (`report CYCLE --format html`) as one self-contained A4
/// document for the head, governors or LEA: landscape pages whose margins
/// carry the cycle, "Confidential: personal data" and "Page n of m" (the
/// statement's page rules), one table row per AST, then the awards set against
/// outcomes and the groups worth a second look [prp.1]. Every piece of record
/// text is escaped; nothing is loaded.
public struct ReportDocument: Sendable {
    public var report: CycleReport
    public var settings: StatementSettings
    /// The day it was prepared, printed on it.
    public var prepared: Day

    public init(report: CycleReport, settings: StatementSettings, prepared: Day) {
        self.report = report
        self.settings = settings
        self.prepared = prepared
    }

    var title: String { "Performance management report — cycle \(report.cycle)" }

    public func html() -> String {
        let e = HTMLText.escape
        let org = [settings.school, settings.lea].compactMap { $0 }.filter { !$0.trimmingSpaces().isEmpty }
        let left = (["Cycle report \(report.cycle)"] + org).joined(separator: " · ")
        let css = """
        \(StatementStyle.base)
        \(StatementStyle.page("report", left: left, record: "Prepared \(prepared.long) with astpm"))
        @page report { size: A4 landscape; }
        section.report { page: report; }
        table.report { border: 0.75pt solid #000; font-size: 9pt; }
        table.report thead th { border-bottom: 0.75pt solid #000; background: #eee; font-weight: bold; }
        table.report td, table.report th { border-top: 0.5pt solid #bbb; }
        table.report tr { break-inside: avoid; }
        table.report td.n, table.report th.n { text-align: right; }
        table.awards { width: auto; font-size: 9.5pt; border: 0.75pt solid #000; margin-bottom: 2mm; }
        table.awards th { background: #eee; }
        table.awards td, table.awards th { border-top: 0.5pt solid #bbb; }
        .look { border: 1.5pt solid #000; padding: 1mm 3mm 2mm; margin: 3mm 0; }
        .look li { break-inside: avoid; margin-bottom: 1.2mm; }
        """
        var h = HTMLPage.head(title: title, css: css) + """
        <section class="report">
        <header class="head">
        <p class="confidential">Confidential: personal data</p>

        """
        h += org.isEmpty ? "<p class=\"org blank\">School: <span class=\"fill\"></span> LEA: <span class=\"fill\"></span></p>\n"
                         : "<p class=\"org\">\(org.map(e).joined(separator: " · "))</p>\n"
        let n = report.rows.count
        h += "<h1>Performance management report <span class=\"cycle\">cycle \(e(report.cycle.description))</span></h1>\n"
        h += "<p>\(n) Advanced Skills Teacher\(n == 1 ? "" : "s"), from \(report.recordCount) record\(report.recordCount == 1 ? "" : "s"); prepared on \(e(prepared.long)). One row per AST: the plan, the review's outcomes and pay recommendation for 1 September, whether the review calls for the pay range to be reviewed, and support.</p>\n"
        h += "</header>\n"
        h += rows()
        h += equality()
        h += "<footer class=\"prepared\"><p>Prepared with astpm to the DfES guide <i>A Guide to the Performance Management of Advanced Skills Teachers</i> (\(e(settings.guideReference))). Ids in square brackets, such as [prp.1], name paragraphs of that guide.</p></footer>\n"
        h += "</section>\n</body>\n</html>\n"
        return h
    }

    func rows() -> String {
        let e = HTMLText.escape
        var h = "<table class=\"report\">\n<thead><tr><th>AST</th><th>Plan</th><th>Review</th><th class=\"n\">Met</th><th class=\"n\">Partly</th><th class=\"n\">Not met</th><th class=\"n\">Points</th><th>Spine point</th><th>Range review</th><th>Support</th></tr></thead>\n<tbody>\n"
        for row in report.rows {
            let f = row.facts
            func number(_ v: Int?) -> String { v.map(String.init) ?? "–" }
            let spine: String
            if let from = f?.currentPoint {
                spine = (f?.points ?? 0) > 0 ? "\(from) → \(f?.newPoint ?? from)" : String(from)
            } else {
                spine = "–"
            }
            let range = row.rangeReview.isEmpty ? (f == nil ? "–" : "no")
                : row.rangeReview.map { "\(e($0.short)) <span class=\"cite\">[\(e($0.cites.joined(separator: ", ")))]</span>" }.joined(separator: "<br>")
            h += "<tr><td>\(e(row.ast))</td><td>\(state(row.plan))</td><td>\(state(row.review))</td>"
            h += "<td class=\"n\">\(f == nil ? "–" : String(row.met))</td><td class=\"n\">\(f == nil ? "–" : String(row.partly))</td><td class=\"n\">\(f == nil ? "–" : String(row.notMet))</td>"
            h += "<td class=\"n\">\(number(row.points))</td><td>\(spine)</td><td>\(range)</td><td>\(e(row.support ?? "none"))</td></tr>\n"
        }
        return h + "</tbody>\n</table>\n"
    }

    func state(_ s: RecordState) -> String {
        switch s {
        case .none: return "<span class=\"none\">none</span>"
        case .draft: return "draft"
        case .agreed(_, let on): return on.map { "agreed <span class=\"nowrap\">\(HTMLText.escape($0.long))</span>" } ?? "agreed"
        }
    }

    func equality() -> String {
        let e = HTMLText.escape
        let view = report.equality
        var h = "<h2>Equality of opportunity: awards set against outcomes <span class=\"cite\">[prp.1]</span></h2>\n"
        guard !view.groups.isEmpty else {
            h += "<p>No review records both objective outcomes and points yet, so there is nothing to set side by side.</p>\n"
            return h + leftOut()
        }
        h += "<p>ASTs are grouped by the share of their objectives met, partly met and not met (three of three met counts as the same outcome as four of four); each group shows the points recommended.</p>\n"
        h += "<table class=\"awards\">\n<thead><tr><th>Outcomes</th><th class=\"n\">ASTs</th><th>Awards (points: ASTs)</th></tr></thead>\n<tbody>\n"
        for g in view.groups {
            h += "<tr><td>\(e(g.label))</td><td class=\"n\">\(g.members.count)</td><td>\(e(g.awards.map { "\($0.points): \($0.count)" }.joined(separator: " · ")))</td></tr>\n"
        }
        h += "</tbody>\n</table>\n"
        if view.differing.isEmpty {
            h += "<p>No ASTs with the same outcomes were recommended different awards.</p>\n"
        } else {
            h += "<div class=\"look\">\n<h3>To look at</h3>\n"
            h += "<p>ASTs with the same outcomes were recommended different awards. This is not a finding of unfairness: awards can rightly differ, as posts and the criteria agreed for them differ <span class=\"cite\">[differences.1]</span>, and progression rests on high-quality performance and the evidence for it <span class=\"cite\">[prp.1]</span>. But pay reviews are to be made with equality of opportunity in mind <span class=\"cite\">[prp.1]</span>, so check that each difference has its reason on record.</p>\n<ul>\n"
            for g in view.differing {
                h += "<li><b>\(e(g.label))</b> (\(g.members.count) ASTs):<ul>\n"
                for award in g.awards.reversed() {
                    let members = g.members.filter { $0.points == award.points }
                    let names = members.map { m -> String in
                        guard !m.context.isEmpty else { return e(m.ast) }
                        let cites = m.cites.isEmpty ? "" : " <span class=\"cite\">[\(e(m.cites.joined(separator: ", ")))]</span>"
                        return "\(e(m.ast)) <i>(\(e(m.context.joined(separator: "; "))))</i>\(cites)"
                    }
                    h += "<li>\(award.points) point\(award.points == 1 ? "" : "s"): \(names.joined(separator: ", "))</li>\n"
                }
                h += "</ul></li>\n"
            }
            h += "</ul>\n</div>\n"
        }
        return h + leftOut()
    }

    func leftOut() -> String {
        let view = report.equality
        guard !view.leftOut.isEmpty else { return "" }
        return "<p>Left out of the comparison: " + view.leftOut.map { "\(HTMLText.escape($0.ast)) (\(HTMLText.escape($0.why)))" }.joined(separator: ", ") + ".</p>\n"
    }
}
