/// The interview rules (G020–G029, G033), one per file in this folder.
var interviewRules: [any GuidanceRule.Type] { [
    NextStepUndefinedRule.self,
    DeadEndStepRule.self,
    UnreachableStepRule.self,
    LoopWithoutExitRule.self,
    InterviewCitationRule.self,
    ChoiceWithoutOutcomeRule.self,
    BadBoundsRule.self,
    BadConditionRule.self,
    InterviewShapeRule.self,
    InterviewTemplateRule.self,
    OfferWithoutObjectiveRule.self,
] }

/// Every citation made inside interviews, for G011.
func interviewCitations(_ g: GuidanceSet) -> [Located<String>] {
    g.interviews.flatMap { i -> [Located<String>] in
        var out = i.cites + (i.agreement?.cites ?? [])
        for s in i.allSteps { out += s.cites + s.choices.flatMap(\.cites) }
        for c in i.conclusions { out += c.cites }
        return out
    }
}

/// One level of an interview's step graph: the top-level steps, or the inner
/// steps of one group. Routes lead between steps of the same level, or to `end`.
struct InterviewScope {
    var interview: Interview
    var steps: [InterviewStep]
    var start: Located<String>
    /// The group, for the inner level.
    var group: InterviewStep?

    static func all(_ i: Interview) -> [InterviewScope] {
        [InterviewScope(interview: i, steps: i.steps, start: i.start, group: nil)]
            + i.steps.filter { $0.kind == .group }.compactMap { g in
                g.start.map { InterviewScope(interview: i, steps: g.steps, start: $0, group: g) }
            }
    }

    var name: String { group.map { "group '\($0.id)' of interview '\(interview.id)'" } ?? "interview '\(interview.id)'" }

    func step(_ id: String) -> InterviewStep? { steps.first { $0.id == id } }

    /// Every place a step can lead (route targets and choice targets).
    static func targets(_ s: InterviewStep) -> [Located<String>] {
        s.next.map(\.target) + s.choices.compactMap(\.next)
    }

    /// Ids of the steps reachable from `from` (following every route, whatever its condition).
    func reachable(from: String) -> Set<String> {
        var seen = Set<String>()
        var queue = [from]
        while let id = queue.popLast() {
            guard let s = step(id), seen.insert(id).inserted else { continue }
            queue += InterviewScope.targets(s).map(\.value)
        }
        return seen
    }

    /// Steps from which `end` or a stop can be reached. Targets that are not steps
    /// count as ways out here: G020 reports them, and one mistake gets one message.
    var canFinish: Set<String> {
        let known = Set(steps.map(\.id))
        var good = Set(steps.filter { $0.kind == .stop }.map(\.id))
        var changed = true
        while changed {
            changed = false
            for s in steps where !good.contains(s.id) {
                if InterviewScope.targets(s).contains(where: { $0.value == InterviewRoute.end || !known.contains($0.value) || good.contains($0.value) }) {
                    good.insert(s.id)
                    changed = true
                }
            }
        }
        return good
    }
}

/// Looks up the steps a condition may read: inside a group, its own steps and the top level.
func resolveStep(_ id: String, in interview: Interview, group: String?) -> InterviewStep? {
    if let g = group, let inner = interview.step(g)?.steps.first(where: { $0.id == id }) { return inner }
    return interview.steps.first { $0.id == id }
}
