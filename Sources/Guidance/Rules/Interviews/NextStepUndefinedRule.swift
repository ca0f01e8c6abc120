/// G020: a step (or the interview's or a group's start) leads to a step that does not exist.
enum NextStepUndefinedRule: GuidanceRule {
    static let code = "G020"
    static let summary = "every 'next', 'go' and 'start' names a step of the same level, or 'end'"

    static func check(_ g: GuidanceSet) -> [Diagnostic] {
        var out: [Diagnostic] = []
        for i in g.interviews {
            for scope in InterviewScope.all(i) {
                let known = Set(scope.steps.map(\.id))
                func verify(_ t: Located<String>, from: String) {
                    guard t.value != InterviewRoute.end, !known.contains(t.value) else { return }
                    var message = "\(from) leads to '\(t.value)', which is not a step of \(scope.name)"
                    if let other = i.step(t.value) {
                        message += other.kind == .group || scope.group == nil
                            ? " (it is inside a group; a group's steps are reached through the group)"
                            : " (it is outside this group; an item ends with 'end', then the group's 'next' applies)"
                    } else {
                        message += "; use a step id or 'end'"
                    }
                    out.append(Diagnostic(code, t.location, message))
                }
                if scope.start.value == InterviewRoute.end || !known.contains(scope.start.value) {
                    out.append(Diagnostic(code, scope.start.location,
                                          "\(scope.name) starts at '\(scope.start.value)', which is not one of its steps"))
                }
                for s in scope.steps {
                    for t in InterviewScope.targets(s) { verify(t, from: "step '\(s.id)'") }
                }
            }
        }
        return out
    }
}
