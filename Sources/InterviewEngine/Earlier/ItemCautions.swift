import Guidance
import Records

/// The cautions an interview's conclusions raise for one item of a saved
/// record (for the evidence log: a one-off example, verbal feedback, a
/// receiving school that did not take the work up). The item's fields are read
/// back into answers with the steps' own parsers, and every conclusion of the
/// item's group that has a `when:` and holds for it is stated, as the
/// interview stated it when the item was logged. A caution whose condition
/// reads a value the step cannot read back (a hand-written "yes" where the
/// choices are receptive, mixed or resistant) is left out rather than guessed.
struct ItemCautions {
    var interview: Interview

    func cautions(record: Record, item fields: [RecordField], number: Int) -> [Remark] {
        guard let group = interview.steps.first(where: { $0.kind == .group && FieldKey.same($0.field, EvidenceLog.itemsKey) })
                ?? interview.steps.first(where: { $0.kind == .group }) else { return [] }
        var top: [String: Answer] = [:], item: [String: Answer] = [:]
        var unreadable = Set<String>()
        for (inItem, steps, source) in [(false, interview.steps, record.fields), (true, group.steps, fields)] {
            for step in steps where step.takesAnswer {
                switch answer(step, source) {
                case .read(let a)?: if inItem { item[step.id] = a } else { top[step.id] = a }
                case .unreadable?: unreadable.insert(step.id)
                case nil: break
                }
            }
        }
        let scope = Scope(top: top, items: [group.id: [item]], current: (group.id, item))
        let builder = ConclusionBuilder(interview: interview, scope: scope)
        return interview.conclusions
            .filter { spec in
                guard spec.each?.value == group.id, let when = spec.when else { return false }
                return !when.expression.references.contains { unreadable.contains($0.step) }
            }
            .compactMap { builder.conclusion($0, scope, itemNumber: number) }
            .map { Remark($0.text, cites: $0.cites) }
    }

    enum ReadBack: Equatable {
        case read(Answer)
        /// Text the step's parser does not read (a hand-written "email" for a choice).
        case unreadable
    }

    /// The step's answer read back from the field it was saved under (or its id).
    func answer(_ step: InterviewStep, _ fields: [RecordField]) -> ReadBack? {
        guard let text = fields.text(step.field) ?? fields.text(step.id) else { return nil }
        if text == Answer.skipped.display() { return .read(.skipped) }
        switch AnswerParser(step: step).parse(text) {
        case .success(let a): return .read(a)
        case .failure: return .unreadable
        }
    }
}
