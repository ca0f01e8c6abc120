import Records

/// A list of items (objectives, evidence items) as a table: a numbered row per
/// item with its main fields in columns, and its other fields on a full-width
/// line below, so long answers never squeeze a column. Each item is its own
/// `<tbody>`, kept on one page where it fits.
struct ItemTable {
    /// The columns for a list, by record kind and list key; other lists take
    /// their first three fields.
    static let columns: [String: [String]] = [
        "review/objectives": ["objective", "outcome", "evidence"],
        "planning/objectives": ["objective", "focus", "area", "success-criteria"],
        "evidence/items": ["date", "kind", "source", "bears-on", "weight"],
    ]

    var kind: RecordKind
    var key: String
    var items: [[RecordField]]
    var vocabulary: StatementVocabulary

    /// nil when the list holds anything but maps (it is then shown as a plain list).
    init?(kind: RecordKind, key: String, items: [RecordValue], vocabulary: StatementVocabulary) {
        var maps: [[RecordField]] = []
        for item in items {
            guard case .map(let fields) = item else { return nil }
            maps.append(fields)
        }
        guard !maps.isEmpty else { return nil }
        self.kind = kind
        self.key = key
        self.items = maps
        self.vocabulary = vocabulary
    }

    /// Keys in the order they first appear across the items.
    var keys: [String] {
        var seen: [String] = []
        for item in items { for f in item where !seen.contains(f.key) { seen.append(f.key) } }
        return seen
    }

    var mainColumns: [String] {
        let present = keys
        if let chosen = Self.columns["\(kind.rawValue)/\(StatementVocabulary.normalized(key))"] {
            // Each chosen column in the spelling the record uses (`bears-on` or `bears_on`).
            let found = chosen.compactMap { want in present.first { StatementVocabulary.normalized($0) == want } }
            if !found.isEmpty { return found }
        }
        return Array(present.prefix(3))
    }

    func html() -> String {
        let main = mainColumns
        let width = main.count + 1
        var h = "<table class=\"items items-\(main.count)\">\n<thead><tr><th class=\"num\">No.</th>"
        for k in main { h += "<th>\(HTMLText.escape(vocabulary.label(k, in: kind)))</th>" }
        h += "</tr></thead>\n"
        for (n, item) in items.enumerated() {
            h += "<tbody><tr><td class=\"num\">\(n + 1)</td>"
            for k in main {
                if let field = item.first(where: { $0.key == k }) {
                    h += "<td>\(FieldHTML.value(field.value, kind: kind, vocabulary: vocabulary))</td>"
                } else {
                    h += "<td>\(FieldHTML.notRecorded)</td>"
                }
            }
            h += "</tr>"
            let rest = item.filter { !main.contains($0.key) }
            if !rest.isEmpty {
                h += "<tr class=\"more\"><td></td><td colspan=\"\(width - 1)\">"
                h += rest.map { "<div><span class=\"k\">\(HTMLText.escape(vocabulary.label($0.key, in: kind))):</span> "
                    + FieldHTML.value($0.value, kind: kind, vocabulary: vocabulary) + "</div>" }.joined()
                h += "</td></tr>"
            }
            h += "</tbody>\n"
        }
        return h + "</table>\n"
    }
}
