/// The options that go before the command (`astpm --store DIR records`), as
/// the man page and the shells' completion scripts show them. The executable
/// parses them.
public enum GlobalOptions {
    public static let specs: [OptionSpec] = [
        OptionSpec("--store", value: "DIR", help: "the folder of records (default $ASTPM_STORE, the configuration file's store, or ~/.local/share/astpm)"),
        OptionSpec("--guidance", value: "DIR", help: "a Guidance folder to use instead of the built-in one (or $ASTPM_GUIDANCE)"),
        OptionSpec("--no-color", help: "never use colour (also when NO_COLOR is set, or TERM=dumb)"),
        OptionSpec("--no-pager", help: "never send long output through a pager"),
        OptionSpec("--echo", help: "print each input line after '> ' (readable transcripts)"),
        OptionSpec("--bail", help: "with piped input, stop at the first line that fails (exit status 1)"),
        OptionSpec("--version", help: "print the version and exit"),
        OptionSpec(["--help", "-h"], help: "list the commands and options, and exit"),
    ]

    /// The options that take a value, which a completion script must pass on (`--store DIR`).
    public static var withValues: [String] { specs.filter { $0.value != nil }.map(\.primary) }
}
