/// `quit` leaves astpm (an interview in progress stays paused and can be resumed).
struct QuitCommand: Command {
    let name = "quit"
    let aliases = ["exit"]
    let summary = "leave astpm (interviews in progress stay paused)"
    let usage = "quit"

    func run(_ arguments: [String], rest: String, context: REPLContext) throws -> LineOutcome {
        if let mode = context.mode { mode.suspend(context: context) }
        return .quit(0)
    }
}
