/// What happens when an interview finishes for an AST, cycle and kind that
/// already has a record: evidence logs grow, other records get a new version.
extension Record {
    /// This evidence log with the items of `later` added after its own: list
    /// fields are joined, other fields take the later answer, per-item
    /// conclusions are renumbered to follow on ("Item 1" of `later` becomes
    /// "Item 4" after three), and conclusions already stated are not repeated.
    /// The log keeps its creation date; status and agreement are the later ones.
    public func addingEvidence(from later: Record) -> Record {
        var merged = later
        merged.created = created
        let offset = Record.itemCount(in: fields)
        var fields = self.fields
        for field in later.fields {
            if let i = fields.firstIndex(where: { $0.key == field.key }) {
                if case .list(let old) = fields[i].value, case .list(let new) = field.value {
                    fields[i].value = .list(old + new)
                } else {
                    fields[i].value = field.value
                }
            } else {
                fields.append(field)
            }
        }
        merged.fields = fields
        var conclusions = self.conclusions
        for c in later.conclusions {
            var c = c
            c.text = Record.renumberingItems(c.text, by: offset)
            if !conclusions.contains(where: { $0.text == c.text }) { conclusions.append(c) }
        }
        merged.conclusions = conclusions
        if !notes.isEmpty, !later.notes.isEmpty, notes != later.notes {
            merged.notes = notes + "\n\n" + later.notes
        } else if later.notes.isEmpty {
            merged.notes = notes
        }
        merged.extra = extra + later.extra.filter { e in !extra.contains { $0.key == e.key } }
        return merged
    }

    /// How many evidence items a record lists (its largest list of maps).
    public static func itemCount(in fields: [RecordField]) -> Int {
        fields.compactMap { field -> Int? in
            if case .list(let values) = field.value, values.contains(where: { if case .map = $0 { true } else { false } }) {
                return values.count
            }
            return nil
        }.max() ?? 0
    }

    /// "Item 2: ..." → "Item 5: ..." for an offset of 3 (every "Item N" in the text).
    static func renumberingItems(_ text: String, by offset: Int) -> String {
        guard offset > 0 else { return text }
        let chars = Array(text)
        let marker = Array("Item ")
        var out = ""
        var i = 0
        while i < chars.count {
            if i + marker.count <= chars.count, Array(chars[i..<(i + marker.count)]) == marker {
                out += "Item "
                i += marker.count
                var j = i
                while j < chars.count, chars[j].isASCII, chars[j].isNumber { j += 1 }
                if j > i, let n = Int(String(chars[i..<j])) { out += String(n + offset); i = j }
            } else {
                out.append(chars[i])
                i += 1
            }
        }
        return out
    }
}
