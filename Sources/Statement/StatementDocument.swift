import Records

/// The printed statement: one or more records (a review, or a whole cycle
/// with `export --all`) as one self-contained A4 HTML document that loads
/// nothing (no scripts, images, fonts or links), every piece of record text
/// escaped.
public struct StatementDocument: Sendable {
    /// A record and its id in the store.
    public struct Entry: Sendable {
        public var record: Record
        public var id: String
        public init(record: Record, id: String) {
            self.record = record
            self.id = id
        }
    }

    public var entries: [Entry]
    public var settings: StatementSettings
    public var vocabulary: StatementVocabulary

    public init(entries: [Entry], settings: StatementSettings = StatementSettings(), vocabulary: StatementVocabulary = StatementVocabulary()) {
        self.entries = entries
        self.settings = settings
        self.vocabulary = vocabulary
    }

    /// The order of a cycle's records in one document: the year as it happened.
    public static let order: [RecordKind] = [.planning, .evidence, .support, .review, .tour]

    /// The document's title: the record's own for one record, else the cycle's.
    var title: String {
        guard let first = entries.first?.record else { return "Performance management statement" }
        let what = entries.count == 1 ? RecordText.title(first.kind) : "Performance management record"
        return "\(what) — \(first.ast) — \(first.cycle)"
    }

    public func html() -> String {
        let sections = entries.enumerated().map { n, entry in
            RecordSection(record: entry.record, id: entry.id, number: n + 1, settings: settings, vocabulary: vocabulary)
        }
        var css = StatementStyle.base + "\n"
        for s in sections {
            css += StatementStyle.page(s.pageName, left: "\(s.record.ast) · \(s.title) · cycle \(s.record.cycle)",
                                       record: "Record \(s.id)") + "\n"
        }
        var h = HTMLPage.head(title: title, css: css)
        for s in sections { h += s.html() }
        h += """
        </body>
        </html>

        """
        return h
    }
}
