/// G021: a step with no way on (no `next`, or only conditional routes with no fallback).
enum DeadEndStepRule: GuidanceRule {
    static let code = "G021"
    static let summary = "every step except a stop has a way on whatever the answer"

    static func check(_ g: GuidanceSet) -> [Diagnostic] {
        g.interviews.flatMap(\.allSteps).compactMap { s in
            guard s.kind != .stop, !s.next.contains(where: { $0.condition == nil }) else { return nil }
            // Choice steps that route some choices are G025's business.
            if [.choice, .yesno].contains(s.kind), s.choices.contains(where: { $0.next != nil }) { return nil }
            let message = s.next.isEmpty
                ? "step '\(s.id)' leads nowhere: give it a 'next' (a step id, or 'end')"
                : "step '\(s.id)' leads nowhere when none of its conditions hold: end its 'next' list with a route that has no 'if'"
            return Diagnostic(code, s.location, message)
        }
    }
}
