import Guidance
import Records

/// One allowed answer, as shown and completed.
public struct QuestionChoice: Equatable, Sendable {
    public var value: String
    public var label: String
}

/// A question ready to show: everything the shell needs, nothing it must look up.
public struct Question: Equatable, Sendable {
    /// The answer's key, e.g. `objectives#2/focus`.
    public var key: String
    public var stepID: String
    public var kind: InterviewAnswerType
    /// The group item this question belongs to, e.g. "Objective 2".
    public var heading: String?
    public var prompt: String
    public var why: String
    public var cites: [String]
    public var help: String
    public var choices: [QuestionChoice]
    /// Taken when the user just presses Enter.
    public var defaultAnswer: String?
    /// The answer already given, when asked again after `back` (Enter keeps it).
    public var current: String?
    /// Why an earlier answer must be given again, when a change made it invalid.
    public var staleReason: String?
    public var optional: Bool
    /// 1 for the first question, counting questions answered on the current path.
    public var number: Int
    /// Answers the shell may offer from saved records (e.g. the plan's objectives).
    public var offers: InterviewOffer?
    /// Where the default answer comes from, when earlier records gave it
    /// ("from the 2025-26 review (ID)").
    public var defaultSource: String? = nil
    /// The evidence logged against this group item's objective, shown before
    /// the question (`offers: logged-evidence`).
    public var loggedEvidence: ObjectiveEvidence? = nil
}

/// Something said during an interview, with the guide paragraphs behind it.
public struct Remark: Equatable, Sendable {
    public var text: String
    public var cites: [String]
    public init(_ text: String, cites: [String]) {
        self.text = text
        self.cites = cites
    }
}

/// What the shell should do after an event. Small values, compared in tests.
public enum InterviewAction: Equatable, Sendable {
    /// Show the remarks, then ask the question.
    case ask(Question, remarks: [Remark])
    /// The answer was not accepted: say why, and ask the same question again.
    case invalid(InterviewInputError, Question)
    /// Show these lines (review, explain), then carry on with the same question.
    case show([String])
    /// The interview is over: show the remarks, then store the record.
    case finished(Record, remarks: [Remark])
    /// The interview ended without a record, for this reason.
    case stopped(Remark, remarks: [Remark])
}
