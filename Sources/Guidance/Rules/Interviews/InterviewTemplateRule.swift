/// G029: conclusions and prompts that cannot be filled in: `{step}` placeholders,
/// `because`, `each` or computation inputs naming steps that are not there, or an unknown computation.
enum InterviewTemplateRule: GuidanceRule {
    static let code = "G029"
    static let summary = "placeholders, 'because', 'each' and computations name real steps"

    /// The `{name}` placeholders in a text (`{#}` is the item number).
    public static func placeholders(_ text: String) -> [String] {
        var out: [String] = []
        var current: String?
        for ch in text {
            if ch == "{" { current = "" } else if ch == "}", let c = current { out.append(c); current = nil } else { current?.append(ch) }
        }
        return out.filter { $0 != "#" }
    }

    static func check(_ g: GuidanceSet) -> [Diagnostic] {
        var out: [Diagnostic] = []
        for i in g.interviews {
            for s in i.allSteps {
                let group = i.group(containing: s.id)?.id
                for p in placeholders(s.prompt) where resolveStep(p, in: i, group: group) == nil {
                    out.append(Diagnostic(code, s.location, "the prompt of step '\(s.id)' shows '{\(p)}', which is not a step it can see"))
                }
            }
            for c in i.conclusions {
                let what = "conclusion '\(c.id)'"
                var group: String?
                if let each = c.each {
                    if i.steps.first(where: { $0.id == each.value })?.kind == .group {
                        group = each.value
                    } else {
                        out.append(Diagnostic(code, each.location, "\(what) repeats for each item of '\(each.value)', which is not a group of this interview"))
                    }
                }
                for p in placeholders(c.says) where resolveStep(p, in: i, group: group) == nil {
                    out.append(Diagnostic(code, c.location, "\(what) shows '{\(p)}', which is not a step it can see"))
                }
                for b in c.because where resolveStep(b.value, in: i, group: group) == nil {
                    out.append(Diagnostic(code, b.location, "\(what) rests on '\(b.value)', which is not a step it can see"))
                }
                if let compute = c.compute {
                    guard let needed = InterviewConclusionSpec.computations[compute.value] else {
                        out.append(Diagnostic(code, compute.location, "\(what) asks for computation '\(compute.value)'; known: \(InterviewConclusionSpec.computations.keys.sorted().joined(separator: ", "))"))
                        continue
                    }
                    for n in needed where c.inputs[n] == nil {
                        out.append(Diagnostic(code, c.location, "\(what) computes '\(compute.value)' but has no input '\(n)'"))
                    }
                    for (name, ref) in c.inputs.sorted(by: { $0.key < $1.key }) {
                        if !needed.contains(name) {
                            out.append(Diagnostic(code, ref.location, "\(what): '\(compute.value)' takes no input '\(name)' (it takes: \(needed.joined(separator: ", ")))"))
                        } else if resolveStep(ref.value, in: i, group: group) == nil {
                            out.append(Diagnostic(code, ref.location, "\(what): input '\(name)' names '\(ref.value)', which is not a step"))
                        }
                    }
                }
            }
        }
        return out
    }
}
