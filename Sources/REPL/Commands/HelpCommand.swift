/// `help` lists commands; `help NAME` explains one.
struct HelpCommand: Command {
    let spec = CommandSpec(
        name: "help",
        aliases: ["?"],
        summary: "list the commands, or explain one: help NAME",
        usage: "help [COMMAND]",
        details: """
        help            list every command
        help COMMAND    what a command does and how to type it
        Anything that is not a command is read as a question about the guide.
        """, pagesAtPrompt: true)

    /// Help topics that are not commands.
    static let topics: [String: String] = [
        "keys": """
        Keys at the prompt
          Left/Right, Home/End, Ctrl-A/Ctrl-E   move along the line
          Up/Down                               earlier and later lines (history)
          Ctrl-R                                search the history
          Tab                                   complete a command, an argument, a record id or a choice
          Ctrl-C                                cancel the line (an empty line in an interview: pause)
          Ctrl-D on an empty line               leave astpm (in an interview: pause it, back to astpm>)
          Ctrl-Z                                suspend; 'fg' in the shell brings astpm back
        A paste of several lines arrives as one answer. Your ~/.editrc is read for key bindings.
        """,
    ]

    func complete(_ arguments: [String], context: REPLContext) -> [String] {
        guard arguments.count == 1 else { return [] }
        return (context.commands.map(\.name) + Self.topics.keys.sorted()).filter { $0.hasPrefix(arguments[0].lowercased()) }
    }

    func run(_ arguments: [String], rest: String, context: REPLContext) throws -> LineOutcome {
        if let topic = arguments.first?.lowercased() {
            if let text = Self.topics[topic], !context.commands.contains(where: { $0.name == topic }) {
                context.say(text)
                return .continueSession
            }
            guard let command = context.commands.first(where: { $0.name == topic || $0.aliases.contains(topic) }) else {
                let guess = Suggestions.closest(to: topic, among: context.commands.map(\.name))
                throw UserError.usage("There is no help topic '\(topic)'" + (guess.map { " — did you mean '\($0)'?" } ?? ".")
                                      + " Type 'help' for the list.")
            }
            context.say(HelpText.command(command.spec, style: context.style))
            return .continueSession
        }
        var lines = ["Commands (help NAME, or NAME --help, for details):"]
        lines += HelpText.list(context.commands.map(\.spec).filter { !$0.hidden })
        lines.append("")
        lines.append("Anything else you type is read as a question about the guide, e.g. 'can an AST go up two points at once?'.")
        lines.append("Answers cite the guide's paragraph ids, such as [qa.14].")
        lines.append("More help: help keys (editing keys), help store (where records are kept, and sharing them through git).")
        context.say(lines.joined(separator: "\n"))
        return .continueSession
    }
}
