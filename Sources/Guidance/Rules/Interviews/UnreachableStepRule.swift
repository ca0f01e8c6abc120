/// G022: a step that no route from the start reaches.
enum UnreachableStepRule: GuidanceRule {
    static let code = "G022"
    static let summary = "every step can be reached from its interview's (or group's) start"

    static func check(_ g: GuidanceSet) -> [Diagnostic] {
        g.interviews.flatMap(InterviewScope.all).flatMap { scope -> [Diagnostic] in
            let seen = scope.reachable(from: scope.start.value)
            return scope.steps.filter { !seen.contains($0.id) }.map {
                Diagnostic(code, $0.location, "step '\($0.id)' cannot be reached from '\(scope.start.value)', the start of \(scope.name)")
            }
        }
    }
}
