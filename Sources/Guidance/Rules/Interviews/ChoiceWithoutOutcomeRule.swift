/// G025: a choice that leads nowhere (some choices route, this one does not, and the step has no fallback).
enum ChoiceWithoutOutcomeRule: GuidanceRule {
    static let code = "G025"
    static let summary = "every choice of a choice or yes/no step leads somewhere"

    static func check(_ g: GuidanceSet) -> [Diagnostic] {
        g.interviews.flatMap(\.allSteps).flatMap { s -> [Diagnostic] in
            guard [.choice, .yesno].contains(s.kind), !s.next.contains(where: { $0.condition == nil }),
                  s.choices.contains(where: { $0.next != nil }) else { return [] }
            return s.choiceValues.filter { s.choice($0)?.next == nil }.map { value in
                Diagnostic(code, s.choice(value)?.location ?? s.location,
                           "choice '\(value)' of step '\(s.id)' has no outcome: give it a 'next', or give the step a 'next' for the other choices")
            }
        }
    }
}
