/// The words after a command, split into the flags it knows and its operands
/// (file names, ids). Every word starting with `-` before a `--` must be one of
/// the command's flags, or the whole command is refused, naming the word,
/// before anything is done; `--` ends the options, so `import -- -x` reads a
/// file named `-x`. No option is ever taken as an operand.
struct CommandOptions {
    /// A flag the command takes: its spellings (`--dry-run`, `-n`) and what it
    /// does, declared in the command's `spec` like every option.
    typealias Flag = OptionSpec

    /// The flags given, by their primary spelling.
    private(set) var given: Set<String> = []
    /// The other words, in order.
    private(set) var operands: [String] = []

    init(_ words: [String], command: String, flags: [Flag]) throws {
        var optionsEnded = false
        for word in words {
            if optionsEnded || !word.hasPrefix("-") {
                operands.append(word)
            } else if word == "--" {
                optionsEnded = true
            } else if let flag = flags.first(where: { $0.names.contains(word) }) {
                given.insert(flag.primary)
            } else {
                throw UserError.usage(CommandInvocation.unknownOption(word, command: command, options: flags, doubleDash: true))
            }
        }
    }

    /// True when `flag` (any of its spellings) was given.
    func has(_ flag: Flag) -> Bool { given.contains(flag.primary) }

    /// The flag every changing command shares: say what would happen, do nothing.
    static let dryRun = Flag(["--dry-run", "-n"], help: "say what would be done, and change nothing")

    /// Completions for a word starting with `-`.
    static func complete(_ prefix: String, flags: [Flag]) -> [String] {
        prefix.hasPrefix("-") ? flags.flatMap(\.names).filter { $0.hasPrefix(prefix) } : []
    }
}
