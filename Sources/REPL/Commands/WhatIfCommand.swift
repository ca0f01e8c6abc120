import Advisor
import Records

/// `whatif pay ...` and `whatif capability ...`: the facts you give, put to
/// the same rules that answer described cases in words (decisions.yaml), with
/// citations. Every option is a fact; none is required, and the answer says
/// what it depends on where one is missing. Nothing is changed in any record.
struct WhatIfCommand: Command {
    let spec = CommandSpec(
        name: "whatif",
        aliases: ["what-if"],
        summary: "work out a pay or capability scenario by the guide's rules",
        usage: "whatif pay|capability OPTIONS [--json]",
        options: WhatIfCommand.options,
        details: """
        whatif pay [OPTIONS]
            where the points proposed would take the AST within the five-point range (a range
            always has five points: --position 3 is its third point), the range review prompt
            at the top, which funding stream pays, and what the answer depends on when a
            number is not given.
        whatif capability [OPTIONS]
            the next steps for underperformance, and who decides.
        No option is required; the pay options go with 'pay', the capability ones with 'capability'.
        --json gives the answer as ask --json does, with "whatif" (pay or capability) and "record" (the
        review its facts came from, or null) in place of "question".
        You can also describe the case in words: "she's on the third point of her
        five-point range and the head wants to give her two points".
        """, pagesAtPrompt: true)

    /// The pay what-if's options, then the capability one's, as `help` lists them.
    static let payOptions = [
        OptionSpec("--point", value: "N", help: "pay: the AST's spine point now"),
        OptionSpec("--range-start", value: "N", help: "pay: the first spine point of the AST's range"),
        OptionSpec("--position", value: "1-5", help: "pay: which point of the five-point range the AST is on"),
        OptionSpec("--award", value: "N", help: "pay: the performance points proposed"),
        OptionSpec("--months", value: "N", help: "pay: months in post"),
        OptionSpec("--first-year", help: "pay: the AST's first year in post"),
        OptionSpec("--responsibilities-grown", value: "yes|no", help: "pay: responsibilities have grown or become more senior"),
        OptionSpec("--objectives-missed", help: "pay: some objectives not met or only partly met"),
        OptionSpec("--no-improvement", help: "pay: support was given for underperformance and performance did not improve enough"),
        OptionSpec("--record", value: "ID", help: "pay: take the range, point, points and first-year facts from a saved review (nothing in it changes); options given override them"),
    ]
    static let capabilityOptions = [
        OptionSpec("--discussed", value: "yes|no", help: "capability: the concern has been discussed with the AST"),
        OptionSpec("--support", value: "yes|no", help: "capability: support has been given"),
        OptionSpec("--improved", value: "yes|no", help: "capability: performance has improved"),
        OptionSpec("--consistent", value: "yes|no", help: "capability: it keeps recurring despite support (regular or consistent)"),
        OptionSpec("--significant", value: "yes|no", help: "capability: the underperformance is significant"),
        OptionSpec("--overburdened", help: "capability: the AST may be overburdened"),
        OptionSpec("--management-role", help: "capability: the AST has kept a management role"),
        OptionSpec("--outreach", help: "capability: whether outreach work continues"),
        OptionSpec("--personal", help: "capability: personal circumstances are a factor"),
    ]
    static let options = payOptions + capabilityOptions + [OptionSpec("--json", help: "the answer as one JSON object")]
    static let payFlags = payOptions.map(\.primary)
    static let capabilityFlags = capabilityOptions.map(\.primary)

    func complete(_ arguments: [String], context: REPLContext) -> [String] {
        guard let last = arguments.last else { return [] }
        if arguments.count == 1 { return ["pay", "capability"].filter { $0.hasPrefix(last) } }
        let flags = arguments[0] == "pay" ? Self.payFlags : Self.capabilityFlags
        return flags.filter { $0.hasPrefix(last) && !arguments.dropLast().contains($0) }
    }

    func run(_ words: [String], rest: String, context: REPLContext) throws -> LineOutcome {
        let json = words.contains("--json")
        let arguments = words.filter { $0 != "--json" }
        var record: String?
        guard let kind = arguments.first else { throw UserError.usage("Say which: 'whatif pay ...' or 'whatif capability ...' (help whatif).") }
        var options = try OptionList(Array(arguments.dropFirst()))
        let advisor = (context.service(QuestionAnswering.self) as? AdvisorService)?.advisor ?? Advisor(guidance: context.guidance)
        let facts: CaseFacts
        switch kind {
        case "pay":
            let review = try options.value("--record").map { try ReviewFacts(RecordLookup.resolve($0, context: context)) }
            var input = PayCaseInput(point: try options.int("--point") ?? review?.currentPoint,
                                     rangeStart: try options.int("--range-start") ?? review?.rangeStart,
                                     position: try options.int("--position"), award: try options.int("--award") ?? review?.points)
            input.monthsInPost = try options.int("--months")
            input.firstYear = options.flag("--first-year") || review?.firstYear == true
            input.responsibilitiesGrown = try options.yesNo("--responsibilities-grown") ?? review?.responsibilitiesGrown
            input.objectivesMissed = options.flag("--objectives-missed")
            input.noImprovement = options.flag("--no-improvement")
            try options.finish()
            record = review?.id
            if let review, !json { context.say("Using the facts of \(review.id) (the record is not changed); options given override them.") }
            do {
                facts = try advisor.payFacts(input)
            } catch {
                throw UserError("That pay scenario cannot be worked out: \(error.message).")
            }
        case "capability":
            var f = CaseFacts([("underperforming", .yes), ("capability-raised", .yes)])
            for (option, fact) in [("--discussed", "concern-discussed"), ("--support", "support-given"), ("--improved", "improved"),
                                   ("--consistent", "persistent"), ("--significant", "significant")] {
                if let v = try options.yesNo(option) { f[fact] = v ? .yes : .no }
            }
            for (option, fact) in [("--overburdened", "overburdened"), ("--management-role", "management-role"),
                                   ("--outreach", "outreach-continue"), ("--personal", "personal-circumstances")] where options.flag(option) {
                f[fact] = .yes
            }
            try options.finish()
            facts = f
        default:
            throw UserError.usage("Unknown what-if '\(kind)': use 'whatif pay ...' or 'whatif capability ...'.")
        }
        let answer = advisor.whatIf(facts, about: kind == "pay" ? ["pay-asked", "points-proposed", "range-position"] : ["capability-raised", "underperforming"])
        if json {
            context.output.write(AnswerJSON.whatIf(kind, record: record, answer) + "\n")
        } else {
            context.say(AnswerRenderer.text(answer, guidance: advisor.guidance, style: context.style))
        }
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
            guard w.hasPrefix("--") else { throw UserError.usage("'\(w)' is not an option; options start with -- (help whatif).") }
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
            if flags.contains(name) { throw UserError.usage("\(name) needs a whole number after it.") }
            return nil
        }
        guard let n = Int(raw) else { throw UserError.usage("\(name) needs a whole number, not '\(raw)'.") }
        return n
    }

    mutating func value(_ name: String) throws -> String? {
        used.insert(name)
        if flags.contains(name) { throw UserError.usage("\(name) needs a value after it.") }
        return values[name]
    }

    mutating func yesNo(_ name: String) throws -> Bool? {
        used.insert(name)
        guard let raw = values[name]?.lowercased() else { return flags.contains(name) ? true : nil }
        switch raw {
        case "yes", "y", "true": return true
        case "no", "n", "false": return false
        default: throw UserError.usage("\(name) takes yes or no, not '\(raw)'.")
        }
    }

    mutating func flag(_ name: String) -> Bool {
        used.insert(name)
        return flags.contains(name)
    }

    func finish() throws {
        let unknown = Set(values.keys).union(flags).subtracting(used)
        if let first = unknown.sorted().first { throw UserError.usage("Unknown option \(first) (help whatif lists them).") }
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
        // Interviews write `range_start`, hand-written files `range-start`: both are read.
        func text(_ key: String) -> String? { stored.record.fields.text(key) }
        func yes(_ key: String) -> Bool? {
            guard let t = text(key)?.lowercased() else { return nil }
            if t == "yes" || t == "true" { return true }
            if t == "no" || t == "false" { return false }
            return !t.isEmpty  // a written description of grown responsibilities
        }
        rangeStart = stored.record.fields.wholeNumber("range-start")
        currentPoint = stored.record.fields.wholeNumber("current-point")
        points = stored.record.fields.wholeNumber("points")
        firstYear = yes("first-year")
        responsibilitiesGrown = yes("responsibilities")
    }
}
