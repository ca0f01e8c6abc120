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
    /// Every command's declaration, in `help`'s order, hidden ones included.
    public static var specs: [CommandSpec] { all().map(\.spec) }
    /// The declarations people see (`astpm --help`, the man page, completion).
    public static var visibleSpecs: [CommandSpec] { specs.filter { !$0.hidden } }
}
