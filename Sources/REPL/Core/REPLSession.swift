import Foundation
import LineEditing
import Overview

/// The read-eval-print loop: reads lines, routes each to the active mode, a
/// command or the question answerer, and renders the result. No terminal code
/// here: lines come from a `LineReader`, text goes to the context's output.
public final class REPLSession {
    public let context: REPLContext
    /// Print each input line after `> ` (plain-mode transcripts).
    public var echo: Bool
    /// Piped input only: stop at the first line that fails (`--bail`).
    public var bail = false
    /// Set at a terminal with a pager: starts holding output for the pager and
    /// returns what ends it (writes what is held, or waits for the person to
    /// leave the pager). Used around commands whose spec `pagesAtPrompt`.
    public var startPaging: (() -> () -> Void)?

    public static let version = "0.1"
    public static let basePrompt = "astpm> "

    public init(context: REPLContext, echo: Bool = false) {
        self.context = context
        self.echo = echo
        context.commands = CommandRegistry.all()
        context.completer = { [weak self] line in self?.completions(for: line) ?? [] }
    }

    /// The opening lines shown on a terminal.
    public var banner: String {
        "astpm \(REPLSession.version) — performance management of Advanced Skills Teachers\n"
            + "Guidance: \(context.guidanceReference) · store: \(context.storeDescription) · type help, or ask a question"
    }

    /// The banner's count of what is due, when it was not ready for the first prompt.
    private var pendingDue: DueBanner?

    /// Error messages written so far (every line that fails writes one).
    private var errorWrites: Int { (context.output as? VisibleOutput)?.errorWrites ?? 0 }

    /// Runs until `quit` or end of input; returns the exit status.
    ///
    /// With piped input (not a terminal), a line that failed (it wrote an error:
    /// a record not saved, an unknown command, an answer refused, a line that
    /// could not be read) makes the exit status 1, as sqlite3 does; with `bail`
    /// the run stops at the first one (an interview in progress is paused).
    public func run(reader: LineReader) -> Int32 {
        reader.setCompletion { [weak self] line in self?.completions(for: line) ?? [] }
        if reader.isInteractive {
            context.say(TextFormatting.bold(banner, context.style))
            // "3 things due in the next 14 days": said now if counted in time, else before a later prompt.
            let due = DueBanner(store: context.store, today: OverviewScan.today(context))
            if let ready = due.result(within: DueBanner.firstWait) {
                if let line = ready { context.say(line) }
            } else {
                pendingDue = due
            }
            // A confirmation is one more line from the same reader (not kept in history).
            context.askLine = { prompt in
                if case .line(let line) = reader.readLine(prompt: prompt) { return line }
                return nil
            }
        }
        var failures = 0
        /// Counts a failed line; true when the run should stop (`bail`).
        func failed(since before: Int) -> Bool {
            guard !reader.isInteractive, errorWrites > before else { return false }
            failures += 1
            return bail
        }
        func bailOut() -> Int32 {
            if let mode = context.mode { mode.suspend(context: context) }
            context.complain("Stopped at the first failure (--bail); the lines after it were not run.")
            return 1
        }
        /// True right after an end of input that paused an interview (a second
        /// one in a row ends the run, so a terminal that has gone away cannot loop).
        var endedOnce = false
        while true {
            if let due = pendingDue, let ready = due.result(within: 0) {
                if let line = ready { context.say(line) }
                pendingDue = nil
            }
            let prompt = context.mode?.prompt ?? REPLSession.basePrompt
            let before = errorWrites
            let input = reader.readLine(prompt: prompt)
            defer { if input != .endOfInput { endedOnce = false } }
            switch input {
            case .line(let line):
                if let measure = context.measureWidth { context.style.width = max(20, measure()) }
                let trimmed = line.trimmingCharacters(in: .whitespaces)
                if !trimmed.isEmpty {
                    reader.addHistory(trimmed, persist: !(context.mode?.answersArePrivate ?? false))
                }
                let outcome = execute(line)
                if case .quit(let code) = outcome {
                    _ = failed(since: before)
                    return code == 0 && failures > 0 ? 1 : code
                }
                if failed(since: before) { return bailOut() }
            case .lineCleared:
                // Ctrl-C with an answer half typed: the text is gone, the question stays.
                if let hint = context.mode?.clearedLineHint { context.say(hint) }
            case .interrupted:
                if let mode = context.mode { mode.suspend(context: context) }
            case .endOfInput:
                // Ctrl-D in an interview pauses it and goes back to astpm>; at
                // astpm> (or at the end of piped input) it ends the run.
                if reader.isInteractive, !endedOnce, let mode = context.mode, mode.endOfInputReturnsToPrompt {
                    mode.suspend(context: context)
                    endedOnce = true
                    continue
                }
                if let mode = context.mode { mode.suspend(context: context) }
                _ = failed(since: before)
                return failures > 0 ? 1 : 0
            case .rejected(let reason):
                if echo { context.output.write("> (a line that could not be read)\n") }
                context.complain("That line was not read: \(reason). Nothing was changed; type it again.")
                if failed(since: before) { return bailOut() }
            }
        }
    }

    /// Handles one line of input.
    @discardableResult
    public func execute(_ line: String) -> LineOutcome {
        let text = line.trimmingCharacters(in: .whitespacesAndNewlines)
        if echo { context.output.write("> \(line)\n") }
        // An empty line means something to an interview (keep the answer shown).
        guard !text.isEmpty || context.mode != nil else { return .continueSession }
        do {
            if let mode = context.mode, let outcome = try mode.handle(text, context: context) {
                return outcome
            }
            if text.isEmpty { return .continueSession }
            let (word, rest) = splitFirstWord(text)
            if let command = findCommand(word) {
                return try dispatch(command, words(rest), rest: rest)
            }
            let names = context.commands.filter { !$0.spec.hidden }.flatMap { [$0.name] + $0.aliases }
            if words(text).count <= 2, let guess = Suggestions.closest(to: word, among: names) {
                context.complain("'\(word)' is not a command — did you mean '\(guess)'? Type 'help' for the list.")
                return .continueSession
            }
            if let answerer = context.service(QuestionAnswering.self) {
                answerer.answer(text, context: context)
            } else {
                context.say("I read that as a question (\(text)), but answering questions is not available in this build. Type 'help' for what is.")
            }
        } catch let error as UserError {
            context.complain(error.message)
        } catch {
            context.complain("\(error)")
        }
        return .continueSession
    }

    /// Runs one command given as an argument vector, as the shell split it
    /// (`astpm find 'the "pay'`): the words reach the command as they are,
    /// never joined into a line and split again. An unknown first word is a
    /// usage error (questions go through `ask`). Returns the exit status:
    /// 0 ok, 1 the command failed, 2 it was not typed as its usage says.
    public func runCommandLine(_ arguments: [String]) -> Int32 {
        guard let first = arguments.first else { return 0 }
        context.takesFurtherLines = false
        let before = errorWrites
        guard let command = findCommand(first) else {
            context.complain(CommandLineText.unknownCommand(arguments, commands: context.commands))
            return 2
        }
        let words = Array(arguments.dropFirst())
        do {
            if case .quit(let code) = try dispatch(command, words, rest: words.joined(separator: " ")) { return code }
        } catch let error as UserError {
            context.complain(error.message)
            return error.kind == .usage ? 2 : 1
        } catch {
            context.complain("\(error)")
            return 1
        }
        return errorWrites > before ? 1 : 0
    }

    /// Runs `command` on its words once they are checked against its
    /// declaration; `-h`/`--help` prints its help instead.
    func dispatch(_ command: Command, _ arguments: [String], rest: String) throws -> LineOutcome {
        switch try CommandInvocation.check(arguments, spec: command.spec) {
        case .help:
            context.say(HelpText.command(command.spec, style: context.style))
            return .continueSession
        case .run:
            guard command.spec.pagesAtPrompt, context.mode == nil, let startPaging else {
                return try command.run(arguments, rest: rest, context: context)
            }
            let endPaging = startPaging()
            defer { endPaging() }
            return try command.run(arguments, rest: rest, context: context)
        }
    }

    func findCommand(_ word: String) -> Command? {
        context.commands.first { $0.spec.answers(to: word) }
    }

    /// Tab completion for the line typed so far.
    public func completions(for line: String) -> [String] {
        var out: [String] = []
        let endsWithSpace = line.last == " "
        var parts = words(line)
        if endsWithSpace { parts.append("") }
        if let mode = context.mode {
            // In an interview only its answers and words, and the few commands
            // that pass through it, make sense.
            out += mode.complete(line, context: context)
            if parts.count <= 1 {
                let prefix = (parts.first ?? "").lowercased()
                out += ["ask", "quit"].filter { !prefix.isEmpty && $0.hasPrefix(prefix) }
            }
        } else if parts.count <= 1 {
            let prefix = (parts.first ?? "").lowercased()
            out += context.commands.filter { !$0.spec.hidden }.flatMap { [$0.name] + $0.aliases }.filter { $0.hasPrefix(prefix) }
        } else if let command = findCommand(parts[0]) {
            out += command.complete(Array(parts.dropFirst()), context: context)
            // Options come from the declaration, for every command alike.
            if let typed = parts.last, typed.hasPrefix("-"), command.spec.operands == .words || parts.count == 2 {
                out += (command.spec.options.flatMap(\.names) + ["--help"]).filter { $0.hasPrefix(typed) }
            }
        }
        // A candidate read from the store (a hand-made folder name, say) that
        // holds a control character is never put on the line or listed: it
        // could not be typed, and printed raw it would act on the terminal.
        var seen = Set<String>()
        return out.filter { TerminalText.visible($0, keepNewlines: false) == $0 && seen.insert($0).inserted }
    }
}

func splitFirstWord(_ text: String) -> (String, String) {
    guard let space = text.firstIndex(where: { $0 == " " || $0 == "\t" }) else { return (text, "") }
    return (String(text[..<space]), text[space...].trimmingCharacters(in: .whitespaces))
}

/// Splits on whitespace, keeping "double-quoted words" together.
func words(_ text: String) -> [String] {
    var out: [String] = []
    var current = ""
    var quoted = false
    var hasToken = false
    for ch in text {
        if ch == "\"" { quoted.toggle(); hasToken = true; continue }
        if (ch == " " || ch == "\t") && !quoted {
            if hasToken { out.append(current); current = ""; hasToken = false }
        } else {
            current.append(ch)
            hasToken = true
        }
    }
    if hasToken { out.append(current) }
    return out
}
