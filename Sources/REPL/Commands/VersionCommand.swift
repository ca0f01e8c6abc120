/// `version` prints the program and guidance versions.
struct VersionCommand: Command {
    let spec = CommandSpec(
        name: "version",
        summary: "show the version of astpm and of the guidance it uses",
        usage: "version [--json]",
        options: [OptionSpec("--json", help: "the same as JSON, for scripts")])

    func run(_ arguments: [String], rest: String, context: REPLContext) throws -> LineOutcome {
        let args = try RecordArguments(arguments)
        try args.allowOnly(["--json"], command: name)
        guard args.positional.isEmpty else { throw UserError.usage("'version' takes no words: \(usage)") }
        if args.flags.contains("--json") {
            let outline = context.guidance.outline
            let value = CommandJSON.Version(astpm: REPLSession.version, guidance: .init(title: outline.title, reference: outline.reference))
            context.output.write(try JSONText.encode(value) + "\n")
            return .continueSession
        }
        context.say("astpm \(REPLSession.version) · guidance: \(context.guidance.outline.title) (\(context.guidance.outline.reference))")
        return .continueSession
    }
}
