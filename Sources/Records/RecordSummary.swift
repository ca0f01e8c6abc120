/// A record's header: the fields listings and filters need, without its
/// answers, conclusions or notes. A file store keeps these in its index.
public struct RecordSummary: Equatable, Sendable {
    public var id: RecordID
    public var kind: RecordKind
    public var status: RecordStatus
    public var ast: String
    public var cycle: String
    public var created: String
    public var updated: String
    /// The same revision `StoredRecord` carries for the same file.
    public var revision: String

    public init(id: RecordID, kind: RecordKind, status: RecordStatus, ast: String, cycle: String,
                created: String, updated: String, revision: String) {
        self.id = id
        self.kind = kind
        self.status = status
        self.ast = ast
        self.cycle = cycle
        self.created = created
        self.updated = updated
        self.revision = revision
    }

    public init(_ stored: StoredRecord) {
        let r = stored.record
        self.init(id: stored.id, kind: r.kind, status: r.status, ast: r.ast, cycle: r.cycle,
                  created: r.created, updated: r.updated, revision: stored.revision)
    }
}
