/// The help texts, written from the commands' declarations: the list `help`
/// prints, and one command's text, which `help NAME` and `NAME --help` both print.
enum HelpText {
    /// One command: its usage, what it does, its options and other names.
    static func command(_ spec: CommandSpec, style: OutputStyle) -> String {
        var text = TextFormatting.bold(spec.usage, style) + "\n" + (spec.details.isEmpty ? spec.summary : spec.details)
        if !spec.options.isEmpty {
            let rows = spec.options.map { ($0.label, $0.help) } + [("-h, --help", "this help")]
            let width = rows.map(\.0.count).max() ?? 0
            text += "\nOptions:"
            for (label, help) in rows {
                text += "\n  " + label.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + help
            }
        }
        if !spec.aliases.isEmpty { text += "\nAlso typed as: \(spec.aliases.joined(separator: ", "))" }
        return text
    }

    /// Every command, one line each, in the registry's order.
    static func list(_ specs: [CommandSpec]) -> [String] {
        let width = (specs.map(\.name.count).max() ?? 10) + 2
        return specs.map { "  " + $0.name.padding(toLength: width, withPad: " ", startingAt: 0) + $0.summary }
    }
}
