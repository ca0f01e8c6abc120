/// One earlier version of a record, kept when the record was replaced.
public struct RecordVersion: Equatable, Sendable {
    /// 1 is the oldest kept version.
    public var number: Int
    /// The record's `updated` date in that version, when readable.
    public var updated: String?
    /// Who saved that version, when the file says.
    public var savedBy: String?
    public var status: RecordStatus?
    public init(number: Int, updated: String?, savedBy: String?, status: RecordStatus?) {
        self.number = number
        self.updated = updated
        self.savedBy = savedBy
        self.status = status
    }
}
