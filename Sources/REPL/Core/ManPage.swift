import Foundation

/// The manual page `astpm.1` (roff, `man` macros), written from the commands'
/// declarations and the options before the command: `astpm man` prints it,
/// `Scripts/install` installs it.
public enum ManPage {
    /// The whole page. `date` is the page's date as shown in its footer.
    public static func roff(commands: [CommandSpec], options: [OptionSpec] = GlobalOptions.specs, version: String, date: String) -> String {
        var out: [String] = [
            ".TH ASTPM 1 \(quoted(date)) \(quoted("astpm " + version)) \(quoted("User Commands"))",
            ".SH NAME",
            "astpm \\- performance management of Advanced Skills Teachers, guided by DfES/0143/2004",
            ".SH SYNOPSIS",
            ".B astpm",
            "[\\fIOPTION\\fR...]",
            ".br",
            ".B astpm",
            "[\\fIOPTION\\fR...] \\fICOMMAND\\fR [\\fIARGUMENT\\fR...]",
            ".SH DESCRIPTION",
            text("Without a command, astpm starts an interactive assistant: type a command, or a question about the guide. "
                 + "With one, it runs that command once and exits. Every command takes -h or --help."),
            ".SH OPTIONS",
        ]
        for option in options { out += item(option) }
        out.append(".SH COMMANDS")
        for spec in commands {
            out.append(".TP")
            out.append(".B " + text(spec.usage))
            out += (spec.details.isEmpty ? spec.summary : spec.details).split(separator: "\n", omittingEmptySubsequences: false)
                .flatMap { [text(String($0)), ".br"] }.dropLast()
            if !spec.aliases.isEmpty { out += [".br", text("Also typed as: " + spec.aliases.joined(separator: ", "))] }
            if !spec.options.isEmpty {
                out.append(".RS")
                for option in spec.options { out += item(option) }
                out.append(".RE")
            }
        }
        out += [
            ".SH EXIT STATUS",
            text("0 when the command did what was asked; 1 when it failed (a record not found, a file not written, "
                 + "a broken configuration file or Guidance folder); 2 for a usage error."),
            ".SH ENVIRONMENT",
        ]
        let environment = [
            ("ASTPM_STORE", "the folder of records"), ("ASTPM_GUIDANCE", "a Guidance folder to use"),
            ("ASTPM_CONFIG", "the configuration file"), ("ASTPM_PAGER, PAGER", "the pager for long output (default less -FRX; empty: none)"),
            ("NO_COLOR", "no colour when set and not empty"), ("TERM", "dumb: no colour and no cursor codes"),
            ("XDG_CONFIG_HOME, XDG_DATA_HOME, XDG_STATE_HOME, XDG_CACHE_HOME", "where the configuration, records, history and advisor cache live"),
        ]
        for (name, what) in environment { out += [".TP", ".B " + text(name), text(what)] }
        out += [
            ".SH FILES",
            ".TP", ".I ~/.config/astpm/config", text("settings: school, LEA, line manager, store"),
            ".TP", ".I ~/.local/share/astpm", text("the records, as plain files (folders 0700, files 0600)"),
            ".TP", ".I ~/.local/state/astpm/history", text("command history (interview answers are never written to it)"),
            ".SH SEE ALSO",
            text("astpm help; astpm COMMAND --help; the README."),
        ]
        return out.joined(separator: "\n") + "\n"
    }

    static func item(_ option: OptionSpec) -> [String] {
        let names = option.names.map { "\\fB" + text($0) + "\\fR" }.joined(separator: ", ")
        return [".TP", names + (option.value.map { " \\fI" + text($0) + "\\fR" } ?? ""), text(option.help)]
    }

    /// Text safe in a roff line: backslashes and dashes escaped, and a line
    /// that would start with a control character ('.' or ''') protected.
    static func text(_ s: String) -> String {
        var t = s.replacingOccurrences(of: "\\", with: "\\e").replacingOccurrences(of: "-", with: "\\-")
        if t.hasPrefix(".") || t.hasPrefix("'") { t = "\\&" + t }
        return t
    }

    static func quoted(_ s: String) -> String { "\"" + text(s).replacingOccurrences(of: "\"", with: "\\(dq") + "\"" }
}
