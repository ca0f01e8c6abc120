/// Interview rules (G020–G029) are owned by the interview model.
/// PLACEHOLDER until the interview issue lands its step model.
var interviewRules: [any GuidanceRule.Type] { [] }

/// Every citation made inside interviews, for G011.
func interviewCitations(_ g: GuidanceSet) -> [Located<String>] { [] }
