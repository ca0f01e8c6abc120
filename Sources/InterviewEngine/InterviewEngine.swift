import Foundation
import Guidance
import Records

/// The interview state machine. Pure: no terminal, no files, no clock (today's
/// date comes in as a value). Each event returns an `InterviewAction` for the
/// shell to carry out; `state` is Codable, so a paused session resumes exactly.
public struct InterviewEngine {
    /// A session that cannot be resumed with this Guidance.
    public enum ResumeError: Error, Equatable, CustomStringConvertible {
        case otherInterview(expected: String, found: String)
        case newerVersion(Int)

        public var description: String {
            switch self {
            case .otherInterview(let expected, let found):
                return "this paused session belongs to interview '\(found)', not '\(expected)'"
            case .newerVersion(let v):
                return "this paused session was saved by a newer astpm (session version \(v)); update astpm to resume it"
            }
        }
    }

    public let interview: Interview
    public private(set) var state: InterviewState
    /// Today's date (ISO 8601), the default date of agreement.
    public var today: String
    /// What the AST's records already saved say (plan, evidence log, earlier
    /// reviews), given by the shell once the AST and cycle are known. Steps
    /// that `offers:` them take their defaults and evidence from here.
    public var earlier: EarlierRecords = .none
    /// The user's settings (the configured line manager), given by the shell.
    public var settings: InterviewSettings = .none

    public init(interview: Interview, today: String) {
        self.interview = interview
        self.today = today
        state = InterviewState(interviewID: interview.id, created: today)
    }

    public init(interview: Interview, resuming state: InterviewState, today: String) throws(ResumeError) {
        guard state.interviewID == interview.id else { throw .otherInterview(expected: interview.id, found: state.interviewID) }
        guard state.version <= InterviewState.currentVersion else { throw .newerVersion(state.version) }
        self.interview = interview
        self.state = state
        self.today = today
    }

    var walk: InterviewWalk { InterviewWalk(interview: interview, answers: state.answers) }

    // MARK: Events

    /// The current question (first call, or after resuming). Notes not yet shown come first.
    public mutating func begin() -> InterviewAction { advance(remarks: []) }

    /// An answer to the current question. Enter (empty text) takes the default, or keeps the earlier answer.
    public mutating func answer(_ text: String) -> InterviewAction {
        let w = walk
        guard state.phase == .asking, let entry = currentEntry(w) else { return advance(remarks: []) }
        let q = question(entry, w)
        var typed = text.trimmingCharacters(in: .whitespaces)
        if typed.isEmpty, let keep = q.current ?? q.defaultAnswer { typed = keep }
        switch BoundsEvaluator.parser(for: entry.step, in: entry.scope).parse(typed) {
        case .failure(let e): return .invalid(e, q)
        case .success(.date(let d)) where entry.step.notInFuture && d > today:
            return .invalid(.dateInFuture(date: d, today: today), q)
        case .success(let a):
            state.answers[entry.key.description] = a
            state.revisiting = nil
            return advance(remarks: remark(for: entry.step, a, key: entry.key))
        }
    }

    /// Leaves out an optional question.
    public mutating func skip() -> InterviewAction {
        let w = walk
        guard state.phase == .asking, let entry = currentEntry(w) else { return advance(remarks: []) }
        guard entry.step.optional else { return .invalid(.cannotSkip(why: entry.step.why), question(entry, w)) }
        state.answers[entry.key.description] = .skipped
        state.revisiting = nil
        return advance(remarks: [])
    }

    /// Goes back to the previous question, keeping every answer; Enter there keeps the answer.
    public mutating func back() -> InterviewAction {
        let w = walk
        guard state.phase == .asking else { return advance(remarks: []) }
        let answered = w.answered
        let position = state.revisiting.flatMap { r in answered.firstIndex { $0.key.description == r } } ?? answered.count
        guard position > 0 else {
            return currentEntry(w).map { .invalid(.nothingBefore, question($0, w)) } ?? advance(remarks: [])
        }
        let previous = answered[position - 1]
        state.revisiting = previous.key.description
        return .ask(question(previous, w), remarks: [])
    }

    // MARK: Queries (no change of state)

    /// The question waiting for an answer, if any.
    public var currentQuestion: Question? {
        let w = walk
        guard state.phase == .asking else { return nil }
        return currentEntry(w).map { question($0, w) }
    }

    /// Everything answered so far, with what was left out and why.
    public func review() -> InterviewAction {
        var lines = ["\(interview.title) - answers so far:"]
        var heading: String?
        for e in walk.entries where e.key.step != StepKey.more {
            let h = e.key.group == AgreementSteps.group ? "Agreement" : e.itemNumber.flatMap { _ in headingText(e) }
            if h != heading, let h { lines.append("  \(h)") }
            heading = h
            let indent = h == nil ? "  " : "    "
            switch e.status {
            case .answered(let a): lines.append("\(indent)\(e.step.label): \(a.display(for: e.step))")
            case .notAsked(let a):
                let assumed = a.map { " (taken as \($0.display(for: e.step)))" } ?? ""
                lines.append("\(indent)\(e.step.label): not asked\(assumed) - \(e.step.notAskedBecause ?? "it could not change the outcome")")
            case .note: continue
            }
        }
        if lines.count == 1 { lines.append("  nothing yet") }
        return .show(lines)
    }

    /// The conclusions the answers so far lead to, with their reasons and citations.
    public func explain() -> InterviewAction {
        .show(InterviewExplanation.lines(for: ConclusionBuilder(interview: interview, scope: walk.scope).conclusions()))
    }

    /// The record as it stands (the finished record once the interview is over).
    public func draftRecord() -> Record {
        RecordBuilder(interview: interview, walk: walk, created: state.created, earlier: earlier).record()
    }

    /// Choices of the current question that start with `prefix` (for Tab).
    public func completions(_ prefix: String) -> [String] {
        guard let q = currentQuestion else { return [] }
        let p = prefix.lowercased()
        return q.choices.map(\.value).filter { $0.lowercased().hasPrefix(p) }
    }

    // MARK: Internals

    func currentEntry(_ w: InterviewWalk) -> InterviewWalk.Entry? {
        if let r = state.revisiting, let e = w.answered.first(where: { $0.key.description == r }) { return e }
        return w.pendingEntry
    }

    mutating func advance(remarks: [Remark]) -> InterviewAction {
        let w = walk
        var said = remarks
        for e in w.entries where e.status == .note && !state.shownNotes.contains(e.key.description) {
            state.shownNotes.append(e.key.description)
            said.append(Remark(e.scope.fill(e.step.prompt, interview: interview, itemNumber: e.itemNumber), cites: e.step.cites.map(\.value)))
        }
        if state.phase == .finished { return .finished(draftRecord(), remarks: said) }
        if let e = currentEntry(w) { return .ask(question(e, w), remarks: said) }
        switch w.end {
        case .finished:
            state.phase = .finished
            return .finished(draftRecord(), remarks: said)
        case .stopped(let step):
            state.phase = .stopped
            return .stopped(Remark(walk.scope.fill(step.prompt, interview: interview), cites: step.cites.map(\.value)), remarks: said)
        case .deadEnd(let step):
            state.phase = .stopped
            return .stopped(Remark("The interview data gives no way on from step '\(step.id)'; run 'guidance check' and report it.", cites: step.cites.map(\.value)), remarks: said)
        case .pending: return advance(remarks: said)
        }
    }

    func remark(for step: InterviewStep, _ answer: Answer, key: StepKey) -> [Remark] {
        let value: String
        switch answer {
        case .choice(let v): value = v
        case .yesNo(let b): value = b ? "yes" : "no"
        default: return []
        }
        guard let c = step.choice(value), let says = c.says else { return [] }
        return [Remark(says, cites: c.cites.map(\.value))]
    }

    func headingText(_ e: InterviewWalk.Entry) -> String? {
        guard let g = e.key.group, let group = interview.step(g) else { return nil }
        return e.scope.fill(group.prompt, interview: interview, itemNumber: e.itemNumber)
    }

    func question(_ e: InterviewWalk.Entry, _ w: InterviewWalk) -> Question {
        let step = e.step
        var defaultAnswer = step.defaultValue?.value
        if e.key.group == AgreementSteps.group {
            defaultAnswer = agreementDefault(e.key.step, w)
        }
        var current: String?
        if case .answered(let a) = e.status, state.revisiting == e.key.description { current = a.typed }
        var stale: String?
        if case .pending(let p, let problem?) = w.end, p.key == e.key, let old = state.answers[e.key.description] {
            stale = "Your earlier answer (\(old.display(for: step))) no longer fits: \(problem)"
        }
        let choices = step.kind == .yesno
            ? [QuestionChoice(value: "yes", label: "yes"), QuestionChoice(value: "no", label: "no")]
            : step.choices.map { QuestionChoice(value: $0.value, label: $0.label) }
        let position = w.answered.firstIndex { $0.key == e.key } ?? w.answered.count
        var q = Question(key: e.key.description, stepID: step.id, kind: step.kind,
                         heading: e.key.group == AgreementSteps.group ? "Agreement" : headingText(e),
                         prompt: e.scope.fill(step.prompt, interview: interview, itemNumber: e.itemNumber),
                         why: step.why, cites: step.cites.map(\.value),
                         help: helpText(step, e), choices: choices, defaultAnswer: defaultAnswer, current: current,
                         staleReason: stale, optional: step.optional, number: position + 1, offers: step.offers)
        offerEarlier(e, into: &q)
        return q
    }

    func agreementDefault(_ id: String, _ w: InterviewWalk) -> String? {
        func top(_ ref: Located<String>?) -> String? {
            guard let id = ref?.value, let a = w.scope.top[id], a != .skipped else { return nil }
            return a.display()
        }
        switch id {
        case AgreementSteps.lineManager: return top(interview.agreement?.lineManager)
        case AgreementSteps.ast: return top(interview.agreement?.ast)
        case AgreementSteps.date: return today
        default: return nil
        }
    }

    /// The step's help, with the bounds in force now.
    func helpText(_ step: InterviewStep, _ e: InterviewWalk.Entry) -> String {
        var text = e.scope.fill(step.help, interview: interview, itemNumber: e.itemNumber)
        let parser = BoundsEvaluator.parser(for: step, in: e.scope)
        let lo = parser.min.map(\.value.shown), hi = parser.max.map(\.value.shown)
        switch (step.kind, lo, hi) {
        case (.number, let l?, let h?), (.percentage, let l?, let h?): text += " Allowed: \(l) to \(h)."
        case (.date, let l?, nil): text += " On or after \(l)."
        case (.list, let l?, _) where l != "0": text += " At least \(l)."
        default: break
        }
        if step.optional { text += " This one may be skipped." }
        return text
    }
}
