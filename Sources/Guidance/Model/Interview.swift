/// A guided interview (objective setting, evidence, review, support, tour).
/// PLACEHOLDER: the interview issue replaces this with the full step model.
public struct Interview: Sendable, Equatable {
    public var id: String
    public var title: String
    public var location: SourceLocation
}
