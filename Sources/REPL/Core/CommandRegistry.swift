/// The list of commands, in the order `help` shows them. Add a new command here.
public enum CommandRegistry {
    public static func all() -> [Command] {
        [
            HelpCommand(),
            AskCommand(),
            WhatIfCommand(),
            VersionCommand(),
            QuitCommand(),
            ClearCommand(),
            GuidanceCommand(),
        ] + extraCommands()
    }
}

extension CommandRegistry {
    /// Every command's declaration, in `help`'s order (for `astpm --help`).
    public static var specs: [CommandSpec] { all().map(\.spec) }
}
