import Records

/// The decisions a statement boxes at the top: the pay recommendation, a
/// review of the pay range, and support for underperformance. A conclusion
/// belongs to one by the guide paragraphs it cites and the fields it rests on
/// (the record keeps no other tag), tried in this order.
public enum DecisionTopic: String, CaseIterable, Sendable {
    case rangeReview
    case pay
    case support

    /// The row heading in the decision box.
    public var heading: String {
        switch self {
        case .pay: return "Pay"
        case .rangeReview: return "Range review"
        case .support: return "Support"
        }
    }

    /// Paragraphs on reviewing the range [pay-review.*, qa.15–17].
    static let rangeCites: Set<String> = ["pay-review.1", "pay-review.2", "pay-review.3", "qa.15", "qa.16", "qa.17"]
    /// Paragraphs on performance points and their funding [qa.13, qa.14, pay.1, differences.1].
    static let payCites: Set<String> = ["qa.13", "qa.14", "pay.1", "differences.1"]
    static let payFields: Set<String> = ["points", "current-point", "range-start", "high-quality"]
    static let payOpenings = ["Pay", "Recommended for 1 September", "No movement", "No progression"]
    /// Paragraphs on underperformance, support and capability.
    static let supportCites: Set<String> = ["underperformance.1", "underperformance.2", "qa.9", "qa.10", "qa.11", "qa.12"]
    static let supportFields: Set<String> = ["capability", "pattern", "support", "improved", "stage", "concern"]

    /// The topic `conclusion` decides, if any.
    public static func of(_ conclusion: Conclusion) -> DecisionTopic? {
        let cites = Set(conclusion.cites), because = Set(conclusion.because.map(StatementVocabulary.normalized))
        if !cites.isDisjoint(with: rangeCites) { return .rangeReview }
        if !cites.isDisjoint(with: payCites) || !because.isDisjoint(with: payFields)
            || payOpenings.contains(where: { conclusion.text.hasPrefix($0) }) { return .pay }
        if !cites.isDisjoint(with: supportCites) || !because.isDisjoint(with: supportFields) { return .support }
        return nil
    }

    /// The record kinds whose statements carry a decision box.
    public static func boxed(_ kind: RecordKind) -> Bool { kind == .review || kind == .support }
}
