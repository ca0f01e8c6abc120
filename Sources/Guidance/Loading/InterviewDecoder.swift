import SafeYAML

/// Decodes `interviews/*.yaml` into `Interview` values. Schema problems are
/// reported to the file's diagnostic bag (G002–G004); bad conditions as G027.
enum InterviewDecoder {
    static let topFields: Set<String> = ["version", "id", "title", "summary", "cites", "record", "start", "steps",
                                         "agreement", "conclusions"]
    static let stepFields: Set<String> = ["id", "type", "prompt", "why", "cites", "help", "label", "field", "optional", "not_in_future",
                                          "default", "min", "max", "choices", "next", "ask_when", "otherwise",
                                          "not_asked_because", "steps", "start", "more", "min_note", "max_note", "offers"]

    static func decode(_ map: YAMLMap) -> Interview? {
        map.rejectUnknown(topFields, in: "an interview")
        guard let id = map.text("id", in: "an interview") else { return nil }
        let what = "interview '\(id)'"
        let recordMap = map.map("record", in: what)
        recordMap?.rejectUnknown(["kind", "ast", "cycle"], in: "the record of \(what)")
        let kind = recordMap.flatMap { r in r.text("kind", in: "the record of \(what)").map { Located($0, at: r.location(of: "kind")) } }
            ?? Located("", at: map.location)
        let record = InterviewRecordSpec(kind: kind, ast: recordMap.flatMap { located($0, "ast", in: what) },
                                         cycle: recordMap.flatMap { located($0, "cycle", in: what) })
        var agreement: InterviewAgreementSpec?
        if let a = map.map("agreement", required: false, in: what) {
            a.rejectUnknown(["why", "cites", "line_manager", "ast"], in: "the agreement of \(what)")
            agreement = InterviewAgreementSpec(why: a.text("why", in: "the agreement of \(what)") ?? "",
                                               cites: a.texts("cites", in: "the agreement of \(what)"),
                                               lineManager: located(a, "line_manager", in: what),
                                               ast: located(a, "ast", in: what), location: a.location)
        }
        return Interview(id: id, title: map.text("title", in: what) ?? id,
                         summary: map.text("summary", required: false, in: what) ?? "",
                         cites: map.texts("cites", in: what), record: record,
                         start: located(map, "start", required: true, in: what) ?? Located("", at: map.location),
                         steps: map.maps("steps", in: what).compactMap { step($0, inGroup: false) },
                         agreement: agreement,
                         conclusions: map.maps("conclusions", required: false, in: what).compactMap(conclusion),
                         location: map.location)
    }

    static func located(_ map: YAMLMap, _ key: String, required: Bool = false, in what: String) -> Located<String>? {
        map.text(key, required: required, in: what).map { Located($0, at: map.location(of: key)) }
    }

    /// A condition written in the interviews' language; a problem is reported with `code`
    /// (G027 in interviews, G031 in decision outcomes).
    static func condition(_ map: YAMLMap, _ key: String, in what: String, code: String = BadConditionRule.code) -> InterviewCondition? {
        guard let source = map.text(key, required: false, in: what) else { return nil }
        let at = map.location(of: key)
        do {
            return InterviewCondition(expression: try InterviewExpressionParser.parse(source), source: source, location: at)
        } catch {
            map.bag.error(code, at, "'\(key)' in \(what): \(error.message)")
            return nil
        }
    }

    static func step(_ s: YAMLMap, inGroup: Bool) -> InterviewStep? {
        s.rejectUnknown(stepFields, in: "a step")
        guard let id = s.text("id", in: "a step") else { return nil }
        let what = "step '\(id)'"
        let typeText = s.text("type", in: what) ?? "text"
        guard let kind = InterviewAnswerType(rawValue: typeText) else {
            s.bag.error(ReadCode.wrongType, s.location(of: "type"),
                        "\(what) has type '\(typeText)'; types are: \(InterviewAnswerType.allCases.map(\.rawValue).joined(separator: ", "))")
            return nil
        }
        if kind == .group && inGroup {
            s.bag.error(ReadCode.wrongType, s.location(of: "type"), "\(what) is a group inside a group; groups cannot be nested")
            return nil
        }
        let answerable = ![InterviewAnswerType.note, .stop, .group].contains(kind)
        var decoded = InterviewStep(
            id: id, kind: kind, prompt: s.text("prompt", in: what) ?? "",
            why: s.text("why", required: kind != .stop && kind != .note, in: what) ?? "",
            cites: s.texts("cites", in: what),
            help: s.text("help", required: answerable, in: what) ?? "",
            label: s.text("label", required: false, in: what), field: s.text("field", required: false, in: what),
            optional: s.bool("optional", default: false, in: what),
            defaultValue: located(s, "default", in: what),
            min: condition(s, "min", in: what), max: condition(s, "max", in: what),
            choices: s.maps("choices", required: kind == .choice, in: what).compactMap { choice($0, step: id) },
            next: routes(s, in: what), askWhen: condition(s, "ask_when", in: what),
            otherwise: located(s, "otherwise", in: what),
            notAskedBecause: s.text("not_asked_because", required: false, in: what),
            steps: kind == .group ? s.maps("steps", in: what).compactMap { step($0, inGroup: true) } : [],
            start: kind == .group ? located(s, "start", required: true, in: what) : nil,
            more: kind == .group ? s.text("more", in: what) : nil,
            location: s.location)
        decoded.notInFuture = s.bool("not_in_future", default: false, in: what)
        decoded.minNote = s.text("min_note", required: false, in: what)
        decoded.maxNote = s.text("max_note", required: false, in: what)
        if let offers = s.text("offers", required: false, in: what) {
            decoded.offers = InterviewOffer(rawValue: offers)
            if decoded.offers == nil {
                s.bag.error(ReadCode.wrongType, s.location(of: "offers"),
                            "'offers' in \(what) is '\(offers)'; it can be: \(InterviewOffer.allCases.map(\.rawValue).joined(separator: ", "))")
            } else if let offer = decoded.offers, !offer.stepKinds.contains(kind) {
                let kinds = offer.stepKinds.map(\.rawValue)
                let fits = kinds.count == 1 ? "a \(kinds[0]) step" : "a " + kinds.dropLast().joined(separator: ", ") + " or \(kinds.last!) step"
                s.bag.error(ReadCode.wrongType, s.location(of: "offers"), "'offers: \(offer.rawValue)' in \(what) needs \(fits), not \(kind.rawValue)")
            }
        }
        return decoded
    }

    static func choice(_ c: YAMLMap, step: String) -> InterviewChoice? {
        c.rejectUnknown(["value", "label", "next", "says", "cites", "correct"], in: "a choice of step '\(step)'")
        guard let value = c.text("value", in: "a choice of step '\(step)'") else { return nil }
        let what = "choice '\(value)' of step '\(step)'"
        return InterviewChoice(value: value, label: c.text("label", required: false, in: what),
                               next: located(c, "next", in: what), says: c.text("says", required: false, in: what),
                               cites: c.texts("cites", in: what), correct: c.bool("correct", default: false, in: what),
                               location: c.location)
    }

    /// `next: step-id`, or a list of `{if: condition, go: step-id}` with a last `{go: ...}`.
    static func routes(_ s: YAMLMap, in what: String) -> [InterviewRoute] {
        guard let node = s.node("next") else { return [] }
        if case .scalar = node {
            return located(s, "next", in: what).map { [InterviewRoute(target: $0)] } ?? []
        }
        return s.maps("next", in: what).compactMap { r in
            r.rejectUnknown(["if", "go"], in: "a route of \(what)")
            guard let go = located(r, "go", required: true, in: "a route of \(what)") else { return nil }
            return InterviewRoute(condition: condition(r, "if", in: "a route of \(what)"), target: go)
        }
    }

    static func conclusion(_ c: YAMLMap) -> InterviewConclusionSpec? {
        c.rejectUnknown(["id", "when", "says", "cites", "because", "each", "compute", "inputs"], in: "a conclusion")
        guard let id = c.text("id", in: "a conclusion") else { return nil }
        let what = "conclusion '\(id)'"
        let compute = located(c, "compute", in: what)
        var inputs: [String: Located<String>] = [:]
        if let m = c.map("inputs", required: false, in: what) {
            for key in m.keys { if let v = located(m, key, required: true, in: "the inputs of \(what)") { inputs[key] = v } }
        }
        return InterviewConclusionSpec(id: id, when: condition(c, "when", in: what),
                                       says: c.text("says", required: compute == nil, in: what) ?? "",
                                       cites: c.texts("cites", in: what), because: c.texts("because", in: what),
                                       each: located(c, "each", in: what), compute: compute, inputs: inputs,
                                       location: c.location)
    }
}
