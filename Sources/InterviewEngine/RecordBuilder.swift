import Guidance
import Records

/// Builds the `Record` an interview produces from the answers on its path.
struct RecordBuilder {
    var interview: Interview
    var walk: InterviewWalk
    var created: String
    /// The plan, evidence log and earlier reviews the interview was given.
    var earlier: EarlierRecords = .none

    func record() -> Record {
        let scope = walk.scope
        func answer(_ ref: Located<String>?) -> String? {
            guard let id = ref?.value, let a = scope.top[id], a != .skipped else { return nil }
            return a.display(for: interview.step(id))
        }
        let kind = RecordKind(rawValue: interview.record.kind.value) ?? .planning
        var record = Record(kind: kind, ast: answer(interview.record.ast) ?? "(no AST named)",
                            cycle: answer(interview.record.cycle) ?? "(no cycle)", created: created,
                            fields: fields(), conclusions: ConclusionBuilder(interview: interview, scope: scope).conclusions())
        let tail = agreementAnswers()
        if case .yesNo(true)? = tail[AgreementSteps.agreed] {
            record.status = .agreed
            let comments = [(AgreementSteps.lineManagerComment, "line manager"), (AgreementSteps.astComment, "AST")].compactMap { key, who -> String? in
                guard case .text(let t)? = tail[key] else { return nil }
                return "\(who): \(t)"
            }
            record.agreement = Agreement(lineManager: text(tail[AgreementSteps.lineManager]), ast: text(tail[AgreementSteps.ast]),
                                         date: text(tail[AgreementSteps.date]), comments: comments)
        } else if case .text(let t)? = tail[AgreementSteps.notAgreed] {
            record.notes = "Not yet agreed: \(t)"
        }
        return record
    }

    func text(_ a: Answer?) -> String { a?.display() ?? "" }

    func agreementAnswers() -> [String: Answer] {
        var out: [String: Answer] = [:]
        for e in walk.entries where e.key.group == AgreementSteps.group {
            if case .answered(let a) = e.status { out[e.key.step] = a }
        }
        return out
    }

    /// The answers in interview order; a group becomes a list of items.
    func fields() -> [RecordField] {
        var out: [RecordField] = []
        var groupIndex: [String: Int] = [:]
        for e in walk.entries where e.key.group != AgreementSteps.group && e.key.step != StepKey.more {
            let value: Answer
            switch e.status {
            case .answered(let a): value = a
            case .notAsked(let a?): value = a
            default: continue
            }
            let field = RecordField(e.step.field, .text(value.display(for: e.step)))
            guard let g = e.key.group, let item = e.key.item, let group = interview.step(g) else {
                out.append(field)
                continue
            }
            if groupIndex[g] == nil {
                if let judged = EarlierFields.judgedAgainst(group, earlier) { out.append(judged) }
                groupIndex[g] = out.count
                out.append(RecordField(group.field, .list([])))
            }
            guard case .list(var items) = out[groupIndex[g]!].value else { continue }
            while items.count < item { items.append(.map([])) }
            if case .map(var fs) = items[item - 1] {
                fs.append(field)
                if e.step.offers == .loggedEvidenceSummary, let kept = EarlierFields.loggedEvidence(e, interview: interview, earlier) {
                    fs.append(kept)
                }
                items[item - 1] = .map(fs)
            }
            out[groupIndex[g]!].value = .list(items)
        }
        return out
    }
}
