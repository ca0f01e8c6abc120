import Advisor
import Foundation
import Guidance

/// Renders an advisor answer for the terminal and as JSON.
enum AnswerRenderer {
    static func text(_ a: Answer, guidance: GuidanceSet, style: OutputStyle) -> String {
        // A described case the rules settle leads with the direct answer to
        // each question it asks; what was read from the case follows.
        var lines: [String] = []
        if !a.verdicts.isEmpty {
            for v in a.verdicts {
                let cites = v.cites.isEmpty ? "" : " " + TextFormatting.cite(v.cites.map { "[\($0)]" }.joined(separator: " "), style)
                lines.append(TextFormatting.bold(v.text, style) + cites)
            }
            lines.append(a.headline)
        } else {
            lines.append(TextFormatting.bold(a.headline, style))
        }
        for r in a.reasoning {
            let call = r.schoolsCall ? " (the school's call)" : ""
            let cites = r.cites.isEmpty ? "" : " " + TextFormatting.cite(r.cites.map { "[\($0)]" }.joined(separator: " "), style)
            lines.append("  • \(r.text)\(call)\(cites)")
        }
        for note in a.notes { lines.append("  Note: \(note)") }
        if !a.needs.isEmpty {
            lines.append("Not stated, and the answer turns on it:")
            for need in a.needs { lines.append("  ? \(need.question)") }
        }
        if a.covered {
            // A described case cites every paragraph its lines use; a plain answer its best three.
            // "Cited" names only the paragraphs the lines above use; a strong
            // candidate no line draws on is offered under "See also" instead.
            let used = Set(a.reasoning.flatMap(\.cites))
            let candidates = a.facts.isEmpty ? Array(a.citations.prefix(3)) : a.citations
            let cited = candidates.filter(used.contains)
            let unused = candidates.filter { !used.contains($0) }
            if !cited.isEmpty {
                lines.append(TextFormatting.dim("Cited: " + cited.map { describe($0, guidance) }.joined(separator: "; "), style))
            }
            let more = Array(unique(unused + a.seeAlso).prefix(3))
            if !more.isEmpty {
                lines.append(TextFormatting.dim("See also: " + more.map { seeAlso($0, guidance) }.joined(separator: "; "), style))
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

    static func factJSON(_ v: FactValue) -> JSONText.Value {
        switch v {
        case .number(let n): return .number(Double(n))
        case .yes: return .bool(true)
        case .no: return .bool(false)
        }
    }
}
