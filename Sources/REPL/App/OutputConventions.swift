import Foundation
import LineEditing

/// How output looks and where it goes, decided once from the facts of the
/// process, as loved terminal tools do:
/// - into a file or a pipe: no wrapping, no colour, no pager, hints on stderr;
/// - `TERM=dumb`: no colour and no cursor codes (no screen clearing);
/// - long output on a terminal goes through a pager (a one-shot command's, and
///   at the prompt a command that only prints, such as `show` or `help`): `$ASTPM_PAGER`,
///   else `$PAGER`, else `less -FRX`; either set but empty, `cat`, or
///   `--no-pager` means none.
public struct OutputConventions: Equatable, Sendable {
    /// Colour codes in the text.
    public var color: Bool
    /// Prose wrapped to `width`.
    public var wraps: Bool
    public var width: Int
    /// Cursor codes allowed (clearing the screen).
    public var cursorCodes: Bool
    /// The shell command long output goes through, or nil.
    public var pager: String?

    /// The pager used when neither `ASTPM_PAGER` nor `PAGER` is set.
    public static let defaultPager = "less -FRX"

    /// - Parameters:
    ///   - interactive: a person is typing at the prompt (the REPL, not a one-shot command).
    ///   - oneShot: a command given on the command line.
    public static func decide(stdoutIsTTY: Bool, interactive: Bool, oneShot: Bool, environment: [String: String],
                              noColorFlag: Bool, noPagerFlag: Bool, terminalWidth: Int) -> OutputConventions {
        let dumb = Terminal.isDumb(environment)
        let color = interactive && Terminal.colorAllowed(stdoutIsTTY: stdoutIsTTY, environment: environment, noColorFlag: noColorFlag)
        var pager: String?
        if stdoutIsTTY, oneShot || interactive, !noPagerFlag {
            pager = pagerCommand(environment: environment)
        }
        return OutputConventions(color: color, wraps: stdoutIsTTY, width: terminalWidth,
                                 cursorCodes: interactive && stdoutIsTTY && !dumb, pager: pager)
    }

    /// `ASTPM_PAGER`, else `PAGER`, else `less -FRX` (not on a dumb terminal);
    /// nil when the one that is set is empty or `cat`.
    static func pagerCommand(environment: [String: String]) -> String? {
        let chosen = environment["ASTPM_PAGER"] ?? environment["PAGER"]
            ?? (Terminal.isDumb(environment) ? "" : defaultPager)
        let trimmed = chosen.trimmingCharacters(in: .whitespaces)
        return trimmed.isEmpty || trimmed == "cat" ? nil : trimmed
    }

    /// The style commands write with.
    public var style: OutputStyle { OutputStyle(color: color, width: width, wraps: wraps) }
}
