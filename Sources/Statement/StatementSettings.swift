/// What a statement says that is not in the record: the school and LEA (from
/// the configuration file), the line manager's name for an unagreed record's
/// signature box, and the guide's reference.
public struct StatementSettings: Sendable, Equatable {
    public var school: String?
    public var lea: String?
    public var lineManager: String?
    /// The guide the statement follows, e.g. `DfES/0143/2004`.
    public var guideReference: String

    public init(school: String? = nil, lea: String? = nil, lineManager: String? = nil,
                guideReference: String = "DfES/0143/2004") {
        self.school = school
        self.lea = lea
        self.lineManager = lineManager
        self.guideReference = guideReference
    }
}
