import Records

/// The outreach feedback form as an A4 page to print or email: the AST, the
/// cycle, the agreed outreach objectives with their success criteria, and
/// ruled boxes for the receiving school's answers [evidence.1, evidence.3,
/// qa.5]. Its Markdown twin (`OutreachFeedbackForm.markdown()`) is the one
/// `import` reads back. Self-contained: loads nothing, every text escaped.
public struct FeedbackFormDocument: Sendable {
    public var form: OutreachFeedbackForm
    public var settings: StatementSettings

    public init(form: OutreachFeedbackForm, settings: StatementSettings = StatementSettings()) {
        self.form = form
        self.settings = settings
    }

    public func html() -> String {
        let e = HTMLText.escape
        let title = "Outreach feedback — \(form.ast) — \(form.cycle)"
        var css = StatementStyle.base + "\n"
        css += StatementStyle.page("form", left: "\(form.ast) · outreach feedback · cycle \(form.cycle)", record: "astpm outreach feedback form") + "\n"
        css += """
        body { page: form; }
        .answer { box-sizing: border-box; width: 100%; border: 0.75pt solid #000; min-height: 26mm; margin: 1mm 0 3mm; break-inside: avoid; }
        .answer.short { min-height: 8mm; }
        .answer.medium { min-height: 16mm; }
        .criteria { font-size: 9pt; color: #222; margin: 0 0 1mm; }
        .choices { font-size: 9pt; margin: 0 0 1mm; }
        .question { break-inside: avoid; }
        .intro { margin: 2mm 0 4mm; }

        """
        let school = form.school ?? settings.school
        let lea = form.lea ?? settings.lea
        var h = HTMLPage.head(title: title, css: css) + """
        <div class="head">
        <p class="confidential">Confidential: personal data</p>

        """
        let org = [school, lea].compactMap { $0 }.filter { !$0.isEmpty }
        if !org.isEmpty { h += "<p class=\"org\">\(org.map(e).joined(separator: " · "))</p>\n" }
        h += """
        <h1>Outreach feedback <span class="cycle">for \(e(form.ast)), \(e(form.cycle))</span></h1>
        </div>
        <p class="intro">Thank you for taking part in the performance review of \(e(form.ast))\(school.map { ", an Advanced Skills Teacher at " + e($0) } ?? ""). \
        Please describe the outreach work in your school against each agreed objective below, and return the form to the AST's line manager. \
        The AST will see what you write.</p>

        """
        h += question("Your school", size: "short")
        h += question("Your name and role", size: "short")
        h += question("Date completed", size: "short")
        h += "<h2>The agreed outreach objectives</h2>\n"
        if form.objectives.isEmpty {
            h += "<p class=\"none\">No outreach objective is recorded in the plan.</p>\n"
        }
        for o in form.objectives {
            var extra = ""
            if let c = o.successCriteria { extra = "<p class=\"criteria\"><span class=\"k\">Agreed success criteria:</span> \(e(c))</p>\n" }
            h += question("Objective \(o.number): \(o.text)", note: extra + "<p class=\"choices\">How far was this objective met, and what changed in your school as a result?</p>\n")
        }
        h += "<h2>Your school's part</h2>\n"
        h += question("How receptive were the teachers or department to the support?",
                      note: "<p class=\"choices\">Receptive, mixed or resistant, and any comment.</p>\n", size: "short")
        h += question("Has your school built on the AST's work?", note: "<p class=\"choices\">Yes, partly or no, and any comment.</p>\n", size: "short")
        h += question("Anything else", size: "medium")
        h += "<footer class=\"prepared\">Prepared with astpm for the performance management of Advanced Skills Teachers (\(e(settings.guideReference))). "
        h += "An electronic copy of this form (Markdown) can be filled in and returned instead.</footer>\n</body>\n</html>\n"
        return h
    }

    /// A heading, its note and a ruled box to write in (`size`: short, medium or the default tall one).
    private func question(_ heading: String, note: String = "", size: String = "") -> String {
        "<div class=\"question\">\n<h3>\(HTMLText.escape(heading))</h3>\n\(note)<div class=\"answer\(size.isEmpty ? "" : " " + size)\"></div>\n</div>\n"
    }
}
