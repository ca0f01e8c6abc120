/// Standard output of a one-shot command at a terminal: held back until it
/// is longer than the screen, then handed to the pager with the rest as it
/// comes. Output that fits is written as it would have been, when the command
/// ends. An error (stderr) or a question to the person first writes what is
/// held, in order, and the pager is then not used.
final class PagedOutput: OutputSink {
    /// A running pager: where its input goes and how to wait for it.
    struct Pager {
        var input: OutputSink
        /// Closes the pager's input and waits for the person to leave it.
        var finish: () -> Void
    }

    private let inner: OutputSink
    private let rows: Int
    private let startPager: () -> Pager?
    private var held = ""
    private var heldLines = 0
    private var pager: Pager?
    /// Set once output went past the pager (it failed to start, or a message came).
    private var direct = false

    /// - Parameters:
    ///   - rows: the terminal's height; output of more lines than fit goes to the pager.
    ///   - startPager: starts the pager (nil when it cannot be started).
    init(_ inner: OutputSink, rows: Int, startPager: @escaping () -> Pager?) {
        self.inner = inner
        self.rows = max(2, rows)
        self.startPager = startPager
    }

    func write(_ text: String) {
        if let pager { pager.input.write(text); return }
        if direct { inner.write(text); return }
        held += text
        heldLines += text.utf8.reduce(0) { $1 == 10 ? $0 + 1 : $0 }
        // One row is kept for the shell's next prompt.
        guard heldLines >= rows else { return }
        if let started = startPager() {
            pager = started
            started.input.write(held)
        } else {
            direct = true
            inner.write(held)
        }
        held = ""
    }

    func writeError(_ text: String) {
        if pager == nil { flush() }
        inner.writeError(text)
    }

    /// Writes what is held and stops holding (before a question to the person).
    func flush() {
        guard pager == nil, !direct else { return }
        direct = true
        if !held.isEmpty { inner.write(held) }
        held = ""
    }

    /// The command ended: writes what is held, or waits for the pager.
    func finish() {
        if let pager {
            pager.finish()
            self.pager = nil
        } else {
            flush()
        }
    }
}

/// Output whose destination can change between commands: at the prompt the
/// terminal, or a pager for the length of one command (`REPLSession.startPaging`).
final class SwitchableOutput: OutputSink {
    var target: OutputSink
    init(_ target: OutputSink) { self.target = target }
    func write(_ text: String) { target.write(text) }
    func writeError(_ text: String) { target.writeError(text) }
}
