import Guidance

/// `decisions` lists the guide's decision points; `decisions ID` shows one with
/// each outcome's condition, what it means, and the paragraphs behind it.
struct DecisionsCommand: Command {
    let spec = CommandSpec(
        name: "decisions",
        summary: "the guide's decision points (pay, range review, capability...): decisions [ID]",
        usage: "decisions [ID] [--json]",
        options: [OptionSpec("--json", help: "the decision points in full (each outcome, its condition and paragraphs) as JSON")],
        details: """
        decisions
            lists the decision points of the guide, from Guidance/decisions.yaml.
        decisions ID
            shows one: when each outcome applies, what it means, the paragraphs it rests
            on, and which calls the guide leaves to the school. 'whatif' applies the pay
            and capability ones to your facts.
        """, pagesAtPrompt: true)

    func complete(_ arguments: [String], context: REPLContext) -> [String] {
        guard arguments.count == 1, let last = arguments.last else { return [] }
        return context.guidance.decisions.map(\.id).filter { $0.hasPrefix(last) }
    }

    func run(_ arguments: [String], rest: String, context: REPLContext) throws -> LineOutcome {
        let args = try RecordArguments(arguments)
        try args.allowOnly(["--json"], command: name)
        let arguments = args.positional
        let decisions = context.guidance.decisions
        let json = args.flags.contains("--json")
        if json, arguments.isEmpty {
            context.output.write(try JSONText.encode(CommandJSON.Decisions(decisions)) + "\n")
            return .continueSession
        }
        guard let id = arguments.first else {
            let width = decisions.map(\.id.count).max() ?? 0
            context.say("Decision points of the guide (decisions ID for one):")
            for d in decisions {
                context.say("  " + d.id.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + d.title)
            }
            return .continueSession
        }
        guard arguments.count == 1 else { throw UserError.usage("decisions takes one decision id at most, e.g. 'decisions range-review'.") }
        guard let d = context.guidance.decision(id) else {
            let known = decisions.map(\.id)
            let hint = Suggestions.closest(to: id, among: known).map { " Did you mean '\($0)'?" } ?? ""
            throw UserError("No decision point '\(id)'.\(hint) Known: \(known.joined(separator: ", ")).")
        }
        if json {
            context.output.write(try JSONText.encode(CommandJSON.Decisions([d])) + "\n")
            return .continueSession
        }
        let style = context.style
        context.say(TextFormatting.bold(d.title, style))
        context.say(d.summary + " " + TextFormatting.cite(citations(d.cites), style))
        for o in d.outcomes {
            let call = o.schoolsCall ? " (the school's call)" : ""
            context.say("  • When: \(o.when)\n    \(o.says)\(call) " + TextFormatting.cite(citations(o.cites), style))
        }
        return .continueSession
    }

    private func citations(_ cites: [Located<String>]) -> String {
        cites.map { "[\($0.value)]" }.joined(separator: " ")
    }
}
