/// `clear` (or `cls`) clears the terminal screen, as in a shell; when output is
/// not a terminal (piped, a file, `TERM=dumb`) it does nothing, quietly.
struct ClearCommand: Command {
    let spec = CommandSpec(
        name: "clear",
        aliases: ["cls"],
        summary: "clear the screen (does nothing when output is not a terminal)",
        usage: "clear")

    func run(_ arguments: [String], rest: String, context: REPLContext) throws -> LineOutcome {
        context.clearScreen?()
        return .continueSession
    }
}
