import Foundation

/// Plain-language names and text views of records, shared by `show`, `find`
/// and the HTML statement.
public enum RecordText {
    /// "Planning statement", "Evidence log", ...
    public static func title(_ kind: RecordKind) -> String {
        switch kind {
        case .planning: return "Planning statement"
        case .evidence: return "Evidence log"
        case .review: return "Performance review"
        case .support: return "Support plan"
        case .tour: return "Tour notes"
        }
    }

    /// A field key as a label: `pay_decision`, `line-manager` → `Pay decision`, `Line manager`.
    public static func label(_ key: String) -> String {
        let acronyms: Set<String> = ["ast", "lea", "la", "hod", "slt", "ofsted", "pm", "nqt"]
        let words = key.split(whereSeparator: { $0 == "_" || $0 == "-" || $0 == " " }).map { w in
            acronyms.contains(w.lowercased()) ? w.uppercased() : String(w)
        }
        let spaced = words.joined(separator: " ")
        return spaced.prefix(1).uppercased() + spaced.dropFirst()
    }

    /// Every piece of text in a record, for searching.
    public static func searchable(_ r: Record) -> [String] {
        var out = [r.ast, r.cycle, r.kind.rawValue, r.status.rawValue, title(r.kind)]
        func walk(_ v: RecordValue) {
            switch v {
            case .text(let s): out.append(s)
            case .list(let items): items.forEach(walk)
            case .map(let fields): fields.forEach { out.append($0.key); walk($0.value) }
            }
        }
        (r.fields + r.extra).forEach { out.append($0.key); walk($0.value) }
        for c in r.conclusions { out.append(c.text); out += c.cites; out += c.because }
        if let a = r.agreement { out += [a.lineManager, a.ast, a.date] + a.comments }
        out += r.notes.split(separator: "\n").map(String.init)
        return out
    }
}
