/// A filled-in `OutreachFeedbackForm`, read back from its Markdown: who wrote
/// it, when, and what they said about each objective. `evidenceItem()` turns it
/// into an item of the AST's evidence log: written feedback from the
/// receiving school [evidence.1, qa.5], about outreach, with its receptiveness
/// and follow-through [evidence.3]. The weight is left to the line manager
/// [evidence.2]. Pure: no I/O; the caller passes today's date.
public struct FilledOutreachFeedback: Equatable, Sendable {
    /// What was written about one objective.
    public struct Answer: Equatable, Sendable {
        public var objective: Int
        public var title: String
        public var comments: String
    }

    public var ast: String
    public var cycle: String
    public var receivingSchool: String
    public var completedBy: String
    /// The date completed, as `YYYY-MM-DD`.
    public var date: String
    public var answers: [Answer]
    /// `receptive`, `mixed` or `resistant`, when answered.
    public var receptive: String?
    /// `yes`, `partly` or `no`, when answered.
    public var builtOn: String?
    /// Comments after the one-word answers and under "Anything else", each
    /// with what it is about ("On receptiveness: ...").
    public var otherComments: [String]

    /// True when `text` is a feedback form (its front matter names the form),
    /// filled in or not: `import` reads such a file as feedback, not as a record.
    public static func isForm(_ text: String) -> Bool {
        guard let front = try? FormFrontMatter(text) else { return false }
        return front.values["form"] == OutreachFeedbackForm.marker
    }

    /// Reads a filled form. `today` (`YYYY-MM-DD`) bounds the date completed.
    /// Throws `FeedbackFormError` naming the line and what to put right.
    public static func parse(_ text: String, today: String) throws -> FilledOutreachFeedback {
        let front = try FormFrontMatter(text)
        guard front.values["form"] == OutreachFeedbackForm.marker else {
            throw FeedbackFormError(line: 1, "this is not an astpm outreach feedback form (its first lines should say 'form: \(OutreachFeedbackForm.marker)')")
        }
        guard let ast = front.values["ast"], !ast.isEmpty else { throw FeedbackFormError(line: 1, "the form does not name the AST ('ast:' at the top)") }
        guard let cycleText = front.values["cycle"], let cycle = try? Cycle.parse(cycleText).get() else {
            throw FeedbackFormError(line: 1, "the form's 'cycle:' at the top is missing or not a cycle such as 2025-26")
        }
        let sections = FormSections(text, from: front.endLine)
        func answer(_ heading: String) -> (text: String, line: Int)? {
            sections.all.first(where: { $0.heading.lowercased() == heading.lowercased() }).map { ($0.text, $0.line) }
        }
        func required(_ heading: String, _ what: String) throws -> String {
            guard let a = answer(heading) else {
                throw FeedbackFormError(line: sections.lastLine, "the heading '## \(heading)' is missing; keep the form's headings as they were")
            }
            guard !a.text.isEmpty else { throw FeedbackFormError(line: a.line, "\(what) is not filled in (under '## \(heading)')") }
            return a.text
        }
        let school = try required(OutreachFeedbackForm.Heading.receivingSchool, "the school's name")
        let completedBy = try required(OutreachFeedbackForm.Heading.completedBy, "the name and role of whoever completed the form")
        let dateText = try required(OutreachFeedbackForm.Heading.date, "the date completed")
        guard let date = FormDate.read(dateText) else {
            throw FeedbackFormError(line: answer(OutreachFeedbackForm.Heading.date)?.line ?? 1,
                                    "'\(dateText)' is not a date; write it as 8 July 2026, 08/07/2026 or 2026-07-08")
        }
        guard date <= today else {
            throw FeedbackFormError(line: answer(OutreachFeedbackForm.Heading.date)?.line ?? 1, "the date completed, \(date), is after today (\(today))")
        }
        var answers: [Answer] = []
        for s in sections.all {
            guard let (number, title) = FormSections.objective(s.heading) else { continue }
            if !s.text.isEmpty { answers.append(Answer(objective: number, title: title, comments: s.text)) }
        }
        guard !answers.isEmpty else {
            throw FeedbackFormError(line: sections.lastLine, "no objective has an answer: write what changed under at least one '## Objective' heading")
        }
        var other: [String] = []
        let receptive = try oneWord(answer(OutreachFeedbackForm.Heading.receptive), choices: ["receptive", "mixed", "resistant"],
                                    label: "On receptiveness", comments: &other)
        let builtOn = try oneWord(answer(OutreachFeedbackForm.Heading.builtOn), choices: ["yes", "partly", "no"],
                                  label: "On building on the work", comments: &other)
        if let more = answer(OutreachFeedbackForm.Heading.other), !more.text.isEmpty { other.append("Also: " + more.text) }
        return FilledOutreachFeedback(ast: ast, cycle: cycle.description, receivingSchool: school, completedBy: completedBy, date: date,
                                      answers: answers, receptive: receptive, builtOn: builtOn, otherComments: other)
    }

    /// A one-word answer from `choices` (its first word), the rest kept as a comment.
    private static func oneWord(_ answer: (text: String, line: Int)?, choices: [String], label: String, comments: inout [String]) throws -> String? {
        guard let answer, !answer.text.isEmpty else { return nil }
        let words = answer.text.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "." || $0 == ";" || $0 == ":" || $0 == "-" })
        let first = words.first.map { $0.lowercased() } ?? ""
        guard choices.contains(first) else {
            throw FeedbackFormError(line: answer.line, "the answer should start with one of: \(choices.joined(separator: ", ")) (found '\(first)')")
        }
        let rest = trimmedBlanks(answer.text.dropFirst(words.first!.count).drop(while: { " ,.;:-".contains($0) }))
        if !rest.isEmpty { comments.append("\(label): \(rest)") }
        return first
    }

    /// The evidence-log item this feedback becomes.
    public func evidenceItem() -> RecordValue {
        var said = answers.map { "Objective \($0.objective): \(FormText.oneLine($0.comments))" }
        said += otherComments.map(FormText.oneLine)
        var fields: [RecordField] = [
            RecordField("kind", .text("proforma")),
            RecordField("source", .text("\(FormText.oneLine(completedBy)), \(FormText.oneLine(receivingSchool))")),
            RecordField("date", .text(date)),
            RecordField("content", .text(said.joined(separator: " "))),
            RecordField("bears-on", .list(answers.map { .text("Objective \($0.objective) (\(FormText.oneLine($0.title)))") })),
            RecordField("outreach", .text("yes")),
        ]
        if let receptive { fields.append(RecordField("receptive", .text(receptive))) }
        if let builtOn { fields.append(RecordField("built-on", .text(builtOn))) }
        fields.append(RecordField("one-off", .text("no")))
        return .map(fields)
    }

    /// An evidence log holding only this feedback, for `today`: saved with
    /// evidence merging, it is added to the AST's log for the cycle (or starts one).
    public func evidenceLog(today: String) -> Record {
        let school = FormText.oneLine(receivingSchool)
        let conclusion = Conclusion(
            text: "Item 1: written feedback from \(school) on the outreach, dated \(date); how much weight it carries is for the line manager to decide.",
            cites: ["evidence.1", "evidence.2", "qa.4"], because: ["items"])
        return Record(kind: .evidence, status: .draft, ast: ast, cycle: cycle, created: today, updated: today,
                      fields: [RecordField("ast-name", .text(ast)), RecordField("cycle", .text(cycle)), RecordField("items", .list([evidenceItem()]))],
                      conclusions: [conclusion])
    }
}

/// Why a feedback form cannot be read, with the line to look at.
public struct FeedbackFormError: Error, Equatable, Sendable, CustomStringConvertible {
    public var line: Int
    public var message: String
    public init(line: Int, _ message: String) {
        self.line = line
        self.message = message
    }
    public var description: String { "line \(line): \(message)" }
}

/// The `key: value` lines between the form's two `---` lines.
struct FormFrontMatter {
    var values: [String: String] = [:]
    /// The line after the closing `---` (1-based).
    var endLine = 1

    init(_ text: String) throws {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { trimmedBlanks($0.hasSuffix("\r") ? $0.dropLast() : $0) }
        guard let open = lines.firstIndex(where: { !$0.isEmpty }), lines[open] == "---" else {
            throw FeedbackFormError(line: 1, "the form should start with a '---' line")
        }
        var i = open + 1
        while i < lines.count, lines[i] != "---" {
            if let colon = lines[i].firstIndex(of: ":") {
                let key = trimmedBlanks(lines[i][..<colon]).lowercased()
                let value = trimmedBlanks(lines[i][lines[i].index(after: colon)...])
                if values[key] == nil { values[key] = value }
            }
            i += 1
        }
        guard i < lines.count else { throw FeedbackFormError(line: open + 1, "the '---' that starts the form is never closed") }
        endLine = i + 2
    }
}

/// The form's `## heading` sections and the answer under each (lines that
/// start with `>` are notes, not answers).
struct FormSections {
    struct Section {
        var heading: String
        var text: String
        /// The heading's line (1-based).
        var line: Int
    }

    var all: [Section] = []
    var lastLine = 1

    init(_ text: String, from firstLine: Int) {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.hasSuffix("\r") ? String($0.dropLast()) : String($0) }
        lastLine = max(1, lines.count)
        var current: Section?
        var body: [String] = []
        func close() {
            guard var s = current else { return }
            s.text = FormSections.paragraphs(body)
            all.append(s)
        }
        for (i, raw) in lines.enumerated() where i + 1 >= firstLine {
            let line = trimmedBlanks(raw)
            if line.hasPrefix("## ") {
                close()
                current = Section(heading: trimmedBlanks(line.dropFirst(3)), text: "", line: i + 1)
                body = []
            } else if current != nil, !line.hasPrefix(">"), !line.hasPrefix("# ") {
                body.append(line)
            }
        }
        close()
    }

    /// Lines joined into paragraphs: blank lines separate them, ends trimmed.
    static func paragraphs(_ lines: [String]) -> String {
        var paragraphs: [String] = []
        var current: [String] = []
        for line in lines + [""] {
            if line.isEmpty {
                if !current.isEmpty { paragraphs.append(current.joined(separator: " ")) }
                current = []
            } else {
                current.append(line)
            }
        }
        return paragraphs.joined(separator: "\n\n")
    }

    /// "Objective 3: text" as (3, text).
    static func objective(_ heading: String) -> (Int, String)? {
        guard heading.lowercased().hasPrefix("objective ") else { return nil }
        let rest = heading.dropFirst("objective ".count)
        let digits = rest.prefix(while: { $0.isASCII && $0.isNumber })
        guard let n = Int(digits), n > 0 else { return nil }
        var title = rest.dropFirst(digits.count)
        if title.first == ":" { title = title.dropFirst() }
        return (n, trimmedBlanks(title))
    }
}

/// Dates as people write them on a form: `2026-07-08`, `8/7/2026` (day first),
/// `8 July 2026`; only real days.
enum FormDate {
    static let months = ["january", "february", "march", "april", "may", "june", "july",
                         "august", "september", "october", "november", "december"]

    /// The date as `YYYY-MM-DD`, or nil.
    static func read(_ typed: String) -> String? {
        let text = trimmedBlanks(typed).lowercased()
        var parts: [Substring]
        var year = 0, month = 0, day = 0
        if text.contains("-") {
            parts = text.split(separator: "-")
            guard parts.count == 3, let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]), parts[0].count == 4 else { return nil }
            (year, month, day) = (y, m, d)
        } else if text.contains("/") {
            parts = text.split(separator: "/")
            guard parts.count == 3, let d = Int(parts[0]), let m = Int(parts[1]), let y = Int(parts[2]), parts[2].count == 4 else { return nil }
            (year, month, day) = (y, m, d)
        } else {
            parts = text.split(separator: " ").map { $0.drop(while: { $0 == "," }) }.filter { !$0.isEmpty }
            guard parts.count == 3 else { return nil }
            let dayText = parts[0].prefix(while: { $0.isASCII && $0.isNumber })
            guard let d = Int(dayText), let y = Int(parts[2].filter { $0 != "," }),
                  let m = months.firstIndex(where: { $0 == parts[1] || (parts[1].count >= 3 && $0.hasPrefix(parts[1])) }) else { return nil }
            (year, month, day) = (y, m + 1, d)
        }
        guard (1900...2199).contains(year), CalendarDate.exists(year: year, month: month, day: day) else { return nil }
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(year)-\(two(month))-\(two(day))"
    }
}
