/// Messages for the one-shot command line (`astpm WORD ...`).
enum CommandLineText {
    /// `astpm ls`: not a command. Says so, suggests a close command, and shows
    /// how to ask the words as a question instead.
    static func unknownCommand(_ arguments: [String], commands: [Command]) -> String {
        let word = arguments[0]
        let names = commands.filter { !$0.spec.hidden }.flatMap { [$0.name] + $0.aliases }
        var text = "astpm: '\(word)' is not an astpm command."
        if let guess = Suggestions.closest(to: word, among: names) { text += " Did you mean '\(guess)'?" }
        text += " See 'astpm help' for the list.\nTo ask the guide a question: astpm ask \(shellQuoted(arguments.joined(separator: " ")))"
        return text
    }

    /// The text as one shell word: in double quotes, or in single quotes when
    /// it holds a character double quotes do not protect.
    static func shellQuoted(_ text: String) -> String {
        if !text.contains(where: { "\"$`\\!".contains($0) }) { return "\"\(text)\"" }
        return "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
