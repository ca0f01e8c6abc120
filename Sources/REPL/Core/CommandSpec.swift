/// One option a command takes (`--json`, `--days N`, `--dry-run`/`-n`), as the
/// argument check, `help` and Tab completion all see it.
public struct OptionSpec: Sendable, Equatable {
    /// Its spellings, the main one first: `["--dry-run", "-n"]`.
    public var names: [String]
    /// The placeholder of the value it takes (`N`, `FILE`, `yes|no`), or nil for a flag.
    public var value: String?
    /// One line for `help`.
    public var help: String

    public init(_ names: [String], value: String? = nil, help: String) {
        self.names = names
        self.value = value
        self.help = help
    }

    public init(_ name: String, value: String? = nil, help: String) {
        self.init([name], value: value, help: help)
    }

    /// The main spelling.
    public var primary: String { names[0] }

    /// True when `word` is this option (`--days`, or `--days=7` for one that takes a value).
    func matches(_ word: String) -> Bool {
        if names.contains(word) { return true }
        guard value != nil, let eq = word.firstIndex(of: "=") else { return false }
        return names.contains(String(word[..<eq]))
    }

    /// `-n, --dry-run N` as `help` shows it.
    var label: String {
        names.sorted { $0.count < $1.count }.joined(separator: ", ") + (value.map { " " + $0 } ?? "")
    }
}

/// How the words after a command's name are read.
public enum OperandStyle: Sendable, Equatable {
    /// Words: every word starting with `-` before a `--` must be one of the options.
    case words
    /// Free text (a question): only options at the very start are read; the rest is text.
    case freeText
    /// Passed on unread, `--help` included (the words of a line being completed).
    case verbatim
}

/// A command declared once: its name, aliases, summary, usage, options and
/// help text. The same declaration is read by the REPL line, the one-shot
/// command line, `help`, `help NAME`, `NAME --help`, `astpm --help` and Tab
/// completion, so they cannot disagree.
public struct CommandSpec: Sendable {
    /// The word typed to run it.
    public var name: String
    /// Other words that run it (`exit` for `quit`).
    public var aliases: [String]
    /// One line for the `help` list.
    public var summary: String
    /// How it is typed, e.g. `show ID [--json]`.
    public var usage: String
    /// The options it takes (`-h`/`--help` is every command's and is not listed here).
    public var options: [OptionSpec]
    /// The longer text `help NAME` shows: forms, examples, what it looks at.
    public var details: String
    /// How its words are read.
    public var operands: OperandStyle
    /// Left out of `help`, `astpm --help`, completion and the man page (`__complete`, for the shells' scripts).
    public var hidden: Bool
    /// Its output at the interactive prompt goes through the pager when longer
    /// than the screen. Only commands that just print say so: never one that
    /// asks something or starts an interview.
    public var pagesAtPrompt: Bool

    public init(name: String, aliases: [String] = [], summary: String, usage: String, options: [OptionSpec] = [],
                details: String = "", operands: OperandStyle = .words, hidden: Bool = false, pagesAtPrompt: Bool = false) {
        self.hidden = hidden
        self.pagesAtPrompt = pagesAtPrompt
        self.name = name
        self.aliases = aliases
        self.summary = summary
        self.usage = usage
        self.options = options
        self.details = details
        self.operands = operands
    }

    /// The spellings that ask any command for its help.
    public static let helpFlags = ["-h", "--help"]

    /// True when `word` is this command's name or one of its aliases (any case).
    public func answers(to word: String) -> Bool {
        let w = word.lowercased()
        return name == w || aliases.contains(w)
    }

    /// The declared option `word` spells, if any.
    func option(_ word: String) -> OptionSpec? { options.first { $0.matches(word) } }
}
