/// G031: an outcome's `if:` condition reads only facts declared in facts.yaml,
/// compares each the way its type allows (yes/no and topic facts with yes or
/// no, numbers with numbers inside their bounds), uses no interview-only forms
/// (`count`, `any`), and an `unknown_says` belongs to an outcome that has a
/// condition; a fact's `implies` names other yes-no facts. (Conditions that do not parse are reported with this code while reading.)
enum FactConditionRule: GuidanceRule {
    static let code = "G031"
    static let summary = "outcome conditions read declared facts, each compared the way its type allows"

    static func check(_ g: GuidanceSet) -> [Diagnostic] {
        var out: [Diagnostic] = []
        for f in g.facts {
            for implied in f.implies {
                guard let other = g.fact(implied) else {
                    out.append(Diagnostic(code, f.location, "fact '\(f.id)' implies '\(implied)', which is not a fact in facts.yaml"))
                    continue
                }
                if implied == f.id {
                    out.append(Diagnostic(code, f.location, "fact '\(f.id)' implies itself; list only other facts in 'implies'"))
                } else if f.kind != .yesNo || other.kind != .yesNo {
                    out.append(Diagnostic(code, f.location, "fact '\(f.id)' implies '\(implied)': only a yes-no fact can imply another yes-no fact"))
                }
            }
        }
        for d in g.decisions {
            for o in d.outcomes {
                for text in [o.says, o.unknownSays, o.verdict, o.unknownVerdict].compactMap({ $0 }) {
                    for placeholder in placeholders(in: text) {
                        let source = String(placeholder.split(separator: "|", omittingEmptySubsequences: false)[0])
                        guard let e = try? InterviewExpressionParser.parse(source) else {
                            out.append(Diagnostic(code, o.location, "outcome '\(o.id)' of decision '\(d.id)': '{\(placeholder)}' is not an expression"))
                            continue
                        }
                        for problem in problems(in: e, g) {
                            out.append(Diagnostic(code, o.location, "outcome '\(o.id)' of decision '\(d.id)': '{\(placeholder)}' \(problem)"))
                        }
                        if placeholder.split(separator: "|", omittingEmptySubsequences: false).count == 2 {
                            out.append(Diagnostic(code, o.location, "outcome '\(o.id)' of decision '\(d.id)': '{\(placeholder)}' needs both forms, '{n|point|points}'"))
                        }
                    }
                }
                if o.verdict != nil || o.unknownVerdict != nil, o.weight < 2 {
                    out.append(Diagnostic(code, o.location, "outcome '\(o.id)' of decision '\(d.id)' has a verdict but weight \(o.weight): only outcomes of weight 2 or more lead an answer with one, so give it weight 2 or drop the verdict"))
                }
                for a in o.about where g.fact(a.value) == nil {
                    out.append(Diagnostic(code, a.location, "outcome '\(o.id)' of decision '\(d.id)': 'about' names '\(a.value)', which is not a fact in facts.yaml"))
                }
                guard let cond = o.condition else {
                    if o.unknownSays != nil || o.unknownVerdict != nil {
                        out.append(Diagnostic(code, o.location, "outcome '\(o.id)' of decision '\(d.id)' has 'unknown_says' or 'unknown_verdict' but no 'if' condition that could be unknown"))
                    }
                    continue
                }
                var seen = Set<String>()
                for problem in problems(in: cond.expression, g) where seen.insert(problem).inserted {
                    out.append(Diagnostic(code, cond.location, "'\(cond.source)' \(problem)"))
                }

            }
        }
        return out
    }

    /// The `{...}` placeholders of a text.
    static func placeholders(in text: String) -> [String] {
        var out: [String] = []
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            out.append(String(rest[rest.index(after: open)..<close]))
            rest = rest[rest.index(after: close)...]
        }
        return out
    }

    static func problems(in e: InterviewExpression, _ g: GuidanceSet) -> [String] {
        switch e {
        case .number, .text, .bool: return []
        case .answer(let id), .answered(let id):
            return g.fact(id) == nil ? ["reads '\(id)', which is not a fact in facts.yaml"] : []
        case .count, .any: return ["uses 'count' or 'any', which only interviews have"]
        case .not(let a): return problems(in: a, g)
        case .and(let a, let b), .or(let a, let b), .arithmetic(_, let a, let b):
            return problems(in: a, g) + problems(in: b, g)
        case .compare(_, let a, let b):
            var out = problems(in: a, g) + problems(in: b, g)
            for (side, other) in [(a, b), (b, a)] {
                guard case .answer(let id) = side, let fact = g.fact(id) else { continue }
                switch (fact.kind, other) {
                case (.number, .bool), (.number, .text):
                    out.append("compares number fact '\(id)' with something that is not a number")
                case (.yesNo, .number), (.yesNo, .text), (.topic, .number), (.topic, .text), (.topic, .arithmetic), (.yesNo, .arithmetic):
                    out.append("compares yes/no fact '\(id)' with something other than yes or no")
                case (.number, .number(let n)):
                    if let lo = fact.min, let hi = fact.max, n < Double(lo) - 1 || n > Double(hi) + 1 {
                        out.append("compares '\(id)' with \(n.formatted0), outside its bounds \(lo)-\(hi), so the test is settled before any case is read")
                    }
                default: break
                }
            }
            return out
        }
    }
}

/// G032: each fact in facts.yaml can be read and shown: numbers have bounds,
/// yes/no and topic facts have cue phrases, and every fact says how it reads.
enum FactDeclarationRule: GuidanceRule {
    static let code = "G032"
    static let summary = "facts have bounds (numbers) or cue phrases (yes/no, topics), and say how they read"

    static func check(_ g: GuidanceSet) -> [Diagnostic] {
        var out: [Diagnostic] = []
        var ids = Set<String>()
        for f in g.facts {
            if !ids.insert(f.id).inserted { out.append(Diagnostic(code, f.location, "fact '\(f.id)' is declared twice")) }
            switch f.kind {
            case .number:
                if f.min == nil || f.max == nil { out.append(Diagnostic(code, f.location, "number fact '\(f.id)' needs 'min' and 'max'")) }
                if let lo = f.min, let hi = f.max, lo > hi { out.append(Diagnostic(code, f.location, "fact '\(f.id)' has min \(lo) above max \(hi)")) }
            case .yesNo, .topic:
                if f.yesCues.isEmpty { out.append(Diagnostic(code, f.location, "fact '\(f.id)' has no 'yes' phrases, so no case can ever state it")) }
            }
            if f.kind != .topic, f.showsYes == nil {
                out.append(Diagnostic(code, f.location, "fact '\(f.id)' has no 'shows' text for 'I read this as'"))
            }
        }
        return out
    }
}

extension Double {
    var formatted0: String { self == rounded() ? String(Int(self)) : String(self) }
}
