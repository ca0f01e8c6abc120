import ArgumentParser
import Foundation
import REPL

/// astpm: performance management of Advanced Skills Teachers, guided by
/// DfES/0143/2004. Without a command it starts the REPL; with one it runs it once.
struct AstpmCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "astpm",
        abstract: "Performance management of Advanced Skills Teachers, guided by DfES/0143/2004.",
        discussion: """
        Without COMMAND, starts the interactive assistant. With one, runs it once
        and exits, e.g.
          astpm guidance check [DIR]
          astpm ask --json "QUESTION"
          astpm records --json
        Commands: \(CommandRegistry.visibleSpecs.map(\.name).joined(separator: ", ")).
        'astpm help' says what each does; 'astpm COMMAND --help' explains one.
        Exit status: 0 ok, 1 failure, 2 usage error.
        """,
        version: "astpm \(REPLSession.version)")

    @Option(name: .long, help: ArgumentHelp("Folder of records (default $ASTPM_STORE or ~/.local/share/astpm).", valueName: "DIR"))
    var store: String?

    @Option(name: .long, help: ArgumentHelp("Guidance folder to use instead of the built-in one (or $ASTPM_GUIDANCE).", valueName: "DIR"))
    var guidance: String?

    @Flag(name: .long, help: "Never use colour (also when NO_COLOR is set).")
    var noColor = false

    @Flag(name: .long, help: "Never send long output through a pager (also when ASTPM_PAGER or PAGER is empty).")
    var noPager = false

    @Flag(name: .long, help: "Print each input line after '> ' (readable transcripts).")
    var echo = false

    @Flag(name: .long, help: "With piped input, stop at the first line that fails (exit status 1).")
    var bail = false

    @Argument(parsing: .captureForPassthrough, help: "A command to run once instead of the REPL.")
    var command: [String] = []

    func run() throws {
        // Passthrough capture also takes the built-in flags when they come first.
        switch command.first {
        case "--version": print("astpm \(REPLSession.version)"); return
        case "--help", "-h": print(Self.helpMessage()); return
        case let option? where option.hasPrefix("-"):
            throw ValidationError("Unknown option '\(option)'. Options go before the command; see 'astpm --help'.")
        default: break
        }
        let status = AppRunner.run(AppOptions(storePath: store, guidancePath: guidance, noColor: noColor, noPager: noPager, echo: echo, bail: bail, oneShot: command))
        if status != 0 { throw ExitCode(status) }
    }
}

/// Runs astpm with the process's arguments and exits. A usage error before
/// the command (an unknown option, a missing value) exits with status 2, as
/// one after it does; argument-parser's own code for it would be 64.
func runMain() -> Never {
    do {
        var command = try AstpmCommand.parseAsRoot()
        try command.run()
        AstpmCommand.exit()
    } catch {
        if AstpmCommand.exitCode(for: error) == .validationFailure {
            FileHandle.standardError.write(Data((AstpmCommand.fullMessage(for: error) + "\n").utf8))
            AstpmCommand.exit(withError: ExitCode(2))
        }
        AstpmCommand.exit(withError: error)
    }
}

runMain()
