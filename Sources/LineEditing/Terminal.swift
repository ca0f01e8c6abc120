#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
internal import CEditLine

/// Every question about the terminal, answered in one place. The overloads that
/// take their facts as arguments are pure, for tests; the others look at the
/// real process.
public enum Terminal {
    /// True when `fd` is a terminal.
    public static func isTTY(_ fd: Int32) -> Bool { isatty(fd) == 1 }

    /// A person is typing: stdin is a terminal, and stdout or stderr is one too
    /// (so `astpm > out.txt` still edits lines, showing them on stderr).
    public static var isInteractive: Bool {
        isInteractive(stdin: isTTY(0), stdout: isTTY(1), stderr: isTTY(2))
    }

    /// Pure form of `isInteractive`.
    public static func isInteractive(stdin: Bool, stdout: Bool, stderr: Bool) -> Bool {
        stdin && (stdout || stderr)
    }

    /// Columns of the terminal (stdout, else stderr, else stdin); otherwise
    /// `$COLUMNS`; otherwise 80.
    public static var width: Int {
        let measured = [1, 2, 0].lazy.map { Int(cel_terminal_columns($0)) }.first { $0 > 0 }
        return width(measured: measured, environment: environment())
    }

    /// Rows of the terminal on standard output, or nil when it is not one.
    public static var heightOfStandardOutput: Int? {
        let rows = Int(cel_terminal_rows(1))
        return rows > 0 ? rows : nil
    }

    /// Pure form of `width`.
    public static func width(measured: Int?, environment: [String: String]) -> Int {
        if let measured, measured > 0 { return measured }
        if let text = environment["COLUMNS"], let columns = Int(text), columns > 0 { return columns }
        return 80
    }

    /// Colour is allowed when stdout is a terminal, `NO_COLOR` is unset or empty,
    /// `TERM` is not `dumb`, and `--no-color` was not given.
    public static func colorAllowed(noColorFlag: Bool) -> Bool {
        colorAllowed(stdoutIsTTY: isTTY(1), environment: environment(), noColorFlag: noColorFlag)
    }

    /// Pure form of `colorAllowed(noColorFlag:)`.
    public static func colorAllowed(stdoutIsTTY: Bool, environment: [String: String], noColorFlag: Bool) -> Bool {
        guard stdoutIsTTY, !noColorFlag else { return false }
        if let value = environment["NO_COLOR"], !value.isEmpty { return false }
        return !isDumb(environment)
    }

    /// `TERM=dumb`: a terminal that takes no colour and no cursor codes.
    public static func isDumb(_ environment: [String: String]) -> Bool {
        environment["TERM"] == "dumb"
    }

    /// The process environment as a dictionary (no Foundation needed).
    public static func environment() -> [String: String] {
        var result: [String: String] = [:]
        var pointer = environ
        while let entry = pointer.pointee {
            let text = String(cString: entry)
            if let eq = text.firstIndex(of: "=") {
                result[String(text[..<eq])] = String(text[text.index(after: eq)...])
            }
            pointer += 1
        }
        return result
    }
}
