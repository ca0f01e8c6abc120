/// Where an answer belongs: a top-level step, or a step of one item of a group
/// (`objectives#2/focus`), or the group's "another?" question (`objectives#2/more`).
public struct StepKey: Hashable, Sendable, CustomStringConvertible {
    public var step: String
    public var group: String?
    public var item: Int?

    public init(_ step: String, group: String? = nil, item: Int? = nil) {
        self.step = step
        self.group = group
        self.item = item
    }

    public var description: String {
        guard let group else { return step }
        guard let item else { return "\(group)/\(step)" }
        return "\(group)#\(item)/\(step)"
    }

    /// The step id of a group's "another?" question.
    public static let more = "more"
}

/// Everything a session needs to carry on exactly where it stopped. The path
/// through the interview is recomputed from the answers, so this is all there is.
public struct InterviewState: Codable, Equatable, Sendable {
    public enum Phase: String, Codable, Sendable { case asking, finished, stopped }

    public static let currentVersion = 1

    public var version: Int
    public var interviewID: String
    /// When the session started (ISO 8601 date).
    public var created: String
    /// Answers by `StepKey` description. Answers off the current path are kept
    /// (they come back if the path does) but never reach the record.
    public var answers: [String: Answer]
    /// The question being asked again after `back`, if any.
    public var revisiting: String?
    /// Notes and remarks already shown, so resuming does not repeat them.
    public var shownNotes: [String]
    public var phase: Phase

    public init(interviewID: String, created: String) {
        version = InterviewState.currentVersion
        self.interviewID = interviewID
        self.created = created
        answers = [:]
        revisiting = nil
        shownNotes = []
        phase = .asking
    }
}
