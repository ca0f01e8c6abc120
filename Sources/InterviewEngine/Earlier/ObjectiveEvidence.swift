import Records

/// One objective under review with the evidence logged against it: what the
/// review shows before the line manager judges the objective, and what the
/// review record keeps beside the judgement.
public struct ObjectiveEvidence: Equatable, Sendable {
    /// The objective as answered in the review.
    public var objective: String
    /// Its number in the plan, when it is one of the plan's objectives.
    public var planNumber: Int?
    /// The plan, when one is saved.
    public var plan: PlanObjectives?
    /// The evidence log, when one is saved.
    public var log: EvidenceLog?
    /// The log's items that bear on the objective.
    public var items: [LoggedEvidence]

    public init(objective: String, planNumber: Int?, plan: PlanObjectives?, log: EvidenceLog?, items: [LoggedEvidence]) {
        self.objective = objective
        self.planNumber = planNumber
        self.plan = plan
        self.log = log
        self.items = items
    }

    /// The objective and its evidence from `earlier`, or nil when there is
    /// neither a plan nor an evidence log to read.
    init?(objective: String, earlier: EarlierRecords) {
        guard earlier.plan != nil || earlier.evidence != nil else { return nil }
        let number = earlier.plan?.number(of: objective)
        self.init(objective: objective, planNumber: number, plan: earlier.plan, log: earlier.evidence,
                  items: earlier.evidence?.items(bearingOn: objective, number: number) ?? [])
    }

    /// The answer Enter takes for "what evidence is this judgement based on?":
    /// the log's items by number and in short. Nil when none bears on it.
    public var reference: String? {
        guard let log, !items.isEmpty else { return nil }
        let named = (items.count == 1 ? "item " : "items ") + InterviewEngine.numberList(items.map(\.number))
        return "\(named) of the evidence log \(log.id): " + items.map(\.summary).joined(separator: "; ")
    }
}
