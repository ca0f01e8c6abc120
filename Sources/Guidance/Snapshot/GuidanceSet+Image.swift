/// The part of a `GuidanceSet` that answering questions needs, as a binary
/// image: the outline, passages, gaps, not-covered topics, lexicon, decision
/// points and pay spine. Left out: the interviews (read from the YAML when one
/// is started) and each unit's `asks` and `terms` (the training texts, which
/// an advisor image holds in its index already). Pure: bytes in, bytes out.
extension GuidanceSet {
    /// Writes everything but the interviews and the units' asks and terms.
    public func writeAnsweringImage(to w: inout ByteWriter) {
        w.write(outline.title)
        w.write(outline.reference)
        w.write(outline.sections) { w, s in
            w.write(s.id); w.write(s.title); w.write(s.paragraphs); w.write(s.location)
        }
        w.write(passages) { w, p in
            w.write(p.id); w.write(p.section); w.write(p.title); w.write(p.summary)
            w.write(p.related); w.write(p.question); w.write(p.short); w.write(p.location); w.write(p.verdictWhen)
        }
        w.write(gaps) { w, g in
            w.write(g.id); w.write(g.title); w.write(g.says); w.write(g.nearest); w.write(g.location); w.write(g.detail)
        }
        w.write(notCovered) { w, t in
            w.write(t.topic); w.write(t.nearest); w.write(t.location); w.write(t.says); w.write(t.marks)
        }
        w.write(synonyms) { w, s in
            w.write(s.canonical); w.write(s.variants); w.write(s.location)
        }
        w.write(subjectWords)
        w.write(decisions) { w, d in
            w.write(d.id); w.write(d.title); w.write(d.summary); w.write(d.cites); w.write(d.location)
            w.write(d.outcomes) { w, o in
                w.write(o.id); w.write(o.when); w.write(o.says); w.write(o.cites); w.write(o.schoolsCall); w.write(o.location)
                w.write(o.condition?.source); w.write(o.condition?.location ?? o.location)
                if let e = o.condition?.expression { w.write(e) }
                w.write(o.unknownSays); w.write(o.weight); w.write(o.rulesOut)
                w.write(o.verdict); w.write(o.unknownVerdict); w.write(o.about)
            }
        }
        w.write(facts) { w, f in
            w.write(f.id); w.write(f.kind.rawValue); w.write(f.min.map(String.init)); w.write(f.max.map(String.init))
            w.write(f.question); w.write(f.showsYes); w.write(f.showsNo); w.write(f.yesCues); w.write(f.noCues); w.write(f.notAboutCues); w.write(f.deniedCues); w.write(f.implies); w.write(f.location)
        }
        w.write(paySpine.year); w.write(paySpine.region); w.write(paySpine.pointCount); w.write(paySpine.rangeLength)
        w.write(paySpine.points) { w, p in
            w.write(p.point); w.write(p.salary); w.write(p.source); w.write(p.location)
        }
    }

    /// Reads what `writeAnsweringImage` wrote: no interviews, asks or terms.
    public static func readAnsweringImage(from r: inout ByteReader) throws -> GuidanceSet {
        let title = try r.readString()
        let reference = try r.readString()
        let sections = try r.readList { r in
            GuideOutline.Section(id: try r.readString(), title: try r.readString(), paragraphs: try r.readStrings(),
                                 location: try r.readLocation())
        }
        let passages = try r.readList { r in
            var p = Passage(id: try r.readString(), section: try r.readString(), title: try r.readString(), summary: try r.readString(),
                            related: try r.readLocatedStrings(),
                            question: try r.readOptionalString(), short: try r.readOptionalString(), location: try r.readLocation())
            p.verdictWhen = try r.readStrings()
            return p
        }
        let gaps = try r.readList { r in
            Gap(id: try r.readString(), title: try r.readString(), says: try r.readString(), nearest: try r.readLocatedStrings(),
                asks: [], location: try r.readLocation(), detail: try r.readStrings())
        }
        let topics = try r.readList { r in
            NotCoveredTopic(topic: try r.readString(), nearest: try r.readLocatedStrings(), asks: [], location: try r.readLocation(),
                            says: try r.readString(), marks: try r.readStrings())
        }
        let synonyms = try r.readList { r in
            Synonym(canonical: try r.readString(), variants: try r.readStrings(), location: try r.readLocation())
        }
        let subjectWords = try r.readStrings()
        let decisions = try r.readList { r in
            let id = try r.readString(), title = try r.readString(), summary = try r.readString()
            let cites = try r.readLocatedStrings(), location = try r.readLocation()
            let outcomes = try r.readList { r in
                var o = DecisionPoint.Outcome(id: try r.readString(), when: try r.readString(), says: try r.readString(),
                                              cites: try r.readLocatedStrings(), schoolsCall: try r.readBool(), location: try r.readLocation())
                let source = try r.readOptionalString(), at = try r.readLocation()
                if let source {
                    o.condition = InterviewCondition(expression: try r.readExpression(), source: source, location: at)
                }
                o.unknownSays = try r.readOptionalString()
                o.weight = try r.readInt()
                o.rulesOut = try r.readLocatedStrings()
                o.verdict = try r.readOptionalString()
                o.unknownVerdict = try r.readOptionalString()
                o.about = try r.readLocatedStrings()
                return o
            }
            return DecisionPoint(id: id, title: title, summary: summary, cites: cites, outcomes: outcomes, location: location)
        }
        let facts = try r.readList { r in
            let id = try r.readString()
            guard let kind = CaseFact.Kind(rawValue: try r.readString()) else { throw MalformedImage("a stored condition or fact type does not read back") }
            return CaseFact(id: id, kind: kind, min: try r.readOptionalString().flatMap { Int($0) }, max: try r.readOptionalString().flatMap { Int($0) },
                            question: try r.readOptionalString(), showsYes: try r.readOptionalString(), showsNo: try r.readOptionalString(),
                            yesCues: try r.readStrings(), noCues: try r.readStrings(), notAboutCues: try r.readStrings(), deniedCues: try r.readStrings(), implies: try r.readStrings(), location: try r.readLocation())
        }
        let year = try r.readString(), region = try r.readString(), pointCount = try r.readInt(), rangeLength = try r.readInt()
        let points = try r.readList { r in
            PaySpinePoint(point: try r.readInt(), salary: try r.readInt(), source: try r.readString(), location: try r.readLocation())
        }
        return GuidanceSet(outline: GuideOutline(title: title, reference: reference, sections: sections), passages: passages,
                           gaps: gaps, notCovered: topics, synonyms: synonyms, decisions: decisions,
                           paySpine: PaySpine(year: year, region: region, pointCount: pointCount, rangeLength: rangeLength, points: points),
                           facts: facts, subjectWords: subjectWords)
    }
}

extension ByteWriter {
    mutating func write(_ location: SourceLocation) {
        write(location.file); write(location.line); write(location.column)
    }

    mutating func write(_ located: [Located<String>]) {
        write(located) { w, l in w.write(l.value); w.write(l.location) }
    }
}

extension ByteReader {
    mutating func readLocation() throws -> SourceLocation {
        SourceLocation(file: try readString(), line: try readInt(), column: try readInt())
    }

    mutating func readLocatedStrings() throws -> [Located<String>] {
        try readList { r in Located(try r.readString(), at: try r.readLocation()) }
    }
}
