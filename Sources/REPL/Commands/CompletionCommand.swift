/// `completion bash|zsh|fish` prints the shell's completion script.
struct CompletionCommand: Command {
    let spec = CommandSpec(
        name: "completion",
        summary: "print the shell completion script: completion bash|zsh|fish",
        usage: "completion bash|zsh|fish",
        details: """
        completion bash    a script for bash: astpm completion bash > ~/.local/share/bash-completion/completions/astpm
        completion zsh     a script for zsh: astpm completion zsh > DIR/_astpm (DIR on $fpath)
        completion fish    a script for fish: astpm completion fish > ~/.config/fish/completions/astpm.fish
        They complete commands, options, filters (kind=, cycle=, ast=) and record ids, as Tab does at the prompt.
        Scripts/install installs them.
        """)

    func complete(_ arguments: [String], context: REPLContext) -> [String] {
        arguments.count == 1 ? ShellCompletion.Shell.allCases.map(\.rawValue).filter { $0.hasPrefix(arguments[0]) } : []
    }

    func run(_ arguments: [String], rest: String, context: REPLContext) throws -> LineOutcome {
        guard arguments.count == 1, let shell = ShellCompletion.Shell(rawValue: arguments[0]) else {
            throw UserError.usage("Usage: \(usage).")
        }
        context.writeExact(ShellCompletion.script(shell, commands: CommandRegistry.visibleSpecs))
        return .continueSession
    }
}

/// `man` prints the manual page, astpm.1, in roff.
struct ManCommand: Command {
    let spec = CommandSpec(
        name: "man",
        summary: "print the manual page, astpm.1 (roff): astpm man | man -l -",
        usage: "man",
        details: """
        man    the manual page in roff, written from the same declarations as help: astpm man | man -l -
        Scripts/install installs it as share/man/man1/astpm.1.
        """)

    func run(_ arguments: [String], rest: String, context: REPLContext) throws -> LineOutcome {
        guard arguments.isEmpty else { throw UserError.usage("Usage: \(usage) (it takes no words).") }
        let day = String(context.today.prefix(7))
        context.writeExact(ManPage.roff(commands: CommandRegistry.visibleSpecs, version: REPLSession.version, date: day))
        return .continueSession
    }
}

/// `__complete WORDS...` (hidden): the words Tab would offer for the last of
/// WORDS, one a line, for the shells' completion scripts. The last word is
/// the one being typed (empty for a new one).
struct CompleteWordsCommand: Command {
    let spec = CommandSpec(
        name: "__complete",
        summary: "the completions of a command line, for shell completion scripts",
        usage: "__complete WORD...",
        details: "__complete WORD...    what Tab offers for the last WORD, one a line (used by 'astpm completion')",
        operands: .verbatim, hidden: true)

    func run(_ arguments: [String], rest: String, context: REPLContext) throws -> LineOutcome {
        var candidates: [String] = []
        if arguments.count <= 1, let typed = arguments.first, typed.hasPrefix("-") {
            candidates = GlobalOptions.specs.flatMap(\.names).filter { $0.hasPrefix(typed) }
        } else if let completer = context.completer {
            let line = arguments.map { $0.contains(where: \.isWhitespace) ? "\"\($0)\"" : $0 }.joined(separator: " ")
                + (arguments.last == "" ? " " : "")
            candidates = completer(arguments.isEmpty ? "" : line)
        }
        for candidate in candidates { context.output.write(candidate + "\n") }
        return .continueSession
    }
}
