#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
internal import CEditLine

/// Reads lines from a person at a terminal through libedit's native API.
///
/// - Editing: emacs keys; Up/Down walk the history; Ctrl-R searches it backwards;
///   Tab asks the completion provider (see `setCompletion`).
/// - Ctrl-C cancels the line being typed (never exits): `.lineCleared` when
///   text was typed, `.interrupted` on an empty line; Ctrl-D on an empty line
///   returns `.endOfInput`; Ctrl-Z suspends and `fg` resumes with the line intact.
/// - A paste arrives as one line, newlines included (bracketed paste).
/// - Text is UTF-8 (the reader sets LC_CTYPE). Colour codes in the prompt are fine.
/// - History entries added with `persist: true` are saved to the history file;
///   the others are kept for Up-arrow recall in this session only.
/// - The terminal is restored on every exit path: after each line, on `deinit`,
///   on SIGTERM/SIGHUP/SIGQUIT and on crash signals.
///
/// Editor output goes to stdout when it is a terminal, else to stderr, so
/// `astpm > out.txt` still edits lines on the screen.
public final class EditLineReader: LineReader {
    private let editLine: OpaquePointer
    private let history: OpaquePointer
    private let output: UnsafeMutablePointer<FILE>
    private var prompt: UnsafeMutablePointer<CChar>
    private var completion: CompletionProvider?
    private let historyFile: HistoryFile?
    private var historyWarned = false
    fileprivate var cancelled = false
    /// Set with `cancelled` when the cancelled line held more than spaces.
    fileprivate var cancelledText = false

    /// Always true.
    public var isInteractive: Bool { true }

    /// The last history-file problem, if saving or loading failed (also reported once on stderr).
    public private(set) var historyError: FileIOError?

    /// A reader on the process's terminal (fd 0 in, stdout or stderr out), or nil
    /// when libedit cannot start. `historyPath` nil keeps history in memory only.
    public init?(historyPath: String?, historyLimit: Int = 1000, programName: String = "astpm") {
        UTF8Locale.configure()
        let outputFD: Int32 = Terminal.isTTY(1) ? 1 : 2
        guard let input = fdopen(0, "r"), let output = fdopen(outputFD, "w"),
              let errors = fdopen(2, "w") else { return nil }
        guard let editLine = el_init(programName, input, output, errors) else { return nil }
        guard let history = history_init() else { el_end(editLine); return nil }
        self.editLine = editLine
        self.history = history
        self.output = output
        self.prompt = strdup("")
        self.historyFile = historyPath.map { HistoryFile(path: $0, limit: historyLimit) }

        let environment = Terminal.environment()
        TerminalGuard.allowBracketedPaste(environment["TERM"] != "dumb")
        TerminalGuard.install(ttyFD: 0, outputFD: outputFD)
        configureHistory(limit: historyLimit)
        configureEditor()
    }

    deinit {
        el_end(editLine)
        history_end(history)
        free(prompt)
    }

    private func configureHistory(limit: Int) {
        cel_history_setsize(history, Int32(limit))
        cel_history_setunique(history, 1)
        guard let historyFile else { return }
        do {
            for entry in try historyFile.load().suffix(limit) { cel_history_enter(history, entry) }
        } catch {
            reportHistoryError(error)
        }
    }

    private func configureEditor() {
        cel_set_clientdata(editLine, Unmanaged.passUnretained(self).toOpaque())
        cel_set_editor(editLine, "emacs")
        // No EL_SIGNAL: libedit's handler passes a signal on with kill(0, ...),
        // which would also kill whatever started astpm (a shell script, a test
        // runner). TerminalGuard restores the terminal on TERM, HUP and crashes,
        // and the window size is read again before every line.
        cel_set_int(editLine, EL_SIGNAL, 0)
        cel_set_prompt_esc(editLine, editLinePrompt, CChar(PromptText.marker.asciiValue!))
        cel_set_history(editLine, history)
        el_source(editLine, nil)  // the user's ~/.editrc, before our own bindings
        // Ctrl-C and Ctrl-Z reach us as keys, not signals, while a line is edited.
        cel_setty(editLine, "-d", "-isig")
        cel_add_function(editLine, "astpm-cancel", "Cancel the line", editLineCancel)
        cel_add_function(editLine, "astpm-suspend", "Suspend astpm", editLineSuspend)
        cel_add_function(editLine, "astpm-complete", "Complete the word", editLineComplete)
        cel_add_function(editLine, "astpm-paste", "Insert a bracketed paste", editLinePaste)
        cel_add_function(editLine, "astpm-eof-or-delete", "End input on an empty line, else delete", editLineEOFOrDelete)
        cel_bind(editLine, "^C", "astpm-cancel")
        cel_bind(editLine, "^Z", "astpm-suspend")
        cel_bind(editLine, "^I", "astpm-complete")
        cel_bind(editLine, "^R", "em-inc-search-prev")
        cel_bind(editLine, "^D", "astpm-eof-or-delete")
        cel_bind(editLine, "\u{1B}[200~", "astpm-paste")
        // Home, End and Delete as terminals send them whatever TERM's entry says
        // (xterm's own entry lists only \eOH and \eOF, so \e[1~ used to insert "~").
        for home in ["\u{1B}[1~", "\u{1B}[7~", "\u{1B}[H", "\u{1B}OH"] { cel_bind(editLine, home, "ed-move-to-beg") }
        for end in ["\u{1B}[4~", "\u{1B}[8~", "\u{1B}[F", "\u{1B}OF"] { cel_bind(editLine, end, "ed-move-to-end") }
        cel_bind(editLine, "\u{1B}[3~", "ed-delete-next-char")
    }

    /// Reads one line. Returns `.line` (a paste may hold `\n`), `.lineCleared` after
    /// Ctrl-C with text typed, `.interrupted` after Ctrl-C on an empty line, or
    /// `.endOfInput` after Ctrl-D on an empty line.
    public func readLine(prompt text: String) -> LineInput {
        fflush(nil)
        free(prompt)
        prompt = strdup(PromptText.markInvisible(text))
        cancelled = false
        cancelledText = false
        el_resize(editLine)
        TerminalGuard.setBracketedPaste(true)
        var count: Int32 = 0
        let result = el_gets(editLine, &count)
        let readErrno = errno
        TerminalGuard.setBracketedPaste(false)
        if cancelled { return cancelledText ? .lineCleared : .interrupted }
        guard let result, count > 0 else {
            write("\n")
            return count < 0 && readErrno == EINTR ? .interrupted : .endOfInput
        }
        var line = String(cString: result)
        if line.hasSuffix("\n") { line.removeLast() }
        return .line(line)
    }

    /// Adds a non-empty line to Up-arrow history, and to the history file when `persist`.
    public func addHistory(_ line: String, persist: Bool) {
        guard line.contains(where: { !$0.isWhitespace }) else { return }
        cel_history_enter(history, line)
        guard persist, let historyFile else { return }
        do { try historyFile.append(line) } catch { reportHistoryError(error) }
    }

    /// Sets what Tab offers: the provider gets the line up to the cursor and returns
    /// the words that may replace the word being typed.
    public func setCompletion(_ provider: @escaping CompletionProvider) { completion = provider }

    private func reportHistoryError(_ error: Error) {
        historyError = error as? FileIOError
        guard !historyWarned else { return }
        historyWarned = true
        let message = "astpm: history not saved: \(error)\n"
        _ = message.withCString { Glibc.write(2, $0, strlen($0)) }
    }

    private func write(_ text: String) {
        fputs(text, output)
        fflush(output)
    }

    // MARK: editor functions (called by libedit through the C callbacks below)

    fileprivate var promptPointer: UnsafeMutablePointer<CChar> { prompt }

    fileprivate func cancelLine() -> Int32 {
        cancelled = true
        if let info = el_wline(editLine) {
            cancelledText = WideText.string(from: info.pointee.buffer, to: info.pointee.lastchar).contains { !$0.isWhitespace }
            let remaining = info.pointee.lastchar - info.pointee.cursor
            if remaining > 0 { _ = el_cursor(editLine, Int32(remaining)) }
        }
        el_insertstr(editLine, "^C")
        el_push(editLine, "\n")
        return CC_REFRESH
    }

    /// Ctrl-D: end of input on an empty line (without libedit's "^D" echo),
    /// else delete the character under the cursor.
    fileprivate func endOfInputOrDelete() -> Int32 {
        guard let info = el_wline(editLine) else { return CC_ERROR }
        if info.pointee.buffer == info.pointee.lastchar { return CC_EOF }
        guard info.pointee.cursor < info.pointee.lastchar else { return CC_REFRESH_BEEP }
        _ = el_cursor(editLine, 1)
        el_deletestr(editLine, 1)
        return CC_REFRESH
    }

    fileprivate func suspend() -> Int32 {
        TerminalGuard.setBracketedPaste(false)
        cel_prep_terminal(editLine, 0)
        var defaultAction = sigaction()
        var previous = sigaction()
        sigemptyset(&defaultAction.sa_mask)
        #if os(Linux)
        defaultAction.__sigaction_handler.sa_handler = SIG_DFL
        #endif
        sigaction(SIGTSTP, &defaultAction, &previous)
        kill(0, SIGTSTP)  // stops here until `fg`
        sigaction(SIGTSTP, &previous, nil)
        cel_prep_terminal(editLine, 1)
        el_resize(editLine)
        TerminalGuard.setBracketedPaste(true)
        return CC_REDISPLAY
    }

    fileprivate func complete() -> Int32 {
        guard let completion, let info = el_wline(editLine) else { return CC_REFRESH_BEEP }
        let before = WideText.string(from: info.pointee.buffer, to: info.pointee.cursor)
        switch CompletionPlan.make(lineBeforeCursor: before, candidates: completion(before)) {
        case .none:
            return CC_REFRESH_BEEP
        case .replace(let deleting, let text):
            if deleting > 0 { el_deletestr(editLine, Int32(deleting)) }
            WideText.withWide(text) { _ = el_winsertstr(editLine, $0) }
            return CC_REFRESH
        case .list(let items):
            let lines = CompletionPlan.columns(items, width: Terminal.width)
            write("\n" + lines.joined(separator: "\n") + "\n")
            return CC_REDISPLAY
        }
    }

    fileprivate func insertPaste() -> Int32 {
        var received: [wchar_t] = []
        let end: [wchar_t] = Array("\u{1B}[201~".unicodeScalars).map { wchar_t(bitPattern: $0.value) }
        var character: wchar_t = 0
        while el_wgetc(editLine, &character) == 1 {
            received.append(character)
            if character == end[end.count - 1] && received.count >= end.count
                && received[(received.count - end.count)...].elementsEqual(end) {
                received.removeLast(end.count)
                break
            }
        }
        let text = PasteText.clean(WideText.string(received))
        guard !text.isEmpty else { return CC_NORM }
        WideText.withWide(text) { _ = el_winsertstr(editLine, $0) }
        return CC_REFRESH
    }

    fileprivate static func from(_ editLine: OpaquePointer?) -> EditLineReader? {
        guard let editLine, let data = cel_get_clientdata(editLine) else { return nil }
        return Unmanaged<EditLineReader>.fromOpaque(data).takeUnretainedValue()
    }
}

// C entry points: libedit calls these; each finds its reader through EL_CLIENTDATA.

private func editLinePrompt(_ editLine: OpaquePointer?) -> UnsafeMutablePointer<CChar>? {
    EditLineReader.from(editLine)?.promptPointer
}

private func editLineCancel(_ editLine: OpaquePointer?, _ key: Int32) -> UInt8 {
    UInt8(EditLineReader.from(editLine)?.cancelLine() ?? CC_ERROR)
}

private func editLineSuspend(_ editLine: OpaquePointer?, _ key: Int32) -> UInt8 {
    UInt8(EditLineReader.from(editLine)?.suspend() ?? CC_ERROR)
}

private func editLineComplete(_ editLine: OpaquePointer?, _ key: Int32) -> UInt8 {
    UInt8(EditLineReader.from(editLine)?.complete() ?? CC_ERROR)
}

private func editLineEOFOrDelete(_ editLine: OpaquePointer?, _ key: Int32) -> UInt8 {
    UInt8(EditLineReader.from(editLine)?.endOfInputOrDelete() ?? CC_ERROR)
}

private func editLinePaste(_ editLine: OpaquePointer?, _ key: Int32) -> UInt8 {
    UInt8(EditLineReader.from(editLine)?.insertPaste() ?? CC_ERROR)
}
