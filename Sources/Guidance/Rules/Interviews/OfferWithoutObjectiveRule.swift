/// G033: `offers: logged-evidence` and `offers: logged-evidence-summary` read
/// the objective a group item is about, so the step must sit in a group that
/// has a text step offering the plan's objectives.
enum OfferWithoutObjectiveRule: GuidanceRule {
    static let code = "G033"
    static let summary = "steps offering logged evidence sit in a group with a plan-objectives text step"

    static func check(_ g: GuidanceSet) -> [Diagnostic] {
        var out: [Diagnostic] = []
        for interview in g.interviews {
            let grouped = interview.steps.filter { $0.kind == .group }
            for step in interview.allSteps {
                guard let offer = step.offers, [.loggedEvidence, .loggedEvidenceSummary].contains(offer) else { continue }
                let group = grouped.first { $0.steps.contains(step) }
                let hasObjective = group?.steps.contains { $0.offers == .planObjectives && $0.kind == .text } ?? false
                guard !hasObjective else { continue }
                let problem = group.map { "group '\($0.id)' has no text step with 'offers: plan-objectives'" }
                    ?? "it is not inside a group with a text step with 'offers: plan-objectives'"
                out.append(Diagnostic(code, step.location,
                                      "step '\(step.id)' offers \(offer.rawValue), which needs the objective its group item is about, but \(problem)"))
            }
        }
        return out
    }
}
