import Guidance
import Records

/// What the REPL does after a line.
public enum LineOutcome: Equatable, Sendable {
    case continueSession
    /// Leave the REPL with this exit status.
    case quit(Int32)
}

/// A command such as `help` or `records`. Each command lives in its own file
/// under `Commands/`, declares itself once in `spec` (name, aliases, summary,
/// usage, options, help text) and is listed once in `CommandRegistry.all`.
public protocol Command {
    /// The declaration the REPL line, the command line, help and completion read.
    var spec: CommandSpec { get }
    /// Completions for the argument being typed (`arguments` are the words so far,
    /// the last one possibly partial). Option names are added from `spec`.
    func complete(_ arguments: [String], context: REPLContext) -> [String]
    /// Runs the command. `arguments` are the words after the name, already
    /// checked against `spec` (no unknown option, no `--help`); `rest` is the
    /// raw text after the name (for free text).
    func run(_ arguments: [String], rest: String, context: REPLContext) throws -> LineOutcome
}

extension Command {
    /// The word typed to run it.
    public var name: String { spec.name }
    /// Other words that run it (e.g. `exit` for `quit`).
    public var aliases: [String] { spec.aliases }
    /// One line for `help`.
    public var summary: String { spec.summary }
    /// Usage line, e.g. `show ID`.
    public var usage: String { spec.usage }
    /// The longer text `help NAME` shows.
    public var details: String { spec.details }
    public func complete(_ arguments: [String], context: REPLContext) -> [String] { [] }
}

/// An error a command reports to the user; the message is shown as is.
/// A usage error (the command was typed wrongly: an unknown option, a missing
/// operand) makes a one-shot command exit with status 2; any other, 1.
public struct UserError: Error, Equatable, CustomStringConvertible {
    /// What went wrong.
    public enum Kind: Sendable, Equatable {
        /// The command ran and could not do what was asked.
        case failure
        /// The command was not typed as its usage says.
        case usage
    }

    public var message: String
    public var kind: Kind
    public init(_ message: String, kind: Kind = .failure) {
        self.message = message
        self.kind = kind
    }

    /// A usage error: the words do not fit the command.
    public static func usage(_ message: String) -> UserError { UserError(message, kind: .usage) }

    public var description: String { message }
}

/// A mode that gets each line before the commands do (an interview in progress).
/// Returning nil passes the line on to the commands.
public protocol LineMode: AnyObject {
    /// Prompt shown while this mode is active, e.g. `objectives 3/12> `.
    var prompt: String { get }
    /// Handles a line, or returns nil to let the REPL treat it as a command.
    func handle(_ line: String, context: REPLContext) throws -> LineOutcome?
    /// Completions for the line typed so far while this mode is active.
    func complete(_ line: String, context: REPLContext) -> [String]
    /// Called on Ctrl-C on an empty line or end of input while active: keep what was answered.
    func suspend(context: REPLContext)
    /// True when this mode's answers are personal data (kept out of the history file).
    var answersArePrivate: Bool { get }
    /// Said after Ctrl-C drops a half-typed line, when the mode stays at the
    /// same question (nil: nothing is said).
    var clearedLineHint: String? { get }
    /// True when Ctrl-D at a terminal suspends the mode and returns to the
    /// `astpm>` prompt rather than leaving astpm.
    var endOfInputReturnsToPrompt: Bool { get }
}

extension LineMode {
    public var clearedLineHint: String? { nil }
    public var endOfInputReturnsToPrompt: Bool { false }
}
