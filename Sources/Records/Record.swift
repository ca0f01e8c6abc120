/// The kinds of record a performance-management cycle produces.
public enum RecordKind: String, Codable, Sendable, CaseIterable {
    case planning, evidence, review, support, tour
}

/// Whether a record has been agreed by the line manager and the AST.
public enum RecordStatus: String, Codable, Sendable, CaseIterable {
    case draft, agreed
}

/// A value in a record: text, a list, or an ordered map (keys keep their order
/// so files diff cleanly).
public indirect enum RecordValue: Equatable, Sendable {
    case text(String)
    case list([RecordValue])
    case map([RecordField])
}

/// One named field of a record, in order.
public struct RecordField: Equatable, Sendable {
    public var key: String
    public var value: RecordValue
    public init(_ key: String, _ value: RecordValue) {
        self.key = key
        self.value = value
    }
}

/// A conclusion the record states (e.g. the pay recommendation), with the guide
/// paragraphs and answers that led to it.
public struct Conclusion: Equatable, Sendable {
    public var text: String
    public var cites: [String]
    public var because: [String]
    public init(text: String, cites: [String], because: [String] = []) {
        self.text = text
        self.cites = cites
        self.because = because
    }
}

/// Who agreed a record, and when (ISO 8601 date), with any comments.
public struct Agreement: Equatable, Sendable {
    public var lineManager: String
    public var ast: String
    public var date: String
    public var comments: [String]
    public init(lineManager: String, ast: String, date: String, comments: [String] = []) {
        self.lineManager = lineManager
        self.ast = ast
        self.date = date
        self.comments = comments
    }
}

/// One performance-management record: a planning statement, an evidence log,
/// an annual review or a support plan for one AST in one cycle.
public struct Record: Equatable, Sendable {
    /// Current schema version written by this build.
    public static let currentSchema = 1

    public var schema: Int
    public var kind: RecordKind
    public var status: RecordStatus
    /// The AST's name as typed (any UTF-8).
    public var ast: String
    /// The cycle, e.g. `2025-26`.
    public var cycle: String
    /// When the record was created and last changed (ISO 8601).
    public var created: String
    public var updated: String
    /// The answers, in interview order.
    public var fields: [RecordField]
    public var conclusions: [Conclusion]
    public var agreement: Agreement?
    /// Free narrative (Markdown).
    public var notes: String
    /// Fields found in a file that this build does not know: kept, not dropped.
    public var extra: [RecordField]

    public init(kind: RecordKind, status: RecordStatus = .draft, ast: String, cycle: String,
                created: String, updated: String? = nil, fields: [RecordField] = [],
                conclusions: [Conclusion] = [], agreement: Agreement? = nil, notes: String = "",
                extra: [RecordField] = [], schema: Int = Record.currentSchema) {
        self.schema = schema
        self.kind = kind
        self.status = status
        self.ast = ast
        self.cycle = cycle
        self.created = created
        self.updated = updated ?? created
        self.fields = fields
        self.conclusions = conclusions
        self.agreement = agreement
        self.notes = notes
        self.extra = extra
    }
}
