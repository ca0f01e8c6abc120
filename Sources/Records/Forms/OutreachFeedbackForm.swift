/// The feedback form for the head (or a senior manager) of a school where an
/// AST does outreach: the agreed outreach objectives, each with room for what
/// changed, and the school's receptiveness and follow-through, which the guide
/// asks the line manager to weigh [evidence.1, evidence.3, qa.5].
///
/// The form is plain Markdown so that it can be emailed, filled in with any
/// editor and read back by `import`: `FilledOutreachFeedback` parses it.
/// Pure: no I/O, no clock.
public struct OutreachFeedbackForm: Equatable, Sendable {
    /// One agreed outreach objective, numbered as in the plan.
    public struct Objective: Equatable, Sendable {
        public var number: Int
        public var text: String
        public var successCriteria: String?
        public init(number: Int, text: String, successCriteria: String? = nil) {
            self.number = number
            self.text = text
            self.successCriteria = successCriteria
        }
    }

    public var ast: String
    public var cycle: String
    /// The AST's own school, and the LEA, when known (the plan or the configuration).
    public var school: String?
    public var lea: String?
    public var objectives: [Objective]

    public init(ast: String, cycle: String, school: String? = nil, lea: String? = nil, objectives: [Objective]) {
        self.ast = ast
        self.cycle = cycle
        self.school = school
        self.lea = lea
        self.objectives = objectives
    }

    /// The line that marks a Markdown file as this form (in its front matter).
    public static let marker = "astpm outreach feedback"

    /// The form for a plan: its outreach objectives (area or focus "outreach",
    /// or worked out with the LEA), numbered as the plan numbers them.
    /// Empty `objectives` when the plan has none.
    public static func from(plan: Record, school: String? = nil, lea: String? = nil) -> OutreachFeedbackForm {
        var objectives: [Objective] = []
        if case .list(let items)? = plan.field("objectives") {
            for (i, item) in items.enumerated() {
                guard case .map(let fields) = item else { continue }
                func text(_ key: String) -> String? {
                    guard case .text(let t)? = fields.first(where: { $0.key == key })?.value else { return nil }
                    let trimmed = trimmedBlanks(t)
                    return trimmed.isEmpty ? nil : trimmed
                }
                let isOutreach = text("area")?.lowercased() == "outreach" || text("focus")?.lowercased() == "outreach"
                    || text("lea-involved")?.lowercased() == "yes"
                guard isOutreach, let objective = text("objective") else { continue }
                objectives.append(Objective(number: i + 1, text: objective, successCriteria: text("success-criteria")))
            }
        }
        let planSchool: String? = {
            guard case .text(let t)? = plan.field("school") else { return nil }
            return t.isEmpty ? nil : t
        }()
        return OutreachFeedbackForm(ast: plan.ast, cycle: plan.cycle, school: planSchool ?? school, lea: lea, objectives: objectives)
    }

    /// Headings of the form's questions, in order; `import` finds the answers under them.
    enum Heading {
        static let receivingSchool = "Your school"
        static let completedBy = "Your name and role"
        static let date = "Date completed"
        static let receptive = "How receptive were the teachers or department to the support?"
        static let builtOn = "Has your school built on the AST's work?"
        static let other = "Anything else"
        static func objective(_ o: Objective) -> String { "Objective \(o.number): \(o.text)" }
    }

    /// Guidance lines under a heading start with `>`: `import` ignores them.
    public func markdown() -> String {
        var md = """
        ---
        form: \(OutreachFeedbackForm.marker)
        ast: \(FormText.oneLine(ast))
        cycle: \(FormText.oneLine(cycle))
        ---

        # Outreach feedback: \(FormText.oneLine(ast)), \(FormText.oneLine(cycle))

        > Thank you for helping with \(FormText.oneLine(ast))'s performance review\(school.map { " at \(FormText.oneLine($0))" } ?? "").
        > Write your answers under each heading (keep the headings, the lines starting with '#',
        > and the lines at the top between '---'). Lines starting with '>' are notes and are not read.
        > Please return the completed form to the AST's line manager; the AST will see it.


        """
        md += section(Heading.receivingSchool, note: "The name of your school.")
        md += section(Heading.completedBy, note: "For example: J. Mensah, headteacher.")
        md += section(Heading.date, note: "For example: 8 July 2026 or 2026-07-08.")
        for o in objectives {
            var note = "How far was this objective met, and what changed in your school as a result?"
            if let criteria = o.successCriteria { note = "Agreed success criteria: \(FormText.oneLine(criteria))\n> " + note }
            md += section(Heading.objective(o), note: note)
        }
        md += section(Heading.receptive, note: "One word, then any comment: receptive, mixed or resistant.")
        md += section(Heading.builtOn, note: "One word, then any comment: yes, partly or no.")
        md += section(Heading.other, note: "Optional.")
        return md
    }

    private func section(_ heading: String, note: String) -> String {
        "## \(FormText.oneLine(heading))\n\n> \(note)\n\n\n"
    }
}

/// Small text helpers for the form (Records does not import Foundation).
enum FormText {
    /// `text` on one line: line breaks and tabs as spaces, blanks trimmed.
    static func oneLine(_ text: String) -> String {
        var out = ""
        var lastSpace = false
        for ch in text {
            let space = ch == "\n" || ch == "\r" || ch == "\t" || ch == " "
            if space {
                if !lastSpace && !out.isEmpty { out.append(" ") }
            } else if ch.unicodeScalars.allSatisfy({ $0.value >= 0x20 && $0.value != 0x7F }) {
                out.append(ch)
            }
            lastSpace = space
        }
        return trimmedBlanks(out)
    }
}

extension Record {
    /// The value of top-level field `key`, if any.
    public func field(_ key: String) -> RecordValue? {
        fields.first(where: { $0.key == key })?.value
    }
}
