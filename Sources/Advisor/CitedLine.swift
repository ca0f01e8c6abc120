import Guidance

/// One line of reasoning with the paragraphs it rests on.
public struct CitedLine: Equatable, Sendable {
    public var text: String
    public var cites: [String]
    /// True where the guide leaves this call to the school.
    public var schoolsCall: Bool

    public init(text: String, cites: [String], schoolsCall: Bool = false) {
        self.text = text
        self.cites = cites
        self.schoolsCall = schoolsCall
    }

    /// The line for outcome `outcome` of decision `decision`, as written in Guidance.
    static func from(_ guidance: GuidanceSet, _ decision: String, _ outcome: String) -> CitedLine? {
        guard let o = guidance.decision(decision)?.outcome(outcome) else { return nil }
        return CitedLine(text: o.says, cites: o.cites.map(\.value), schoolsCall: o.schoolsCall)
    }
}

/// Every paragraph cited by `lines`, first-cited first.
public func citationsOf(_ lines: [CitedLine]) -> [String] {
    unique(lines.flatMap(\.cites))
}
