import Foundation
import Records

/// A record as a printable HTML performance-management statement: one
/// self-contained page, every piece of record text escaped.
public enum RecordHTML {
    /// Escapes text for HTML element content and attribute values.
    public static func escape(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for c in s.unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }

    public static func render(_ r: Record, id: String) -> String {
        let e = escape
        var h = """
        <!DOCTYPE html>
        <html lang="en-GB">
        <head>
        <meta charset="utf-8">
        <title>\(e(RecordText.title(r.kind))) — \(e(r.ast)) — \(e(r.cycle))</title>
        <style>
        body { font: 11pt/1.45 Georgia, serif; max-width: 44em; margin: 2em auto; color: #111; }
        h1 { font-size: 1.5em; margin-bottom: 0.2em; } h2 { font-size: 1.15em; border-bottom: 1px solid #999; margin-top: 1.6em; }
        dl { display: grid; grid-template-columns: 12em 1fr; gap: 0.3em 1em; } dt { font-weight: bold; } dd { margin: 0; }
        .meta, .cite, footer { color: #444; font-size: 0.9em; } .notes { white-space: pre-wrap; }
        .sign { display: grid; grid-template-columns: 1fr 1fr; gap: 2em; margin-top: 2.5em; } .sign div { border-top: 1px solid #333; padding-top: 0.3em; }
        @media print { body { margin: 0; } a { color: inherit; } }
        </style>
        </head>
        <body>
        <h1>\(e(RecordText.title(r.kind)))</h1>
        <p class="meta">\(e(r.ast)) · cycle \(e(r.cycle)) · \(e(r.status.rawValue)) · created \(e(r.created)) · updated \(e(r.updated)) · record \(e(id))</p>

        """
        if !r.fields.isEmpty || !r.extra.isEmpty {
            h += "<h2>Record</h2>\n<dl>\n"
            for f in r.fields + r.extra { h += "<dt>\(e(RecordText.label(f.key)))</dt><dd>\(value(f.value))</dd>\n" }
            h += "</dl>\n"
        }
        if !r.conclusions.isEmpty {
            h += "<h2>Conclusions</h2>\n<ul>\n"
            for c in r.conclusions {
                h += "<li>\(e(c.text))"
                if !c.cites.isEmpty { h += " <span class=\"cite\">[guide: \(e(c.cites.joined(separator: ", ")))]</span>" }
                if !c.because.isEmpty { h += " <span class=\"cite\">(from: \(e(c.because.map(RecordText.label).joined(separator: ", "))))</span>" }
                h += "</li>\n"
            }
            h += "</ul>\n"
        }
        if !r.notes.isEmpty { h += "<h2>Notes</h2>\n<div class=\"notes\">\(e(r.notes))</div>\n" }
        h += "<h2>Agreement</h2>\n"
        if let a = r.agreement {
            h += "<p>Agreed on \(e(a.date)) by \(e(a.lineManager)) (line manager) and \(e(a.ast)) (AST).</p>\n"
            for c in a.comments { h += "<p class=\"meta\">Comment: \(e(c))</p>\n" }
        } else {
            h += "<p>Not yet agreed.</p>\n"
        }
        h += """
        <div class="sign"><div>Line manager: signature and date</div><div>AST: signature and date</div></div>
        <footer><p>Prepared with astpm, following the DfES guide on performance management of Advanced Skills Teachers (DfES/0143/2004). Bracketed ids such as [qa.14] name paragraphs of that guide.</p></footer>
        </body>
        </html>

        """
        return h
    }

    static func value(_ v: RecordValue) -> String {
        switch v {
        case .text(let s): return escape(s).replacingOccurrences(of: "\n", with: "<br>")
        case .list(let items): return items.isEmpty ? "—" : "<ul>" + items.map { "<li>\(value($0))</li>" }.joined() + "</ul>"
        case .map(let fields):
            return fields.isEmpty ? "—" : "<dl>" + fields.map { "<dt>\(escape(RecordText.label($0.key)))</dt><dd>\(value($0.value))</dd>" }.joined() + "</dl>"
        }
    }
}
