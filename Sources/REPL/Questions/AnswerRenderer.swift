import Advisor
import Foundation
import Guidance

/// Renders an advisor answer for the terminal and as JSON.
enum AnswerRenderer {
    static func text(_ a: Answer, guidance: GuidanceSet, style: OutputStyle) -> String {
        var lines: [String] = [TextFormatting.bold(a.headline, style)]
        for r in a.reasoning {
            let call = r.schoolsCall ? " (the school's call)" : ""
            lines.append("  • \(r.text)\(call) " + TextFormatting.cite(r.cites.map { "[\($0)]" }.joined(separator: " "), style))
        }
        for note in a.notes { lines.append("  Note: \(note)") }
        if a.covered {
            lines.append(TextFormatting.dim("Cited: " + a.citations.prefix(3).map { describe($0, guidance) }.joined(separator: "; "), style))
            if !a.seeAlso.isEmpty {
                lines.append(TextFormatting.dim("See also: " + a.seeAlso.map { seeAlso($0, guidance) }.joined(separator: "; "), style))
            }
        } else {
            if !a.nearest.isEmpty {
                lines.append("Nearest topics the guide does cover: " + a.nearest.map { seeAlso($0, guidance) }.joined(separator: "; "))
            }
            lines.append(TextFormatting.dim("astpm answers only from DfES/0143/2004 and does not guess beyond it.", style))
        }
        return lines.joined(separator: "\n")
    }

    static func describe(_ id: String, _ g: GuidanceSet) -> String {
        "\(id) (\(g.outline.sectionTitle(of: id) ?? "guide"))"
    }

    static func seeAlso(_ id: String, _ g: GuidanceSet) -> String {
        "\(id) — \(g.passage(id)?.title ?? g.outline.sectionTitle(of: id) ?? "")"
    }

    /// One JSON object on one line: covered, citations (best first), answer, and extras.
    static func json(_ a: Answer) -> String {
        var object: [String: Any] = [
            "covered": a.covered,
            "citations": a.citations,
            "answer": ([a.headline] + a.reasoning.map(\.text) + a.notes).joined(separator: " "),
        ]
        if !a.seeAlso.isEmpty { object["see_also"] = a.seeAlso }
        if !a.nearest.isEmpty { object["nearest"] = a.nearest }
        if let gap = a.gapID { object["gap"] = gap }
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self)
    }
}
