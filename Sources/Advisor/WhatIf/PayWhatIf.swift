import Guidance

/// The facts of a pay "what if": where the AST is, and what is proposed.
public struct PayScenario: Equatable, Sendable {
    /// First point of the AST's five-point range, when known.
    public var rangeStart: Int?
    /// The AST's current spine point.
    public var currentPoint: Int
    /// Performance points proposed on 1 September.
    public var award: Int
    /// Months in post, when known (short tenure is weighed, not barred).
    public var monthsInPost: Int?
    public var firstYearEnding = false
    public var responsibilitiesGrown = false
    public var objectivesMissed = false
    /// False when support was given and performance did not improve enough.
    public var improvedAfterSupport: Bool?

    public init(rangeStart: Int?, currentPoint: Int, award: Int) {
        self.rangeStart = rangeStart
        self.currentPoint = currentPoint
        self.award = award
    }
}

/// What a pay "what if" comes to.
public struct PayOutcome: Equatable, Sendable {
    public var newPoint: Int
    public var rangeTop: Int?
    public var capped: Bool
    public var lines: [CitedLine]
    /// Salary before and after, where the pay spine data has figures for both points.
    public var salaryBefore: PaySpinePoint?
    public var salaryAfter: PaySpinePoint?
    public var citations: [String] { citationsOf(lines) }
}


/// A pay scenario that cannot be evaluated, with a message saying why.
public struct WhatIfError: Error, Equatable, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}

/// Evaluates pay scenarios with the guide's decision points (decisions.yaml).
public struct PayWhatIf: Sendable {
    public let guidance: GuidanceSet
    public init(guidance: GuidanceSet) { self.guidance = guidance }

    var spine: PaySpine { guidance.paySpine }
    var rangeLength: Int { max(1, spine.rangeLength) }

    public func evaluate(_ s: PayScenario) throws -> PayOutcome {
        let last = spine.pointCount > 0 ? spine.pointCount : 27
        guard (1...last).contains(s.currentPoint) else {
            throw WhatIfError(message: "point \(s.currentPoint) is not on the AST pay spine, which runs from 1 to \(last)")
        }
        guard s.award >= 0, s.award <= last else {
            throw WhatIfError(message: "an award of \(s.award) points is not possible; give a whole number from 0 to \(last)")
        }
        var top: Int?
        if let start = s.rangeStart {
            guard (1...(last - rangeLength + 1)).contains(start) else {
                throw WhatIfError(message: "a five-point range starting at point \(start) would run past point \(last), the top of the spine")
            }
            top = start + rangeLength - 1
            guard (start...top!).contains(s.currentPoint) else {
                throw WhatIfError(message: "point \(s.currentPoint) is outside the range \(start)–\(top!); check the current point or the range")
            }
        }
        var lines: [CitedLine] = []
        func add(_ decision: String, _ outcome: String) {
            if let line = CitedLine.from(guidance, decision, outcome) { lines.append(line) }
        }
        let wanted = s.currentPoint + s.award
        let newPoint = min(wanted, top ?? min(wanted, last))
        let capped = wanted > (top ?? last)
        if let top, s.currentPoint == top {
            add("pay-progression", "already-at-top")
        } else {
            if s.award > 1 { add("pay-progression", "several-points") }
            if capped { add("pay-progression", "capped") } else if top != nil { add("pay-progression", "within-range") }
            if let top, newPoint == top { add("pay-progression", "reached-top") }
        }
        if top == nil {
            lines.append(CitedLine(text: "The range was not given, so the cap could not be checked: points can never take the AST past the top of their five-point range.",
                                   cites: ["qa.14"]))
        }
        add("pay-progression", "evidence-based")
        if let months = s.monthsInPost, months < 12 { add("pay-progression", "short-tenure") }
        if s.objectivesMissed { add("pay-progression", "objectives-missed") }
        if s.improvedAfterSupport == false { add("pay-progression", "no-improvement") }
        if newPoint > s.currentPoint { add("pay-progression", "funding-points") }
        add("pay-progression", "review-date")
        if s.firstYearEnding { add("range-review", "first-year") }
        if s.responsibilitiesGrown {
            add("range-review", "more-senior")
            add("range-review", "any-time")
            add("range-review", "funding-new-range")
            add("range-review", "funding-progression-new-range")
        }
        let before = spine.salary(at: s.currentPoint), after = spine.salary(at: newPoint)
        return PayOutcome(newPoint: newPoint, rangeTop: top, capped: capped, lines: lines,
                          salaryBefore: before.flatMap { _ in after != nil ? before : nil },
                          salaryAfter: after.flatMap { _ in before != nil ? after : nil })
    }
}
