import Guidance
import InterviewEngine

/// How interview questions, remarks and help look in the REPL (plain text; colour only on a terminal).
enum InterviewRendering {
    static let words = "why, help, back, skip, review, explain, keep, pause"

    static func cites(_ ids: [String], _ style: OutputStyle) -> String {
        ids.isEmpty ? "" : " " + TextFormatting.cite("[\(ids.joined(separator: ", "))]", style)
    }

    static func remark(_ r: Remark, _ style: OutputStyle) -> String {
        "Note: \(r.text)\(cites(r.cites, style))"
    }

    /// The question line alone (used again after a refused answer).
    static func promptLine(_ q: Question, _ style: OutputStyle) -> String {
        TextFormatting.bold("Q\(q.number). \(q.prompt)", style)
    }

    static func question(_ q: Question, _ style: OutputStyle) -> String {
        var lines = [promptLine(q, style), "    \(q.why)\(cites(q.cites, style))"]
        if !q.choices.isEmpty && q.kind == .choice {
            lines.append("    Choices: " + q.choices.map { $0.label == $0.value ? $0.value : "\($0.value) (\($0.label))" }.joined(separator: " · "))
        }
        if let stale = q.staleReason { lines.append("    \(stale)") }
        if let current = q.current {
            lines.append("    Your answer was: \(current) (Enter or 'keep' keeps it)")
        } else if let d = q.defaultAnswer {
            lines.append("    Enter (or 'keep') for: \(d)" + (q.defaultSource.map { " (\($0))" } ?? ""))
        }
        if q.optional && q.current == nil { lines.append("    (optional: 'skip' leaves it out)") }
        return lines.joined(separator: "\n")
    }

    /// `why`: the one-line reason, then each cited paragraph's title and summary.
    static func why(_ q: Question, guidance: GuidanceSet, _ style: OutputStyle) -> String {
        var lines = ["Why this is asked: \(q.why)"]
        for id in q.cites {
            guard let p = guidance.passage(id) else { lines.append("  [\(id)]"); continue }
            lines.append("  \(TextFormatting.cite("[\(id)]", style)) \(p.title): \(p.summary)")
        }
        return lines.joined(separator: "\n")
    }

    /// `help`: what fits, the choices, and the words that work at any question.
    static func help(_ q: Question) -> String {
        var lines = ["Answer: \(q.help)"]
        if !q.choices.isEmpty {
            lines.append("Choices:")
            lines += q.choices.map { "  \($0.value)" + ($0.label == $0.value ? "" : " - \($0.label)") }
        }
        lines.append("You can also type:")
        lines += [("why", "the reasons for this question and the guide's paragraphs"),
                  ("back", "go to the previous question (later answers are kept)"),
                  ("skip", "leave out an optional question"),
                  ("review", "everything answered so far"),
                  ("explain", "the conclusions so far, with their reasons"),
                  ("keep", "take the answer shown (same as Enter)"),
                  ("pause", "stop here and carry on later with 'resume'")].map { "  \($0.0.padding(toLength: 9, withPad: " ", startingAt: 0))\($0.1)" }
        return lines.joined(separator: "\n")
    }
}
