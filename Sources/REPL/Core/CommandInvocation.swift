/// The words after a command's name, checked against its declaration before
/// the command runs, the same way on the REPL line and the command line:
/// `-h` or `--help` anywhere before `--` asks for the command's help, and any
/// other word starting with `-` must be one of its declared options, or the
/// whole command is refused as a usage error before anything is done.
enum CommandInvocation {
    /// What the words ask for.
    enum Request: Equatable {
        /// Print the command's help and do nothing else.
        case help
        /// Run the command on the words as they are.
        case run
    }

    static func check(_ words: [String], spec: CommandSpec) throws -> Request {
        if spec.operands == .verbatim { return .run }
        var i = 0
        while i < words.count {
            let word = words[i]
            i += 1
            if word == "--" { return .run }
            if CommandSpec.helpFlags.contains(word) { return .help }
            guard word.hasPrefix("-"), word.count > 1 else {
                // Free text (a question) starts at its first word.
                if spec.operands == .freeText { return .run }
                continue
            }
            guard let option = spec.option(word) else {
                // A question may start with a dash; the command says what it makes of it.
                if spec.operands == .freeText { return .run }
                throw UserError.usage(unknownOption(word, spec: spec))
            }
            // The value of `--days N` is not an option, even when it starts with '-'.
            if option.value != nil, !word.contains("="), i < words.count, !isOption(words[i], spec: spec) { i += 1 }
        }
        return .run
    }

    private static func isOption(_ word: String, spec: CommandSpec) -> Bool {
        CommandSpec.helpFlags.contains(word) || word == "--" || spec.option(word) != nil
    }

    /// "'import' has no option '--bogus' (it takes --dry-run or -n); nothing was done. ..."
    static func unknownOption(_ word: String, spec: CommandSpec) -> String {
        unknownOption(word, command: spec.name, options: spec.options, doubleDash: spec.usage.contains("[--]"))
    }

    /// The same, for a command whose operands may start with '-' after `--` (`doubleDash`).
    static func unknownOption(_ word: String, command: String, options: [OptionSpec], doubleDash: Bool) -> String {
        // A long list of options is left to the help.
        let known = options.count > 6 ? "" : options.map { $0.names.joined(separator: " or ") }.joined(separator: ", ")
        var text = "'\(command)' has no option '\(word)'" + (known.isEmpty ? "" : " (it takes \(known))") + "; nothing was done."
        if doubleDash {
            text += " A name that starts with '-' goes after '--', e.g. '\(command) -- \(word)'."
        } else {
            text += " See '\(command) --help'" + (known.isEmpty && !options.isEmpty ? " for its options." : ".")
        }
        return text
    }
}
