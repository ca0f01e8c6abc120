import Records

/// The differences between two versions of a record, field by field, in the
/// labels `show` uses: what was added, removed or changed, with old and new
/// values. Pure: two `Record`s and the labels in, a list of changes out.
struct RecordDiff: Equatable {
    enum Kind: String { case added, removed, changed }

    struct Change: Equatable {
        var kind: Kind
        /// A stable path for scripts: `status`, `fields.objectives[2].criteria`, `conclusions[1]`, `notes`.
        var field: String
        /// As `show` labels it: `Objectives (2) › Success criteria`.
        var label: String
        var old: String?
        var new: String?
    }

    var changes: [Change]

    /// One value of a record, flattened to text, with its path and label.
    struct Entry: Equatable {
        var field: String
        var label: String
        var text: String
    }

    init(from old: Record, to new: Record, label: (String) -> String) {
        let before = RecordDiff.entries(old, label: label), after = RecordDiff.entries(new, label: label)
        let oldByField = Dictionary(before.map { ($0.field, $0) }, uniquingKeysWith: { a, _ in a })
        let newFields = Set(after.map(\.field))
        // Removed entries are shown where they were: after the last entry before them that is still there.
        var removedAfter: [String: [Entry]] = [:]
        var removedFirst: [Entry] = []
        var anchor: String?
        for e in before {
            if newFields.contains(e.field) { anchor = e.field; continue }
            if let anchor { removedAfter[anchor, default: []].append(e) } else { removedFirst.append(e) }
        }
        var out = removedFirst.map { Change(kind: .removed, field: $0.field, label: $0.label, old: $0.text, new: nil) }
        for e in after {
            if let was = oldByField[e.field] {
                if was.text != e.text { out.append(Change(kind: .changed, field: e.field, label: e.label, old: was.text, new: e.text)) }
            } else {
                out.append(Change(kind: .added, field: e.field, label: e.label, old: nil, new: e.text))
            }
            out += (removedAfter[e.field] ?? []).map { Change(kind: .removed, field: $0.field, label: $0.label, old: $0.text, new: nil) }
        }
        changes = out
    }

    /// Everything `show` prints of a record except the times it was created and
    /// changed (which differ between any two versions), in `show`'s order.
    static func entries(_ r: Record, label: (String) -> String) -> [Entry] {
        var out = [Entry(field: "status", label: "Status", text: r.status.rawValue),
                   Entry(field: "ast", label: "AST", text: r.ast),
                   Entry(field: "cycle", label: "Cycle", text: r.cycle)]
        for f in r.fields { flatten(f.value, field: "fields." + f.key, label: label(f.key), into: &out, name: label) }
        for f in r.extra { flatten(f.value, field: "extra." + f.key, label: label(f.key), into: &out, name: label) }
        for (i, c) in r.conclusions.enumerated() {
            out.append(Entry(field: "conclusions[\(i + 1)]", label: "Conclusion \(i + 1)",
                             text: c.text + (c.cites.isEmpty ? "" : " [\(c.cites.joined(separator: ", "))]")))
        }
        if let a = r.agreement {
            out.append(Entry(field: "agreement", label: "Agreed",
                             text: "on \(a.date) by \(a.lineManager) (line manager) and \(a.ast) (AST)"))
            for (i, comment) in a.comments.enumerated() {
                out.append(Entry(field: "agreement.comments[\(i + 1)]", label: "Comment \(i + 1)", text: comment))
            }
        }
        if !r.notes.isEmpty { out.append(Entry(field: "notes", label: "Notes", text: r.notes)) }
        return out
    }

    private static func flatten(_ v: RecordValue, field: String, label: String, into out: inout [Entry], name: (String) -> String) {
        switch v {
        case .text(let s):
            out.append(Entry(field: field, label: label, text: s))
        case .list(let items):
            if items.isEmpty { out.append(Entry(field: field, label: label, text: "(none)")); return }
            for (i, item) in items.enumerated() {
                flatten(item, field: field + "[\(i + 1)]", label: label + " (\(i + 1))", into: &out, name: name)
            }
        case .map(let fields):
            if fields.isEmpty { out.append(Entry(field: field, label: label, text: "(none)")); return }
            for f in fields { flatten(f.value, field: field + "." + f.key, label: label + " › " + name(f.key), into: &out, name: name) }
        }
    }

    /// The changes as lines: `  changed  Label` with `was:` and `now:` under it;
    /// `  added    Label: value`; `  removed  Label: value`. A value's line
    /// breaks are shown as ` / ` so each change stays together.
    var lines: [String] {
        func one(_ s: String) -> String { s.replacingOccurrences(of: "\n", with: " / ") }
        return changes.flatMap { c -> [String] in
            switch c.kind {
            case .added: return ["  added    \(c.label): \(one(c.new ?? ""))"]
            case .removed: return ["  removed  \(c.label): \(one(c.old ?? ""))"]
            case .changed: return ["  changed  \(c.label)", "             was: \(one(c.old ?? ""))", "             now: \(one(c.new ?? ""))"]
            }
        }
    }
}
