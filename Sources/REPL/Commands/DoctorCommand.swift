import Foundation

/// `doctor`: one line for each thing astpm depends on (the store, its modes,
/// free space, paused interviews, unreadable files, the advisor cache, the
/// guidance, line editing, the configuration file), each problem with its fix.
/// The facts are read at the edges (`DoctorSurvey`); the judging is pure (`DoctorCheck`).
struct DoctorCommand: Command {
    let spec = CommandSpec(
        name: "doctor",
        summary: "check the store, its modes, free space, the cache, guidance and settings, with fixes",
        usage: "doctor [--json]",
        options: [OptionSpec("--json", help: "the findings as JSON, for scripts")],
        details: """
        doctor          one line for each: the store (its folder, or that none exists yet), the modes of its
                        folders (0700) and files (0600), free space where it lives, paused interviews, record
                        files that cannot be read (and why), the advisor cache (where; fresh or stale), the
                        'guidance check' result, line editing (the libedit version, or plain mode) and the
                        configuration file (found; valid). Each problem says how to put it right.
        doctor --json   {"schema": 1, "problems": N, "checks": {KEY: {"ok", "says", "fix"}}} with the keys
                        store, modes, free_space, sessions, unreadable, cache, guidance, line_editing,
                        configuration (fix is null when there is nothing to put right).
        Nothing is changed. Exit status 1 when there is a problem, 0 otherwise.
        """, pagesAtPrompt: true)

    func run(_ arguments: [String], rest: String, context: REPLContext) throws -> LineOutcome {
        let args = try RecordArguments(arguments)
        try args.allowOnly(["--json"], command: name)
        guard args.positional.isEmpty else { throw UserError.usage("'doctor' takes no words: \(usage)") }
        let setup = context.doctorSetup ?? DoctorSetup(storeRoot: nil, environment: ProcessInfo.processInfo.environment)
        let findings = DoctorCheck.findings(DoctorSurvey.facts(setup, context: context))
        let problems = findings.filter { !$0.ok }.count
        if args.flags.contains("--json") {
            context.output.write(DoctorCommand.json(findings) + "\n")
        } else {
            context.output.write(findings.map(\.line).joined(separator: "\n") + "\n")
        }
        if problems > 0 {
            throw UserError("doctor found \(problems) problem(s); each line marked PROBLEM says how to put it right.")
        }
        return .continueSession
    }

    /// `{"schema": 1, "problems": N, "checks": {...}}`, every key always there, in `DoctorCheck.keys` order.
    static func json(_ findings: [DoctorFinding]) -> String {
        let byKey = Dictionary(findings.map { ($0.key, $0) }, uniquingKeysWith: { a, _ in a })
        let checks = DoctorCheck.keys.map { key -> (String, JSONText.Value) in
            let f = byKey[key]
            return (key, .object([("ok", .bool(f?.ok ?? true)), ("says", f.map { .string($0.says) } ?? .null),
                                  ("fix", f?.fix.map { .string($0) } ?? .null)]))
        }
        return JSONText.object([("schema", .number(Double(CommandJSON.schema))), ("problems", .number(Double(findings.filter { !$0.ok }.count))),
                                ("checks", .object(checks))])
    }
}
