/// What one attempt to read a line produced.
public enum LineInput: Equatable, Sendable {
    /// A complete line (a bracketed paste of several lines arrives as one, with `\n` inside).
    case line(String)
    /// The user pressed Ctrl-C on an empty line (or a signal cut the read short).
    case interrupted
    /// The user pressed Ctrl-C while text was typed: the text was dropped.
    case lineCleared
    /// End of input (Ctrl-D on an empty line, or end of piped input).
    case endOfInput
    /// A line that could not be accepted (too long, invalid UTF-8, control characters);
    /// the message says why. The session goes on.
    case rejected(String)
}

/// Decides which completions fit the text typed so far. `line` is the whole line
/// up to the cursor; the result replaces the word being typed.
public typealias CompletionProvider = (_ line: String) -> [String]

/// Reads lines from the user. The libedit reader serves a terminal; the plain
/// reader serves pipes and files; tests use `ScriptedLineReader`.
public protocol LineReader: AnyObject {
    /// Reads one line, showing `prompt` where a prompt is shown at all.
    func readLine(prompt: String) -> LineInput
    /// Records a line in history. `persist: false` keeps it for Up-arrow recall in
    /// this session only (interview answers carry personal data).
    func addHistory(_ line: String, persist: Bool)
    /// Supplies Tab completions.
    func setCompletion(_ provider: @escaping CompletionProvider)
    /// True when lines come from a person at a terminal.
    var isInteractive: Bool { get }
}

/// A reader that replays a fixed list of lines, for tests.
public final class ScriptedLineReader: LineReader {
    private var inputs: [LineInput]
    public private(set) var prompts: [String] = []
    public private(set) var history: [(String, Bool)] = []
    public private(set) var completion: CompletionProvider?
    public let isInteractive: Bool

    public init(_ lines: [String], interactive: Bool = false) {
        self.inputs = lines.map { .line($0) }
        self.isInteractive = interactive
    }

    public init(inputs: [LineInput], interactive: Bool = false) {
        self.inputs = inputs
        self.isInteractive = interactive
    }

    public func readLine(prompt: String) -> LineInput {
        prompts.append(prompt)
        return inputs.isEmpty ? .endOfInput : inputs.removeFirst()
    }

    public func addHistory(_ line: String, persist: Bool) { history.append((line, persist)) }
    public func setCompletion(_ provider: @escaping CompletionProvider) { completion = provider }
}
