/// Turns the top mapping of each kind of Guidance file into typed units.
enum UnitDecoders {
    static func outline(_ map: YAMLMap) -> GuideOutline {
        map.rejectUnknown(["version", "document", "sections"], in: "guide.yaml")
        let doc = map.map("document", in: "guide.yaml")
        doc?.rejectUnknown(["title", "reference", "published"], in: "document")
        let sections = map.maps("sections", in: "guide.yaml").compactMap { s -> GuideOutline.Section? in
            s.rejectUnknown(["id", "title", "paragraphs"], in: "a section")
            guard let id = s.text("id", in: "a section") else { return nil }
            let what = "section '\(id)'"
            return GuideOutline.Section(id: id, title: s.text("title", in: what) ?? id,
                                        paragraphs: s.texts("paragraphs", required: true, in: what).map(\.value),
                                        location: s.location)
        }
        return GuideOutline(title: doc?.text("title", in: "document") ?? "",
                            reference: doc?.text("reference", in: "document") ?? "", sections: sections)
    }

    static let passageFields: Set<String> = ["id", "title", "summary", "terms", "asks", "related", "question", "short", "verdict_when"]

    static func passages(_ map: YAMLMap) -> [Passage] {
        map.rejectUnknown(["version", "section", "passages"], in: "a passages file")
        let section = map.text("section", in: "a passages file") ?? ""
        return map.maps("passages", in: "a passages file").compactMap { p in
            p.rejectUnknown(passageFields, in: "a passage")
            guard let id = p.text("id", in: "a passage") else { return nil }
            let what = "passage '\(id)'"
            var passage = Passage(id: id, section: section,
                           title: p.text("title", in: what) ?? "",
                           summary: p.text("summary", in: what) ?? "",
                           terms: p.texts("terms", in: what).map(\.value),
                           asks: p.texts("asks", in: what).map(\.value),
                           related: p.texts("related", in: what),
                           question: p.text("question", required: false, in: what),
                           short: p.text("short", required: false, in: what),
                           location: p.location)
            passage.verdictWhen = p.texts("verdict_when", required: false, in: what).map { $0.value.lowercased() }
            return passage
        }
    }

    static func gaps(_ map: YAMLMap) -> ([Gap], [NotCoveredTopic]) {
        map.rejectUnknown(["version", "gaps", "not_covered"], in: "gaps.yaml")
        let gaps = map.maps("gaps", required: false, in: "gaps.yaml").compactMap { g -> Gap? in
            g.rejectUnknown(["id", "title", "says", "nearest", "asks", "detail"], in: "a gap")
            guard let id = g.text("id", in: "a gap") else { return nil }
            let what = "gap '\(id)'"
            return Gap(id: id, title: g.text("title", in: what) ?? "", says: g.text("says", in: what) ?? "",
                       nearest: g.texts("nearest", in: what), asks: g.texts("asks", required: true, in: what).map(\.value),
                       location: g.location, detail: g.texts("detail", required: false, in: what).map(\.value))
        }
        let topics = map.maps("not_covered", required: false, in: "gaps.yaml").compactMap { t -> NotCoveredTopic? in
            t.rejectUnknown(["topic", "says", "nearest", "asks", "marks"], in: "a not-covered topic")
            guard let topic = t.text("topic", in: "a not-covered topic") else { return nil }
            let what = "topic '\(topic)'"
            return NotCoveredTopic(topic: topic, nearest: t.texts("nearest", in: what),
                                   asks: t.texts("asks", required: true, in: what).map(\.value), location: t.location,
                                   says: t.text("says", required: false, in: what) ?? "",
                                   marks: t.texts("marks", required: false, in: what).map { $0.value.lowercased() })
        }
        return (gaps, topics)
    }

    static func synonyms(_ map: YAMLMap) -> [Synonym] {
        map.rejectUnknown(["version", "synonyms", "subject"], in: "lexicon.yaml")
        return map.maps("synonyms", in: "lexicon.yaml").compactMap { s in
            s.rejectUnknown(["canonical", "variants"], in: "a synonym")
            guard let c = s.text("canonical", in: "a synonym") else { return nil }
            return Synonym(canonical: c.lowercased(),
                           variants: s.texts("variants", required: true, in: "synonym '\(c)'").map { $0.value.lowercased() },
                           location: s.location)
        }
    }

    /// The words that mark a question as being about the guide's world
    /// (lexicon.yaml's `subject`): lowercase, a trailing `*` matching any ending.
    static func subjectWords(_ map: YAMLMap) -> [String] {
        map.texts("subject", in: "lexicon.yaml").map { $0.value.lowercased() }
    }

    static func decisions(_ map: YAMLMap) -> [DecisionPoint] {
        map.rejectUnknown(["version", "decisions"], in: "decisions.yaml")
        return map.maps("decisions", in: "decisions.yaml").compactMap { d in
            d.rejectUnknown(["id", "title", "summary", "cites", "outcomes"], in: "a decision point")
            guard let id = d.text("id", in: "a decision point") else { return nil }
            let what = "decision '\(id)'"
            let outcomes = d.maps("outcomes", in: what).compactMap { o -> DecisionPoint.Outcome? in
                o.rejectUnknown(["id", "when", "if", "says", "unknown_says", "weight", "cites", "schools_call", "rules_out", "verdict", "unknown_verdict", "about"], in: "an outcome of \(what)")
                guard let oid = o.text("id", in: "an outcome of \(what)") else { return nil }
                let owhat = "outcome '\(oid)' of \(what)"
                var outcome = DecisionPoint.Outcome(
                    id: oid, when: o.text("when", in: owhat) ?? "", says: o.text("says", in: owhat) ?? "", cites: o.texts("cites", in: owhat),
                    schoolsCall: o.bool("schools_call", default: false, in: owhat), location: o.location,
                    condition: condition(o, "if", in: owhat), unknownSays: o.text("unknown_says", required: false, in: owhat),
                    weight: o.int("weight", required: false, in: owhat) ?? 0)
                outcome.rulesOut = o.texts("rules_out", in: owhat)
                outcome.verdict = o.text("verdict", required: false, in: owhat)
                outcome.unknownVerdict = o.text("unknown_verdict", required: false, in: owhat)
                outcome.about = o.texts("about", in: owhat)
                return outcome
            }
            return DecisionPoint(id: id, title: d.text("title", in: what) ?? "", summary: d.text("summary", in: what) ?? "",
                                 cites: d.texts("cites", in: what), outcomes: outcomes, location: d.location)
        }
    }

    /// An `if:` condition over case facts, in the interviews' condition language.
    static func condition(_ map: YAMLMap, _ key: String, in what: String) -> InterviewCondition? {
        InterviewDecoder.condition(map, key, in: what, code: FactConditionRule.code)
    }

    static func facts(_ map: YAMLMap) -> [CaseFact] {
        map.rejectUnknown(["version", "facts"], in: "facts.yaml")
        return map.maps("facts", in: "facts.yaml").compactMap { f in
            f.rejectUnknown(["id", "type", "min", "max", "question", "shows", "shows_no", "yes", "no", "not_about", "denied", "implies"], in: "a fact")
            guard let id = f.text("id", in: "a fact") else { return nil }
            let what = "fact '\(id)'"
            let raw = f.text("type", in: what) ?? ""
            guard let kind = CaseFact.Kind(rawValue: raw) else {
                f.bag.error(ReadCode.wrongType, f.location(of: "type"),
                            "'type' of \(what) should be one of: \(CaseFact.Kind.allCases.map(\.rawValue).joined(separator: ", ")), not '\(raw)'")
                return nil
            }
            return CaseFact(id: id, kind: kind, min: f.int("min", required: false, in: what), max: f.int("max", required: false, in: what),
                            question: f.text("question", required: false, in: what),
                            showsYes: f.text("shows", required: false, in: what), showsNo: f.text("shows_no", required: false, in: what),
                            yesCues: f.texts("yes", in: what).map { $0.value.lowercased() },
                            noCues: f.texts("no", in: what).map { $0.value.lowercased() },
                            notAboutCues: f.texts("not_about", in: what).map { $0.value.lowercased() },
                            deniedCues: f.texts("denied", in: what).map { $0.value.lowercased() },
                            implies: f.texts("implies", in: what).map(\.value), location: f.location)
        }
    }

    static func paySpine(_ map: YAMLMap) -> PaySpine {
        map.rejectUnknown(["version", "year", "region", "point_count", "range_length", "points"], in: "pay-spine.yaml")
        let points = map.maps("points", in: "pay-spine.yaml").compactMap { p -> PaySpinePoint? in
            p.rejectUnknown(["point", "salary", "source"], in: "a pay point")
            guard let n = p.int("point", in: "a pay point"), let s = p.int("salary", in: "pay point \(n)") else { return nil }
            return PaySpinePoint(point: n, salary: s, source: p.text("source", required: false, in: "pay point \(n)") ?? "", location: p.location)
        }
        return PaySpine(year: map.text("year", in: "pay-spine.yaml") ?? "", region: map.text("region", in: "pay-spine.yaml") ?? "",
                        pointCount: map.int("point_count", in: "pay-spine.yaml") ?? 0,
                        rangeLength: map.int("range_length", in: "pay-spine.yaml") ?? 5, points: points)
    }
}
