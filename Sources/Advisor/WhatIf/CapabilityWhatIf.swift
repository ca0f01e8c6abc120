import Guidance

/// The facts of an underperformance or capability "what if". `nil` means not known.
public struct CapabilityScenario: Equatable, Sendable {
    public var supportGiven: Bool?
    public var improved: Bool?
    /// Whether the underperformance keeps recurring despite support: "regular"
    /// in underperformance.2, "consistent and significant" in qa.10.
    public var consistentAndSignificant: Bool?
    public var overburdened = false
    public var keepsManagementRole = false
    /// Whether the question is about continuing outreach.
    public var aboutOutreach = false
    public init(supportGiven: Bool? = nil, improved: Bool? = nil, consistentAndSignificant: Bool? = nil) {
        self.supportGiven = supportGiven
        self.improved = improved
        self.consistentAndSignificant = consistentAndSignificant
    }
}

/// The next steps for a capability scenario, and who decides.
public struct CapabilityOutcome: Equatable, Sendable {
    /// One of: support, keep-monitoring, pay-unlikely, capability-possible.
    public var stage: String
    public var lines: [CitedLine]
    public var citations: [String] { citationsOf(lines) }
}

/// Evaluates underperformance scenarios with the guide's decision points.
public struct CapabilityWhatIf: Sendable {
    public let guidance: GuidanceSet
    public init(guidance: GuidanceSet) { self.guidance = guidance }

    public func evaluate(_ s: CapabilityScenario) -> CapabilityOutcome {
        var lines: [CitedLine] = []
        func add(_ outcome: String, of decision: String = "underperformance") {
            if let line = CitedLine.from(guidance, decision, outcome) { lines.append(line) }
        }
        var stage: String
        if s.supportGiven != true {
            stage = "support"
            add("discuss-early")
            add("check-demands")
            add("mentors")
            add("support-first")
        } else if s.improved == true {
            stage = "keep-monitoring"
            add("over-time")
        } else {
            stage = "pay-unlikely"
            add("no-improvement-pay")
            if s.consistentAndSignificant == true {
                stage = "capability-possible"
                add("capability-possible")
                add("procedures")
            } else {
                add("capability-not-indicated")
                add("check-demands")
            }
        }
        if s.overburdened, !lines.contains(where: { $0.cites.contains("development.7") && $0.cites.contains("qa.9") }) { add("check-demands") }
        if s.keepsManagementRole { add("reflected-in-pm", of: "management-role") }
        if s.aboutOutreach {
            add("outreach-case-by-case")
            add("outreach-last-resort")
        }
        return CapabilityOutcome(stage: stage, lines: lines)
    }
}
