import Records

/// One record value as statement HTML: text escaped, a date written out
/// ("8 July 2026"), an answer skipped in the interview as "not recorded",
/// lists as lists and nested maps as label–value lines.
enum FieldHTML {
    /// What the interview stores for a question the person skipped.
    static let skipped = "(skipped)"
    static let notRecorded = "<span class=\"none\">not recorded</span>"

    static func isSkipped(_ v: RecordValue) -> Bool {
        if case .text(let s) = v { return s.trimmingSpaces() == skipped || s.trimmingSpaces().isEmpty }
        return false
    }

    static func text(_ s: String) -> String {
        if s.trimmingSpaces() == skipped || s.trimmingSpaces().isEmpty { return notRecorded }
        return HTMLText.escape(DateWording.shown(s)).split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "<br>")
    }

    static func value(_ v: RecordValue, kind: RecordKind, vocabulary: StatementVocabulary) -> String {
        switch v {
        case .text(let s): return text(s)
        case .list(let items):
            if items.isEmpty { return "<span class=\"none\">none</span>" }
            if items.count == 1 { return value(items[0], kind: kind, vocabulary: vocabulary) }
            return "<ul>" + items.map { "<li>\(value($0, kind: kind, vocabulary: vocabulary))</li>" }.joined() + "</ul>"
        case .map(let fields):
            if fields.isEmpty { return "<span class=\"none\">none</span>" }
            return fields.map { "<div><span class=\"k\">\(HTMLText.escape(vocabulary.label($0.key, in: kind))):</span> "
                + value($0.value, kind: kind, vocabulary: vocabulary) + "</div>" }.joined()
        }
    }
}
