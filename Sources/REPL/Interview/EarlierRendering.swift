import Guidance
import InterviewEngine
import Records

/// How an interview shows what the records already saved say: the plan's
/// objectives to pick from, and (in the annual review) the evidence logged
/// against the objective being judged, with the cautions the log raised.
enum EarlierRendering {
    /// The plan's objectives, listed before a question that offers them. When
    /// choosing an objective to judge (a text answer), items of the evidence log
    /// tied to none of them are named too, so no logged evidence goes unseen.
    static func planListing(_ plan: PlanObjectives, for kind: InterviewAnswerType, log: EvidenceLog?) -> String {
        let source = "From \(plan.agreed ? "the agreed" : "the draft") objectives record \(plan.id.rawValue):"
        var lines = [source] + plan.objectives.enumerated().map { "  \($0.offset + 1). \(oneLine($0.element))" }
        if kind == .list {
            lines.append("You can type their numbers, separated by commas.")
            return lines.joined(separator: "\n")
        }
        lines.append("Type a number to take one of these, or type the objective.")
        if let log, !log.unlinked.isEmpty {
            lines.append("Logged against none of them (evidence log \(log.id)):")
            lines += log.unlinked.map { "  Item \($0.number), bearing on '\(oneLine($0.bearsOn))': \(oneLine($0.summary))" }
        }
        return lines.joined(separator: "\n")
    }

    /// The evidence logged against one objective, before it is judged.
    static func loggedEvidence(_ found: ObjectiveEvidence, _ style: OutputStyle) -> String {
        guard let log = found.log else {
            return "No evidence log is saved for this AST and cycle, so no logged evidence can be shown ('start evidence' keeps one)."
        }
        var lines: [String] = []
        let which: String
        if let n = found.planNumber {
            which = "objective \(n)"
        } else {
            which = "'\(oneLine(found.objective))'"
            if found.plan != nil {
                lines.append("'\(oneLine(found.objective))' is not one of the plan's objectives as worded, so only evidence logged against those words is shown; type 'back' and a number to take one of the plan's.")
            }
        }
        let state = "\(log.agreed ? "agreed" : "draft"), updated \(log.updated)"
        guard !found.items.isEmpty else {
            lines.append("Nothing in the evidence log \(log.id) (\(state)) is logged against \(which).")
            return lines.joined(separator: "\n")
        }
        lines.append("Evidence logged against \(which) (evidence log \(log.id), \(state)):")
        for item in found.items {
            var head = "  Item \(item.number) (\(item.date)): \(oneLine(item.kind)) from \(oneLine(item.source))"
            if let weight = item.weight { head += "; weight \(oneLine(weight))" }
            lines.append(head)
            if let says = item.says { lines.append("    What it says: \(oneLine(says))") }
            if let reason = item.weightReason { lines.append("    Reason for the weight: \(oneLine(reason))") }
            for caution in item.cautions {
                lines.append("    Caution: \(caution.text)\(InterviewRendering.cites(caution.cites, style))")
            }
        }
        return lines.joined(separator: "\n")
    }

    /// Record text on one line (a hand-written value may hold newlines).
    static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).joined(separator: " ")
    }
}
