import Foundation

/// A guided interview (objective setting, evidence, review, support, tour), read
/// from `interviews/*.yaml`. The interview engine interprets it; the model only
/// describes steps, where they lead and why they are asked.
public struct Interview: Sendable, Equatable {
    public var id: String
    public var title: String
    /// Shown when the interview starts.
    public var summary: String
    public var cites: [Located<String>]
    /// What kind of record the interview produces and which answers name the AST and cycle.
    public var record: InterviewRecordSpec
    /// The first step.
    public var start: Located<String>
    public var steps: [InterviewStep]
    /// How agreement is recorded at the end; nil for interviews nobody agrees (the tour).
    public var agreement: InterviewAgreementSpec?
    public var conclusions: [InterviewConclusionSpec]
    public var location: SourceLocation

    public init(id: String, title: String, summary: String = "", cites: [Located<String>] = [],
                record: InterviewRecordSpec, start: Located<String>, steps: [InterviewStep],
                agreement: InterviewAgreementSpec? = nil, conclusions: [InterviewConclusionSpec] = [],
                location: SourceLocation) {
        self.id = id
        self.title = title
        self.summary = summary
        self.cites = cites
        self.record = record
        self.start = start
        self.steps = steps
        self.agreement = agreement
        self.conclusions = conclusions
        self.location = location
    }

    /// A top-level step, or a step inside a group, by id.
    public func step(_ id: String) -> InterviewStep? {
        for s in steps {
            if s.id == id { return s }
            if let inner = s.steps.first(where: { $0.id == id }) { return inner }
        }
        return nil
    }

    /// The group a step sits in, if any.
    public func group(containing id: String) -> InterviewStep? {
        steps.first { $0.kind == .group && $0.steps.contains { $0.id == id } }
    }

    /// Every step, groups followed by their inner steps.
    public var allSteps: [InterviewStep] { steps.flatMap { [$0] + $0.steps } }
}

/// Which record an interview writes, and which answers fill its AST name and cycle.
public struct InterviewRecordSpec: Sendable, Equatable {
    /// A record kind: planning, evidence, review, support or tour.
    public var kind: Located<String>
    /// Step whose answer is the AST's name.
    public var ast: Located<String>?
    /// Step whose answer is the cycle (e.g. `2025-26`).
    public var cycle: Located<String>?

    public init(kind: Located<String>, ast: Located<String>? = nil, cycle: Located<String>? = nil) {
        self.kind = kind
        self.ast = ast
        self.cycle = cycle
    }
}

/// The agreement step at the end: why it matters, and which answers give the
/// default names of the line manager and the AST.
public struct InterviewAgreementSpec: Sendable, Equatable {
    public var why: String
    public var cites: [Located<String>]
    public var lineManager: Located<String>?
    public var ast: Located<String>?
    public var location: SourceLocation

    public init(why: String, cites: [Located<String>], lineManager: Located<String>? = nil,
                ast: Located<String>? = nil, location: SourceLocation) {
        self.why = why
        self.cites = cites
        self.lineManager = lineManager
        self.ast = ast
        self.location = location
    }
}

/// The kinds of answer a step takes, and the two steps that take none.
public enum InterviewAnswerType: String, Sendable, Equatable, CaseIterable {
    case text, choice, yesno, number, date, percentage, list
    /// An academic year, stored in one form (`2026-27`) whatever the spelling typed.
    case cycle
    /// Shows its prompt and goes on; no answer.
    case note
    /// Ends the interview without a record, saying why.
    case stop
    /// A repeating group of inner steps (one pass per objective, evidence item...).
    case group
}

/// Answers a step can offer from records already saved, so they need not be typed again.
public enum InterviewOffer: String, Sendable, Equatable, CaseIterable {
    /// The objectives of the AST's objectives record for the same cycle
    /// (a number picks one; inside a group, Enter takes the next one not yet covered).
    case planObjectives = "plan-objectives"
    /// Before asking, the evidence log's items that bear on this group item's
    /// objective (the answer to its `plan-objectives` step), with the cautions
    /// the log raised for each.
    case loggedEvidence = "logged-evidence"
    /// Enter takes a reference to the evidence log's items for this group
    /// item's objective; the record keeps those items beside the answer.
    case loggedEvidenceSummary = "logged-evidence-summary"
    /// Enter takes the start of the pay range from the AST's earlier reviews.
    case earlierRangeStart = "earlier-range-start"
    /// Enter takes the spine point the AST's earlier reviews lead to.
    case earlierPoint = "earlier-point"
    /// Enter takes the line manager's name from the configuration file (`line-manager:`).
    case configuredLineManager = "configured-line-manager"
    /// Enter takes the school's name from the configuration file (`school:`).
    case configuredSchool = "configured-school"

    /// The kinds of step the offer fits.
    public var stepKinds: [InterviewAnswerType] {
        switch self {
        case .planObjectives: return [.text, .list]
        case .loggedEvidence: return [.text, .choice, .yesno, .number, .date, .percentage, .list]
        case .loggedEvidenceSummary: return [.text]
        case .earlierRangeStart, .earlierPoint: return [.number]
        case .configuredLineManager, .configuredSchool: return [.text]
        }
    }

    /// True when the offer reads the AST's saved records (the shell looks them
    /// up once the AST and cycle are answered); false for a setting.
    public var readsRecords: Bool { self != .configuredLineManager && self != .configuredSchool }
}

/// One step of an interview.
public struct InterviewStep: Sendable, Equatable {
    public var id: String
    public var kind: InterviewAnswerType
    public var prompt: String
    /// One line: why the step is asked.
    public var why: String
    public var cites: [Located<String>]
    /// What counts as an answer, in plain words.
    public var help: String
    /// Short name used in reviews and in the `because` of conclusions.
    public var label: String
    /// Record field name (defaults to the step id with `_` for `-`, e.g. `range_start`).
    public var field: String
    /// True when `skip` is allowed.
    public var optional: Bool
    /// The answer taken when the user presses Enter.
    public var defaultValue: Located<String>?
    /// Bounds: numbers and percentages (values), dates (other dates), lists and groups (item counts).
    public var min: InterviewCondition?
    public var max: InterviewCondition?
    /// What a worked-out bound means, in words, for the message when an answer
    /// passes it (e.g. "the points left before the top of the range"); without
    /// it the message shows the expression.
    public var minNote: String?
    public var maxNote: String?
    /// True for steps that take a person's name (the agreement's names), so a
    /// stray "yes" meant for the question before is not taken as a name.
    public var expectsName = false
    /// Date steps only: a date after today is refused (`not_in_future: true`),
    /// e.g. the date of evidence already gathered.
    public var notInFuture = false
    /// Answers the shell can offer from the store (`offers:` in the YAML).
    public var offers: InterviewOffer?
    public var choices: [InterviewChoice]
    /// Where the step leads: the first route whose condition holds.
    public var next: [InterviewRoute]
    /// Goal-driven asking: the step is asked only when this holds.
    public var askWhen: InterviewCondition?
    /// The answer assumed when the step is not asked.
    public var otherwise: Located<String>?
    /// Why the step was not asked, shown in `review`.
    public var notAskedBecause: String?
    /// Group only: the inner steps, the first of them, and the "another?" question.
    public var steps: [InterviewStep]
    public var start: Located<String>?
    public var more: String?
    public var location: SourceLocation

    public init(id: String, kind: InterviewAnswerType, prompt: String, why: String = "", cites: [Located<String>] = [],
                help: String = "", label: String? = nil, field: String? = nil, optional: Bool = false,
                defaultValue: Located<String>? = nil, min: InterviewCondition? = nil, max: InterviewCondition? = nil,
                choices: [InterviewChoice] = [], next: [InterviewRoute] = [], askWhen: InterviewCondition? = nil,
                otherwise: Located<String>? = nil, notAskedBecause: String? = nil, steps: [InterviewStep] = [],
                start: Located<String>? = nil, more: String? = nil, location: SourceLocation) {
        self.id = id
        self.kind = kind
        self.prompt = prompt
        self.why = why
        self.cites = cites
        self.help = help
        self.label = label ?? id
        self.field = field ?? id.replacingOccurrences(of: "-", with: "_")
        self.optional = optional
        self.defaultValue = defaultValue
        self.min = min
        self.max = max
        self.choices = choices
        self.next = next
        self.askWhen = askWhen
        self.otherwise = otherwise
        self.notAskedBecause = notAskedBecause
        self.steps = steps
        self.start = start
        self.more = more
        self.location = location
    }

    /// The choices a user may type: yes/no steps have two implicit ones.
    public var choiceValues: [String] {
        kind == .yesno ? ["yes", "no"] : choices.map(\.value)
    }

    public func choice(_ value: String) -> InterviewChoice? { choices.first { $0.value == value } }

    /// True when the step takes an answer (not a note, stop or group).
    public var takesAnswer: Bool { ![.note, .stop, .group].contains(kind) }
}

/// One allowed answer of a choice (or yes/no) step.
public struct InterviewChoice: Sendable, Equatable {
    public var value: String
    public var label: String
    /// Where this choice leads (overrides the step's `next`).
    public var next: Located<String>?
    /// Said when this choice is picked: the guide's point at the moment of choice.
    public var says: String?
    public var cites: [Located<String>]
    /// Tour check questions: the right answer.
    public var correct: Bool
    public var location: SourceLocation

    public init(value: String, label: String? = nil, next: Located<String>? = nil, says: String? = nil,
                cites: [Located<String>] = [], correct: Bool = false, location: SourceLocation) {
        self.value = value
        self.label = label ?? value
        self.next = next
        self.says = says
        self.cites = cites
        self.correct = correct
        self.location = location
    }
}

/// Where a step leads: `target` (a step id, or `end`) when `condition` holds (or always).
public struct InterviewRoute: Sendable, Equatable {
    public var condition: InterviewCondition?
    public var target: Located<String>

    /// `end` finishes the interview (inside a group: finishes this item).
    public static let end = "end"

    public init(condition: InterviewCondition? = nil, target: Located<String>) {
        self.condition = condition
        self.target = target
    }
}

/// A conclusion the record states when `when` holds: text with `{step}` answers
/// filled in, its citations, and the answers it rests on. `each` repeats it per
/// item of a group; `compute` names a calculation the engine makes (e.g. pay).
public struct InterviewConclusionSpec: Sendable, Equatable {
    public var id: String
    public var when: InterviewCondition?
    public var says: String
    public var cites: [Located<String>]
    public var because: [Located<String>]
    public var each: Located<String>?
    public var compute: Located<String>?
    /// Named inputs of a computation → step ids.
    public var inputs: [String: Located<String>]
    public var location: SourceLocation

    public init(id: String, when: InterviewCondition? = nil, says: String = "", cites: [Located<String>] = [],
                because: [Located<String>] = [], each: Located<String>? = nil, compute: Located<String>? = nil,
                inputs: [String: Located<String>] = [:], location: SourceLocation) {
        self.id = id
        self.when = when
        self.says = says
        self.cites = cites
        self.because = because
        self.each = each
        self.compute = compute
        self.inputs = inputs
        self.location = location
    }

    /// The computations the engine knows, with the inputs each needs.
    public static let computations: [String: [String]] = [
        "pay-progression": ["current", "range_start", "points"],
        "tour-score": [],
    ]
}
