/// G023: steps that lead only round each other, never to `end` or a stop.
enum LoopWithoutExitRule: GuidanceRule {
    static let code = "G023"
    static let summary = "no loop of steps is without a way out to 'end' or a stop"

    static func check(_ g: GuidanceSet) -> [Diagnostic] {
        g.interviews.flatMap(InterviewScope.all).compactMap { scope -> Diagnostic? in
            let finish = scope.canFinish
            // Steps with no way on at all are G021's; here: steps that do go on, but only round.
            let trapped = scope.steps.filter { !finish.contains($0.id) && !InterviewScope.targets($0).isEmpty }
            guard let first = trapped.first else { return nil }
            let names = trapped.map { "'\($0.id)'" }.joined(separator: ", ")
            return Diagnostic(code, first.location,
                              "steps \(names) of \(scope.name) lead only round each other and never reach 'end' or a stop; give one of them a route out")
        }
    }
}
