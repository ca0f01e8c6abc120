import Guidance
import Records

/// The fields a record gains from the earlier records its interview read, so
/// a saved review keeps what it was judged against: which plan and evidence
/// log (by id and date), and beside each objective the logged items in full.
enum EarlierFields {
    /// Field keys (labels come from the key: "Judged against", "Logged evidence").
    static let judgedAgainstKey = "judged-against"
    static let loggedEvidenceKey = "logged-evidence"

    /// Before a group of objectives judged against the plan and the log: which
    /// records those were. Nil when the group reads neither or none was saved.
    static func judgedAgainst(_ group: InterviewStep, _ earlier: EarlierRecords) -> RecordField? {
        guard group.steps.contains(where: { $0.offers == .loggedEvidence || $0.offers == .loggedEvidenceSummary }),
              earlier.plan != nil || earlier.evidence != nil else { return nil }
        var lines: [String] = []
        if let plan = earlier.plan {
            lines.append("objectives record \(plan.id) (\(plan.agreed ? "agreed" : "draft"), updated \(plan.updated), \(plan.objectives.count) objective\(plan.objectives.count == 1 ? "" : "s"))")
        } else {
            lines.append("no objectives record saved for the cycle")
        }
        if let log = earlier.evidence {
            lines.append("evidence log \(log.id) (\(log.agreed ? "agreed" : "draft"), updated \(log.updated), \(log.items.count) item\(log.items.count == 1 ? "" : "s"))")
        } else {
            lines.append("no evidence log saved for the cycle")
        }
        return RecordField(judgedAgainstKey, .list(lines.map(RecordValue.text)))
    }

    /// After the evidence answer of one objective: the log's items for that
    /// objective, each in full with its cautions. Nil when no log was saved.
    static func loggedEvidence(_ e: InterviewWalk.Entry, interview: Interview, _ earlier: EarlierRecords) -> RecordField? {
        guard let found = objectiveEvidence(e, interview: interview, earlier), found.log != nil else { return nil }
        return RecordField(loggedEvidenceKey, .list(found.items.map { .text($0.line) }))
    }

    /// The evidence logged against the objective a group item is about (the
    /// answer to the group's `plan-objectives` text step).
    static func objectiveEvidence(_ e: InterviewWalk.Entry, interview: Interview, _ earlier: EarlierRecords) -> ObjectiveEvidence? {
        guard let group = e.key.group, let step = objectiveStep(of: group, in: interview),
              let answer = e.scope.current?.item[step], answer != .skipped else { return nil }
        return ObjectiveEvidence(objective: answer.display(), earlier: earlier)
    }

    /// The text step of `group` that offers the plan's objectives, if any.
    static func objectiveStep(of group: String, in interview: Interview) -> String? {
        interview.step(group)?.steps.first { $0.offers == .planObjectives && $0.kind == .text }?.id
    }
}
