/// `quit` leaves astpm (an interview in progress stays paused and can be resumed).
struct QuitCommand: Command {
    let spec = CommandSpec(
        name: "quit",
        aliases: ["exit", "q", ":q", "bye", "logout"],
        summary: "leave astpm (interviews in progress stay paused)",
        usage: "quit")

    func run(_ arguments: [String], rest: String, context: REPLContext) throws -> LineOutcome {
        if let mode = context.mode { mode.suspend(context: context) }
        return .quit(0)
    }
}
