import Advisor
import Records

/// `whatif pay ...` and `whatif capability ...`: the guide's decision rules applied
/// to facts you give, with citations. Nothing is changed in any record.
struct WhatIfCommand: Command {
    let name = "whatif"
    let aliases = ["what-if"]
    let summary = "work out a pay or capability scenario by the guide's rules"
    let usage = "whatif pay|capability OPTIONS"
    let details = """
    whatif pay --point N [--award N] [--range-start N] [--months N] [--record ID]
               [--first-year] [--responsibilities-grown] [--objectives-missed] [--no-improvement]
        the point an award leads to, capped at the top of the five-point range,
        the range review prompt at the top, and which funding stream pays.
        --record ID takes the range, point, points and first-year facts from a saved
        review (nothing in it changes); options you give override them.
    whatif capability [--support yes|no] [--improved yes|no] [--consistent yes|no]
               [--overburdened] [--management-role] [--outreach]
        the next steps for underperformance, and who decides. --consistent yes means
        it keeps recurring despite support (regular or consistent, as the guide puts it).
    You can also ask in words: "what if she goes up two points from point 3 on range 1-5?"
    """

    static let payFlags = ["--record", "--point", "--award", "--range-start", "--months", "--first-year", "--responsibilities-grown",
                           "--objectives-missed", "--no-improvement"]
    static let capabilityFlags = ["--support", "--improved", "--consistent", "--overburdened", "--management-role", "--outreach"]

    func complete(_ arguments: [String], context: REPLContext) -> [String] {
        guard let last = arguments.last else { return [] }
        if arguments.count == 1 { return ["pay", "capability"].filter { $0.hasPrefix(last) } }
        let flags = arguments[0] == "pay" ? Self.payFlags : Self.capabilityFlags
        return flags.filter { $0.hasPrefix(last) && !arguments.dropLast().contains($0) }
    }

    func run(_ arguments: [String], rest: String, context: REPLContext) throws -> LineOutcome {
        guard let kind = arguments.first else { throw UserError("Say which: 'whatif pay ...' or 'whatif capability ...' (help whatif).") }
        var options = try OptionList(Array(arguments.dropFirst()))
        let lines: [CitedLine]
        var headline: String
        switch kind {
        case "pay":
            let facts = try options.value("--record").map { try ReviewFacts(RecordLookup.resolve($0, context: context)) }
            guard let point = try options.int("--point") ?? facts?.currentPoint else {
                throw UserError("'whatif pay' needs the AST's current spine point: --point N, or --record ID of a review (help whatif).")
            }
            var s = PayScenario(rangeStart: try options.int("--range-start") ?? facts?.rangeStart, currentPoint: point,
                                award: try options.int("--award") ?? facts?.points ?? 1)
            s.monthsInPost = try options.int("--months")
            s.firstYearEnding = options.flag("--first-year") || facts?.firstYear == true
            s.responsibilitiesGrown = options.flag("--responsibilities-grown") || facts?.responsibilitiesGrown == true
            s.objectivesMissed = options.flag("--objectives-missed")
            if options.flag("--no-improvement") { s.improvedAfterSupport = false }
            try options.finish()
            if let facts { context.say("Using the facts of \(facts.id) (the record is not changed); options given override them.") }
            let advisor = (context.service(QuestionAnswering.self) as? AdvisorService)?.advisor ?? Advisor(guidance: context.guidance)
            let answer = advisor.payAnswer(for: s)
            context.say(AnswerRenderer.text(answer, guidance: advisor.guidance, style: context.style))
            return .continueSession
        case "capability":
            var s = CapabilityScenario(supportGiven: try options.yesNo("--support"), improved: try options.yesNo("--improved"),
                                       consistentAndSignificant: try options.yesNo("--consistent"))
            s.overburdened = options.flag("--overburdened")
            s.keepsManagementRole = options.flag("--management-role")
            s.aboutOutreach = options.flag("--outreach")
            try options.finish()
            let outcome = CapabilityWhatIf(guidance: context.guidance).evaluate(s)
            headline = [
                "support": "First step: talk early, find the causes, and agree support.",
                "keep-monitoring": "Performance has improved after support: keep supporting and judge over time.",
                "pay-unlikely": "No satisfactory improvement after support: pay progression is unlikely; whether it is serious enough for capability procedures is the school's judgement.",
                "capability-possible": "Consistent and significant underperformance despite support: capability procedures may be appropriate.",
            ][outcome.stage] ?? ""
            lines = outcome.lines
        default:
            throw UserError("Unknown what-if '\(kind)': use 'whatif pay ...' or 'whatif capability ...'.")
        }
        let answer = Answer(covered: true, citations: citationsOf(lines), headline: headline, reasoning: lines,
                            seeAlso: [], nearest: [], gapID: nil)
        context.say(AnswerRenderer.text(answer, guidance: context.guidance, style: context.style))
        return .continueSession
    }
}

/// `--name value` and `--flag` options, with specific messages for mistakes.
struct OptionList {
    private var values: [String: String] = [:]
    private var flags: Set<String> = []
    private var used: Set<String> = []

    init(_ words: [String]) throws {
        var i = 0
        while i < words.count {
            let w = words[i]
            guard w.hasPrefix("--") else { throw UserError("'\(w)' is not an option; options start with -- (help whatif).") }
            if i + 1 < words.count, !words[i + 1].hasPrefix("--") {
                values[w] = words[i + 1]
                i += 2
            } else {
                flags.insert(w)
                i += 1
            }
        }
    }

    mutating func int(_ name: String) throws -> Int? {
        used.insert(name)
        guard let raw = values[name] else {
            if flags.contains(name) { throw UserError("\(name) needs a whole number after it.") }
            return nil
        }
        guard let n = Int(raw) else { throw UserError("\(name) needs a whole number, not '\(raw)'.") }
        return n
    }

    mutating func value(_ name: String) throws -> String? {
        used.insert(name)
        if flags.contains(name) { throw UserError("\(name) needs a value after it.") }
        return values[name]
    }

    mutating func yesNo(_ name: String) throws -> Bool? {
        used.insert(name)
        guard let raw = values[name]?.lowercased() else { return flags.contains(name) ? true : nil }
        switch raw {
        case "yes", "y", "true": return true
        case "no", "n", "false": return false
        default: throw UserError("\(name) takes yes or no, not '\(raw)'.")
        }
    }

    mutating func flag(_ name: String) -> Bool {
        used.insert(name)
        return flags.contains(name)
    }

    func finish() throws {
        let unknown = Set(values.keys).union(flags).subtracting(used)
        if let first = unknown.sorted().first { throw UserError("Unknown option \(first) (help whatif lists them).") }
    }
}

/// The pay facts of a saved annual review record, read without changing it.
struct ReviewFacts {
    var id: String
    var rangeStart: Int?
    var currentPoint: Int?
    var points: Int?
    var firstYear: Bool?
    var responsibilitiesGrown: Bool?

    init(_ stored: StoredRecord) throws {
        guard stored.record.kind == .review else {
            throw UserError("\(stored.id) is a \(stored.record.kind.rawValue) record; a pay what-if reads an annual review.")
        }
        id = stored.id.rawValue
        func text(_ key: String) -> String? {
            guard case .text(let t)? = stored.record.fields.first(where: { $0.key == key })?.value else { return nil }
            return t
        }
        func yes(_ key: String) -> Bool? {
            guard let t = text(key)?.lowercased() else { return nil }
            if t == "yes" || t == "true" { return true }
            if t == "no" || t == "false" { return false }
            return !t.isEmpty  // a written description of grown responsibilities
        }
        rangeStart = text("range-start").flatMap { Int($0) }
        currentPoint = text("current-point").flatMap { Int($0) }
        points = text("points").flatMap { Int($0) }
        firstYear = yes("first-year")
        responsibilitiesGrown = yes("responsibilities")
    }
}
