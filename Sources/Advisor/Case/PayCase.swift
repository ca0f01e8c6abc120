import Guidance

/// A pay "what if" given as numbers and flags (the `whatif pay` command),
/// before it is checked against the pay spine and turned into case facts.
/// Everything is optional: an answer says what it depends on where a number is missing.
public struct PayCaseInput: Equatable, Sendable {
    /// The AST's current spine point.
    public var point: Int?
    /// The first spine point of the AST's five-point range.
    public var rangeStart: Int?
    /// Which point of the five-point range the AST is on (1-5), when the spine points are not known.
    public var position: Int?
    /// Performance points proposed.
    public var award: Int?
    public var monthsInPost: Int?
    public var firstYear = false
    public var responsibilitiesGrown: Bool?
    public var objectivesMissed = false
    /// Support was given for underperformance and performance did not improve enough.
    public var noImprovement = false

    public init(point: Int? = nil, rangeStart: Int? = nil, position: Int? = nil, award: Int? = nil) {
        self.point = point
        self.rangeStart = rangeStart
        self.position = position
        self.award = award
    }
}

/// A pay what-if that cannot be worked out, with a message saying why.
public struct WhatIfError: Error, Equatable, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}

extension Advisor {
    /// Every AST pay range has five points.
    static let rangeLength = PayNumberReader.rangeLength

    /// The case facts of a pay what-if, after checking the numbers against the spine.
    public func payFacts(_ input: PayCaseInput) throws(WhatIfError) -> CaseFacts {
        let last = guidance.paySpine.pointCount > 0 ? guidance.paySpine.pointCount : 27
        let length = Advisor.rangeLength
        // A pay what-if asks about the whole decision, how it is paid for included.
        var facts = CaseFacts([("pay-asked", .yes), ("open-asked", .yes)])
        if let p = input.point {
            guard (1...last).contains(p) else { throw WhatIfError(message: "point \(p) is not on the AST pay spine, which runs from 1 to \(last)") }
            facts["spine-point"] = .number(p)
        }
        if let start = input.rangeStart {
            guard (1...(last - length + 1)).contains(start) else {
                throw WhatIfError(message: "a five-point range starting at point \(start) would run past point \(last), the top of the spine")
            }
            facts["range-start"] = .number(start)
            if let p = input.point {
                guard (start..<(start + length)).contains(p) else {
                    throw WhatIfError(message: "point \(p) is outside the range \(start)–\(start + length - 1); check the current point or the range")
                }
                facts["range-position"] = .number(p - start + 1)
            }
        }
        if let pos = input.position {
            guard (1...length).contains(pos) else { throw WhatIfError(message: "a five-point range has points 1 to 5, so --position \(pos) is not one of them") }
            if let derived = facts.number("range-position"), derived != pos {
                throw WhatIfError(message: "--position \(pos) disagrees with point \(input.point ?? 0) of a range starting at \(input.rangeStart ?? 0), which is position \(derived)")
            }
            facts["range-position"] = .number(pos)
        }
        if let award = input.award {
            guard (0...last).contains(award) else { throw WhatIfError(message: "an award of \(award) points is not possible; give a whole number from 0 to \(last)") }
            facts["points-proposed"] = .number(award)
            facts["points-named"] = .yes
        }
        if let m = input.monthsInPost {
            guard m >= 0 else { throw WhatIfError(message: "months in post cannot be negative") }
            facts["months-in-post"] = .number(m)
            if m < 12 { facts["new-in-post"] = .yes }
        }
        if input.firstYear { facts["new-in-post"] = .yes }
        if let grown = input.responsibilitiesGrown {
            facts["responsibilities-grown"] = grown ? .yes : .no
            if grown { facts["range-asked"] = .yes }
        }
        if input.objectivesMissed { facts["objectives-missed"] = .yes }
        if input.noImprovement {
            facts["underperforming"] = .yes
            facts["support-given"] = .yes
            facts["improved"] = .no
        }
        return facts
    }

    /// The answer the rules give for facts stated directly (the `whatif`
    /// commands); `about` are the facts the what-if asks about, which choose
    /// the verdict (capability for `whatif capability`, not a management role
    /// given as a detail).
    public func whatIf(_ facts: CaseFacts, about: Set<String> = []) -> Answer {
        caseAnswer(reasoner.reason(facts, asked: about), retrieved: Answer(covered: false, citations: [], headline: "", reasoning: []), leads: Leads())
    }

    /// "Salary £x → £y", from the pay spine data (never from the guide, never estimated),
    /// when the current spine point, the place in the range and the award are all known.
    func salaryNote(_ facts: CaseFacts) -> String? {
        guard let point = facts.number("spine-point"), let award = facts.number("points-proposed"), award > 0,
              let position = facts.number("range-position") else { return nil }
        let newPoint = point + min(award, Advisor.rangeLength - position)
        guard newPoint != point else { return nil }
        let spine = guidance.paySpine
        guard let before = spine.salary(at: point), let after = spine.salary(at: newPoint) else {
            let missing = [point, newPoint].filter { spine.salary(at: $0) == nil }
            return "The pay spine data has no sourced salary figure for point \(missing.map(String.init).joined(separator: " or ")), so no salary change is shown (figures are never estimated)."
        }
        return "Salary at point \(point) → point \(newPoint): \(pounds(before.salary)) → \(pounds(after.salary)) (+\(pounds(after.salary - before.salary)) a year), "
            + "\(spine.year) figures from \(after.source); not from the guide."
    }
}

/// £30,501 style amounts.
func pounds(_ amount: Int) -> String {
    let digits = String(amount)
    var out = ""
    for (i, ch) in digits.enumerated() {
        if i > 0, (digits.count - i) % 3 == 0 { out.append(",") }
        out.append(ch)
    }
    return "£" + out
}
