/// One validation rule over loaded Guidance, with a stable code. One rule per file.
public protocol GuidanceRule {
    /// Stable code, e.g. `G011`.
    static var code: String { get }
    /// What the rule checks, in one line (shown by `astpm guidance rules`).
    static var summary: String { get }
    static func check(_ guidance: GuidanceSet) -> [Diagnostic]
}

/// Runs every rule over a `GuidanceSet`.
public enum GuidanceValidator {
    public static var rules: [any GuidanceRule.Type] { [
        DuplicateIDRule.self,
        UnknownCitationRule.self,
        UncoveredParagraphRule.self,
        MissingCitationRule.self,
        PassageSectionRule.self,
        QuestionAnswerUnitRule.self,
        PaySpineRule.self,
        FactConditionRule.self,
        FactDeclarationRule.self,
        CuePhraseRule.self,
    ] + interviewRules }

    public static func validate(_ guidance: GuidanceSet) -> [Diagnostic] {
        rules.flatMap { $0.check(guidance) }
    }
}
