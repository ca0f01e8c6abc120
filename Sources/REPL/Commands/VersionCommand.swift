/// `version` prints the program and guidance versions.
struct VersionCommand: Command {
    let spec = CommandSpec(
        name: "version",
        summary: "show the version of astpm and of the guidance it uses",
        usage: "version")

    func run(_ arguments: [String], rest: String, context: REPLContext) throws -> LineOutcome {
        context.say("astpm \(REPLSession.version) · guidance: \(context.guidance.outline.title) (\(context.guidance.outline.reference))")
        return .continueSession
    }
}
