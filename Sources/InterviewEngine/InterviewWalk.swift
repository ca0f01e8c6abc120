import Guidance

/// The path through an interview that the current answers give, from the start
/// to the first question still to answer (or to the end). Recomputed after every
/// event, so back, changed answers and resuming all follow from the answers alone.
struct InterviewWalk {
    enum Status: Equatable {
        case answered(Answer)
        /// Left out because its answer could not change the outcome (the assumed answer, if any).
        case notAsked(Answer?)
        case note
    }

    struct Entry {
        var key: StepKey
        var step: InterviewStep
        var status: Status
        /// What the step could see when it was reached.
        var scope: Scope
        var itemNumber: Int?
    }

    enum End {
        /// Waiting for this step; `stale` says why an earlier answer no longer fits.
        case pending(Entry, stale: InterviewInputError?)
        /// The interview and its agreement are complete.
        case finished
        /// A stop step was reached.
        case stopped(InterviewStep)
        /// The data gives no way on from this step (guidance check reports this as G021/G025).
        case deadEnd(InterviewStep)
    }

    var entries: [Entry] = []
    var end: End = .finished
    /// The answers on the path, for conditions, conclusions and the record.
    var scope = Scope()

    static let maximumSteps = 5000

    init(interview: Interview, answers: [String: Answer]) {
        var walker = Walker(interview: interview, answers: answers)
        walker.run()
        self = walker.walk
    }

    /// The answered entries, in order (what `back` steps through).
    var answered: [Entry] {
        entries.filter { if case .answered = $0.status { return true } else { return false } }
    }

    var pendingEntry: Entry? {
        if case .pending(let e, _) = end { return e }
        return nil
    }
}

private struct Walker {
    let interview: Interview
    let answers: [String: Answer]
    var walk = InterviewWalk(empty: ())
    var budget = InterviewWalk.maximumSteps

    init(interview: Interview, answers: [String: Answer]) {
        self.interview = interview
        self.answers = answers
    }

    enum Outcome { case next(String), halt }

    mutating func run() {
        var current = interview.start.value
        while current != InterviewRoute.end {
            guard let step = interview.steps.first(where: { $0.id == current }) else { return deadEnd(interview.steps[0]) }
            let outcome = step.kind == .group ? group(step) : visit(step, key: StepKey(step.id), itemNumber: nil)
            guard case .next(let n) = outcome else { return }
            current = n
        }
        guard let spec = interview.agreement else { walk.end = .finished; return }
        let tail = AgreementSteps.steps(spec)
        current = AgreementSteps.agreed
        while current != InterviewRoute.end {
            guard let step = tail.first(where: { $0.id == current }) else { return deadEnd(tail[0]) }
            guard case .next(let n) = visit(step, key: StepKey(step.id, group: AgreementSteps.group), itemNumber: nil,
                                             recordInScope: false) else { return }
            current = n
        }
        walk.end = .finished
    }

    mutating func deadEnd(_ step: InterviewStep) { walk.end = .deadEnd(step) }

    /// Walks the items of a group, then returns where the group leads.
    mutating func group(_ g: InterviewStep) -> Outcome {
        let lo = Int(BoundsEvaluator.constant(g.min) ?? 1)
        let hi = BoundsEvaluator.constant(g.max).map(Int.init)
        walk.scope.items[g.id] = []
        var item = 1
        while true {
            walk.scope.current = (g.id, [:])
            var current = g.start?.value ?? InterviewRoute.end
            while current != InterviewRoute.end {
                guard let step = g.steps.first(where: { $0.id == current }) else { deadEnd(g); return .halt }
                let outcome = visit(step, key: StepKey(step.id, group: g.id, item: item), itemNumber: item)
                guard case .next(let n) = outcome else { return .halt }
                current = n
            }
            walk.scope.items[g.id, default: []].append(walk.scope.current?.item ?? [:])
            walk.scope.current = nil
            if let hi, item >= hi { break }
            if item >= lo {
                let more = InterviewStep(id: StepKey.more, kind: .yesno, prompt: g.more ?? "Add another?", why: g.why,
                                         cites: g.cites, help: "yes to add another, no to go on.", label: "add another",
                                         next: [InterviewRoute(target: Located(InterviewRoute.end, at: g.location))], location: g.location)
                let key = StepKey(StepKey.more, group: g.id, item: item)
                guard let a = answers[key.description] else {
                    walk.end = .pending(InterviewWalk.Entry(key: key, step: more, status: .notAsked(nil), scope: walk.scope, itemNumber: item), stale: nil)
                    return .halt
                }
                walk.entries.append(.init(key: key, step: more, status: .answered(a), scope: walk.scope, itemNumber: item))
                if a != .yesNo(true) { break }
            }
            item += 1
        }
        return route(g, answer: nil)
    }

    /// Visits one step: left out, shown, answered, or waiting.
    mutating func visit(_ step: InterviewStep, key: StepKey, itemNumber: Int?, recordInScope: Bool = true) -> Outcome {
        budget -= 1
        guard budget > 0 else { deadEnd(step); return .halt }
        let entry = InterviewWalk.Entry(key: key, step: step, status: .note, scope: walk.scope, itemNumber: itemNumber)
        switch step.kind {
        case .stop:
            walk.end = .stopped(step)
            return .halt
        case .note:
            walk.entries.append(entry)
            return route(step, answer: nil)
        default: break
        }
        if let when = step.askWhen, !walk.scope.holds(when) {
            let assumed = step.otherwise.flatMap { AnswerParser(step: step).parse($0.value).success }
            var e = entry
            e.status = .notAsked(assumed)
            walk.entries.append(e)
            if let assumed, recordInScope { remember(step.id, assumed) }
            return route(step, answer: assumed)
        }
        guard let answer = answers[key.description] else {
            walk.end = .pending(entry, stale: nil)
            return .halt
        }
        if let problem = BoundsEvaluator.parser(for: step, in: walk.scope).check(answer) {
            walk.end = .pending(entry, stale: problem)
            return .halt
        }
        var e = entry
        e.status = .answered(answer)
        walk.entries.append(e)
        if recordInScope { remember(step.id, answer) }
        return route(step, answer: answer)
    }

    mutating func remember(_ id: String, _ answer: Answer) {
        if walk.scope.current != nil { walk.scope.current!.item[id] = answer } else { walk.scope.top[id] = answer }
    }

    /// The chosen choice's own `next`, else the first route whose condition holds.
    mutating func route(_ step: InterviewStep, answer: Answer?) -> Outcome {
        let chosen: String?
        switch answer {
        case .choice(let v)?: chosen = v
        case .yesNo(let b)?: chosen = b ? "yes" : "no"
        default: chosen = nil
        }
        if let chosen, let target = step.choice(chosen)?.next { return .next(target.value) }
        if let r = step.next.first(where: { walk.scope.holds($0.condition) }) { return .next(r.target.value) }
        deadEnd(step)
        return .halt
    }
}

extension InterviewWalk {
    fileprivate init(empty: ()) {}
}

extension Result {
    var success: Success? { if case .success(let s) = self { return s } else { return nil } }
}

/// Evaluates a step's bounds against the answers it can see.
enum BoundsEvaluator {
    static func constant(_ c: InterviewCondition?) -> Double? {
        if case .number(let n)? = c?.expression { return n }
        return nil
    }

    static func bound(_ c: InterviewCondition?, _ scope: Scope, _ interview: Interview? = nil, note: String? = nil) -> AnswerParser.Bound? {
        guard let c else { return nil }
        let v = scope.evaluate(c.expression)
        if v == .none { return nil }
        if let note { return .init(value: v, rule: " (\(note))") }
        if case .number = c.expression { return .init(value: v, rule: "") }
        if case .text = c.expression { return .init(value: v, rule: "") }
        return .init(value: v, rule: " (\(c.source))")
    }

    static func parser(for step: InterviewStep, in scope: Scope) -> AnswerParser {
        AnswerParser(step: step, min: bound(step.min, scope, note: step.minNote), max: bound(step.max, scope, note: step.maxNote))
    }
}
